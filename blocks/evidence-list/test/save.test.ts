/**
 * What the evidence list saves: a numbered list, each finding with its
 * context in words and a reference whose links go to doi.org and PubMed.
 */
import {
	createBlock,
	parse,
	registerBlockType,
	serialize,
	switchToBlockType,
	type Block,
} from '@wordpress/blocks';

import listMetadata from '../block.json';
import listSave from '../save';
import transforms from '../transforms';
import itemMetadata from '../../evidence-item/block.json';
import itemSave from '../../evidence-item/save';
import { describeStudy } from '../../evidence-item/study';
import type { EvidenceItemAttributes } from '../../evidence-item/types';
import { registerCoreTestBlocks, savedElement } from '../../shared/test-utils';
import { atLeast } from '../../shared/at-least';

const LIST = 'william-health/evidence-list';
const ITEM = 'william-health/evidence-item';

const ZARATE: Partial< EvidenceItemAttributes > = {
	finding: 'Intravenous ketamine reduced depressive symptoms within a day.',
	condition: 'Treatment-resistant depression',
	design: 'randomised-controlled-trial',
	participants: 18,
	summary: 'Randomised controlled trial, 18 participants',
	authors: 'Zarate CA Jr, Singh JB, Carlson PJ, et al',
	title: 'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
	journal: 'Arch Gen Psychiatry',
	year: '2006',
	doi: '10.1001/archpsyc.63.8.856',
	pmid: '16894061',
};

beforeAll( () => {
	registerCoreTestBlocks();
	registerBlockType( JSON.parse( JSON.stringify( listMetadata ) ) as never, {
		edit: () => null,
		save: listSave,
		transforms,
	} );
	registerBlockType( JSON.parse( JSON.stringify( itemMetadata ) ) as never, {
		edit: () => null,
		save: itemSave,
	} );
} );

describe( 'saved markup', () => {
	it( 'is an ordered list with the evidence date', () => {
		const list = savedElement(
			createBlock(
				LIST,
				{
					asOf: '2026-11-27',
					asOfText: 'Evidence as of November 27, 2026',
				},
				[
					createBlock( ITEM, ZARATE ),
					createBlock( ITEM, { finding: 'Second finding.' } ),
				]
			)
		);
		const items = list.querySelectorAll( 'ol > li' );
		expect( items ).toHaveLength( 2 );
		const time = list.querySelector(
			'.wp-block-william-health-evidence-list__as-of time'
		);
		expect( time?.getAttribute( 'datetime' ) ).toBe( '2026-11-27' );
		expect( time?.textContent ).toBe( 'Evidence as of November 27, 2026' );
	} );

	it( 'says the design, size and condition in words', () => {
		const item = savedElement( createBlock( ITEM, ZARATE ) );
		expect(
			item.querySelector(
				'.wp-block-william-health-evidence-item__context'
			)?.textContent
		).toBe(
			'Treatment-resistant depression · Randomised controlled trial, 18 participants'
		);
	} );

	it( 'links the DOI to doi.org and the PMID to PubMed', () => {
		const item = savedElement( createBlock( ITEM, ZARATE ) );
		const links = Array.from( item.querySelectorAll( 'a' ) ).map(
			( link ) => link.getAttribute( 'href' )
		);
		expect( links ).toEqual( [
			'https://doi.org/10.1001/archpsyc.63.8.856',
			'https://pubmed.ncbi.nlm.nih.gov/16894061/',
		] );
		expect( item.querySelector( 'cite' )?.textContent ).toBe(
			'Arch Gen Psychiatry'
		);
		expect(
			item.querySelector(
				'.wp-block-william-health-evidence-item__reference'
			)?.textContent
		).toBe(
			'Zarate CA Jr, Singh JB, Carlson PJ, et al. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006. doi: 10.1001/archpsyc.63.8.856 PMID: 16894061 '
		);
	} );

	it( 'shows a bad DOI, PMID or address as text, never as a link', () => {
		const item = savedElement(
			createBlock( ITEM, {
				finding: 'x',
				doi: '10.1/bad',
				pmid: 'PMC123',
				url: 'javascript:alert(1)',
			} )
		);
		expect( item.querySelectorAll( 'a' ) ).toHaveLength( 0 );
		expect( item.textContent ).toContain( '10.1/bad' );
		expect( item.textContent ).toContain( 'PMC123' );
		expect( item.textContent ).toContain( 'javascript:alert(1)' );
	} );

	it( 'leaves out the reference of an item without a source', () => {
		const item = savedElement(
			createBlock( ITEM, { finding: 'Only a finding.' } )
		);
		expect(
			item.querySelector(
				'.wp-block-william-health-evidence-item__reference'
			)
		).toBeNull();
		expect(
			item.querySelector(
				'.wp-block-william-health-evidence-item__context'
			)
		).toBeNull();
	} );
} );

describe( 'round trip', () => {
	it( 'reads every source field back exactly as typed, angle brackets and all', () => {
		const typed = {
			...ZARATE,
			title: 'Effect at p < 0.05 & beyond',
			authors: '<script>alert(1)</script> Smith J',
			doi: 'doi:10.1001/archpsyc.63.8.856',
			url: 'javascript:alert(1)',
		};
		const [ parsed ] = atLeast(
			parse( serialize( createBlock( ITEM, typed ) ) ),
			1
		);
		expect( parsed.isValid ).toBe( true );
		for ( const key of [
			'title',
			'authors',
			'journal',
			'year',
			'doi',
			'pmid',
			'url',
		] as const ) {
			expect( parsed.attributes[ key ] ).toBe( typed[ key ] );
		}
	} );
} );

describe( 'describeStudy', () => {
	it( 'words only what is given, certainty never by colour', () => {
		expect(
			describeStudy( {
				design: 'meta-analysis',
				participants: 167,
				certainty: 'moderate',
			} )
		).toBe(
			'Meta-analysis, 167 participants, certainty of evidence: moderate'
		);
		expect(
			describeStudy( { design: '', participants: 1, certainty: '' } )
		).toBe( '1 participant' );
		expect( describeStudy( { design: '', certainty: '' } ) ).toBe( '' );
	} );
} );

describe( 'transforms', () => {
	it( 'turns a core list into evidence items, one per list item', () => {
		const list = createBlock( 'core/list', {}, [
			createBlock( 'core/list-item', {
				content: '<strong>TRD:</strong> fewer symptoms',
			} ),
			createBlock( 'core/list-item', { content: 'Anxiety relief' } ),
		] );
		const [ evidence ] = atLeast(
			switchToBlockType( list, LIST ) as Block[],
			1
		);
		expect( evidence.name ).toBe( LIST );
		expect(
			evidence.innerBlocks.map( ( item ) => [
				item.name,
				String( item.attributes.finding ),
			] )
		).toEqual( [
			[ ITEM, '<strong>TRD:</strong> fewer symptoms' ],
			[ ITEM, 'Anxiety relief' ],
		] );
	} );

	it( 'turns evidence back into an ordered core list without losing the reference', () => {
		const evidence = createBlock( LIST, {}, [
			createBlock( ITEM, ZARATE ),
		] );
		const [ list ] = atLeast(
			switchToBlockType( evidence, 'core/list' ) as Block[],
			1
		);
		expect( list.attributes.ordered ).toBe( true );
		const content = String( list.innerBlocks[ 0 ]?.attributes.content );
		expect( content ).toContain( ZARATE.finding );
		expect( content ).toContain(
			'Randomised controlled trial, 18 participants'
		);
		expect( content ).toContain( '10.1001/archpsyc.63.8.856' );
	} );
} );
