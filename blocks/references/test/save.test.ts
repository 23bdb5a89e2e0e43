/**
 * What the References block saves: an ordered list whose entries carry the
 * id the markers link to, every field in its own element (read back from
 * there exactly as typed), links to doi.org, PubMed and PMC, and links back
 * to every place that cites them.
 */
import { createBlock, parse, serialize } from '@wordpress/blocks';

import {
	registerCitationTestBlocks,
	referencesBlock,
} from '../../shared/citation/test-utils';
import { REFERENCES_BLOCK, entriesOf } from '../../shared/citation/references';
import { savedElement } from '../../shared/test-utils';
import type { SavedReference } from '../types';
import { atLeast } from '../../shared/at-least';
import { KETAMINE_STUDIES } from '../../../patterns/citations';

beforeAll( registerCitationTestBlocks );

// The article's own studies, as the example pattern cites them.
const ZARATE: SavedReference = {
	...KETAMINE_STUDIES.zarate,
	backlinks: [ { href: '#cite-aaaaa' }, { href: '#cite-bbbbb' } ],
};

const TAYLOR: SavedReference = {
	...KETAMINE_STUDIES.taylor,
	backlinks: [ { href: '#cite-ccccc' } ],
};

it( 'is an ordered list whose entries the markers link to, in citation order', () => {
	const list = savedElement( referencesBlock( [ ZARATE, TAYLOR ] ) );
	const entries = list.querySelectorAll( 'ol > li' );
	expect( Array.from( entries, ( entry ) => entry.id ) ).toEqual( [
		'ref-rzara',
		'ref-rtayl',
	] );
	expect( entries[ 0 ]?.getAttribute( 'data-ref' ) ).toBe( 'rzara' );
	expect( entries[ 0 ]?.textContent ).toBe(
		'Zarate CA Jr, Singh JB, Carlson PJ, et al. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006;63(8):856-64. doi: 10.1001/archpsyc.63.8.856 PMID: 16894061 ↩ a b'
	);
} );

it( 'links identifiers to doi.org, PubMed and PMC, and back to each citing place', () => {
	const list = savedElement( referencesBlock( [ ZARATE, TAYLOR ] ) );
	const [ zarate, taylor ] = atLeast(
		Array.from( list.querySelectorAll( 'li' ) ),
		2
	);
	const hrefs = ( entry: Element ) =>
		Array.from( entry.querySelectorAll( 'a' ), ( link ) => [
			link.getAttribute( 'href' ),
			link.getAttribute( 'aria-label' ),
		] );
	expect( hrefs( zarate ) ).toEqual( [
		[ 'https://doi.org/10.1001/archpsyc.63.8.856', null ],
		[ 'https://pubmed.ncbi.nlm.nih.gov/16894061/', null ],
		[ '#cite-aaaaa', 'Back to the text a' ],
		[ '#cite-bbbbb', 'Back to the text b' ],
	] );
	expect( hrefs( taylor ) ).toEqual( [
		[ 'https://doi.org/10.1038/npp.2017.194', null ],
		[ 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5729569/', null ],
		[ '#cite-ccccc', 'Back to the text' ],
	] );
} );

it( 'shows bad identifiers as text, never as links', () => {
	const list = savedElement(
		referencesBlock( [
			{
				id: 'rbad1',
				title: 'Bad',
				doi: '10.1/bad',
				pmid: 'PMC123',
				pmcid: '123',
				url: 'javascript:alert(1)',
			},
		] )
	);
	expect( list.querySelectorAll( 'a' ) ).toHaveLength( 0 );
	expect( list.textContent ).toContain( 'doi: 10.1/bad' );
	expect( list.textContent ).toContain( 'javascript:alert(1)' );
} );

it( 'sets journals in italics for AMA only, by a class', () => {
	const ama = createBlock( REFERENCES_BLOCK, {
		references: [ ZARATE ],
		citationStyle: 'ama',
	} );
	expect( savedElement( ama ).className ).toContain(
		'is-citation-style-ama'
	);
	expect( savedElement( ama ).textContent ).toContain(
		'doi:10.1001/archpsyc.63.8.856'
	);
	expect(
		savedElement( referencesBlock( [ ZARATE ] ) ).className
	).not.toContain( 'is-citation-style-ama' );
} );

it( 'reads every field back exactly as typed, angle brackets and all, with nothing in the comment', () => {
	const typed: SavedReference = {
		...ZARATE,
		title: 'Effect at p < 0.05 & beyond',
		authors: '<script>alert(1)</script> Smith J',
		doi: 'doi:10.1001/archpsyc.63.8.856',
		url: 'javascript:alert(1)',
	};
	const markup = serialize( [ referencesBlock( [ typed, TAYLOR ] ) ] );
	expect( markup ).toMatch(
		/^<!-- wp:william-health\/references \{"backText":"Back to the text"\} -->/
	);
	const [ parsed ] = atLeast( parse( markup ), 1 );
	expect( parsed.isValid ).toBe( true );
	expect( parsed.attributes.references ).toEqual( [
		{ ...typed, pmcid: undefined },
		{ ...TAYLOR, pmid: undefined, url: undefined },
	] );
	expect( serialize( [ parsed ] ) ).toBe( markup );
} );

it( 'shows each field in the style and reads back what was stored: seven authors, full pages, a dated year', () => {
	const stored: SavedReference = {
		id: 'rseven',
		authors: 'Aa A, Bb B, Cc C, Dd D, Ee E, Ff F, Gg G',
		title: 'Seven authors',
		journal: 'J Test',
		year: '2021 May',
		volume: '12',
		pages: '1199-1205',
	};
	const vancouver = savedElement( referencesBlock( [ stored ] ) );
	expect( vancouver.querySelector( 'li' )?.textContent ).toBe(
		'Aa A, Bb B, Cc C, Dd D, Ee E, Ff F, et al. Seven authors. J Test. 2021 May;12:1199-205.'
	);
	const ama = savedElement(
		createBlock( REFERENCES_BLOCK, {
			references: [ stored ],
			citationStyle: 'ama',
		} )
	);
	expect( ama.querySelector( 'li' )?.textContent ).toBe(
		'Aa A, Bb B, Cc C, et al. Seven authors. J Test. 2021;12:1199-1205.'
	);
	for ( const style of [ 'vancouver', 'ama' ] ) {
		const [ parsed ] = atLeast(
			parse(
				serialize( [
					createBlock( REFERENCES_BLOCK, {
						references: [ stored ],
						citationStyle: style,
					} ),
				] )
			),
			1
		);
		expect( parsed.isValid ).toBe( true );
		expect( entriesOf( parsed )[ 0 ] ).toEqual(
			expect.objectContaining( {
				authors: stored.authors,
				year: stored.year,
				pages: stored.pages,
			} )
		);
	}
} );
