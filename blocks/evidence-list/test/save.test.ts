/**
 * What the evidence list saves: a numbered list, each finding with its
 * context in words and the citation number of its study, linking to the
 * study's entry in the References list.
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
	refId: 'rzara',
	citeId: 'cite-ab12c',
	citeNumber: '1',
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
		const item = savedElement(
			createBlock( ITEM, { ...ZARATE, refId: '' } )
		);
		expect(
			item.querySelector(
				'.wp-block-william-health-evidence-item__context'
			)?.textContent
		).toBe(
			'Treatment-resistant depression · Randomised controlled trial, 18 participants'
		);
	} );

	it( 'ends the context with the study’s number, linking to its entry in the References list', () => {
		const item = savedElement( createBlock( ITEM, ZARATE ) );
		const marker = item.querySelector( 'sup.william-health-citation' );
		expect( marker?.getAttribute( 'data-ref' ) ).toBe( 'rzara' );
		// The entry's backlink comes back to this id.
		expect( marker?.id ).toBe( 'cite-ab12c' );
		expect(
			Array.from( item.querySelectorAll( 'a' ), ( link ) => [
				link.getAttribute( 'href' ),
				link.textContent,
			] )
		).toEqual( [ [ '#ref-rzara', '1' ] ] );
		expect(
			item.querySelector(
				'.wp-block-william-health-evidence-item__context'
			)?.textContent
		).toBe(
			'Treatment-resistant depression · Randomised controlled trial, 18 participants1'
		);
	} );

	it( 'shows “?” until the study is numbered, and never puts an odd id in an address', () => {
		const item = savedElement(
			createBlock( ITEM, {
				finding: 'x',
				refId: '"><script>alert(1)</script>',
			} )
		);
		const link = item.querySelector( 'sup a' );
		expect( link?.getAttribute( 'href' ) ).toBe( '#' );
		expect( link?.textContent ).toBe( '?' );
		expect( item.querySelector( 'script' ) ).toBeNull();
	} );

	it( 'prints a source not yet moved into the References list as version 1 did, bad identifiers as text', () => {
		// Only the deprecation sets it (createBlock drops what block.json
		// does not declare), so the block is built as a migration leaves it.
		const block = createBlock( ITEM, { finding: 'x' } );
		const item = savedElement( {
			...block,
			attributes: {
				...block.attributes,
				legacySource: {
					authors: 'Smith J',
					title: '',
					journal: '',
					year: '',
					doi: '10.1/bad',
					pmid: 'PMC123',
					url: 'javascript:alert(1)',
				},
			},
		} );
		expect( item.querySelectorAll( 'a' ) ).toHaveLength( 0 );
		expect(
			item.querySelector(
				'.wp-block-william-health-evidence-item__reference'
			)?.textContent
		).toBe( 'Smith J. doi: 10.1/bad PMID: PMC123 javascript:alert(1) ' );
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
	it( 'reads the cited study, the marker id and the number back from the markup', () => {
		const [ parsed ] = atLeast(
			parse( serialize( createBlock( ITEM, ZARATE ) ) ),
			1
		);
		expect( parsed.isValid ).toBe( true );
		for ( const key of [ 'refId', 'citeId', 'citeNumber' ] as const ) {
			expect( parsed.attributes[ key ] ).toBe( ZARATE[ key ] );
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

	it( 'turns evidence back into an ordered core list that still cites the study', () => {
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
		// The marker stays a citation, numbered and linked as before.
		expect( content ).toContain(
			'<sup class="william-health-citation" data-ref="rzara" id="cite-ab12c"><a href="#ref-rzara">1</a></sup>'
		);
		expect( content ).not.toContain( 'participants1' );
	} );
} );
