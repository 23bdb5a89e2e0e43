/**
 * Citation numbers follow the order of first citation, whatever the author
 * does to the text: cite, cite the same source again, move, delete. The
 * numbers are written into each marker and the References list follows,
 * with its links back to every place that cites an entry.
 */
import { createBlock, serialize, type Block } from '@wordpress/blocks';
import { RichTextData } from '@wordpress/rich-text';

import { citationsInHtml } from '../markers';
import { planNumbering } from '../numbering';
import { entriesOf, findReferencesBlock } from '../references';
import {
	marker,
	paragraph,
	referencesBlock,
	registerCitationTestBlocks,
	settle,
} from '../test-utils';
import { atLeast } from '../../at-least';
import '../../../administration-routes';

beforeAll( registerCitationTestBlocks );

const ZARATE = { id: 'rzara', title: 'Zarate 2006' };
const TAYLOR = { id: 'rtayl', title: 'Taylor 2018' };
const WILKINSON = { id: 'rwilk', title: 'Wilkinson 2018' };

/**
 * What readers see of the markers, block by block: the number each shows
 * and the reference it cites.
 *
 * @param blocks The post's blocks.
 */
function shown( blocks: Block[] ): string[] {
	return citationsInHtml( serialize( blocks ) ).map(
		( { ref, label } ) => `${ label }→${ ref }`
	);
}

/**
 * The References list as saved: ids in order, with their backlinks.
 *
 * @param blocks The post's blocks.
 */
function list( blocks: Block[] ): Array< [ string, string[] ] > {
	return entriesOf( findReferencesBlock( blocks ) ).map( ( entry ) => [
		entry.id,
		( entry.backlinks ?? [] ).map( ( { href } ) => href ),
	] );
}

it( 'numbers by first citation: the same source cited twice keeps its number', () => {
	const { blocks } = settle( [
		paragraph(
			`Ketamine works fast.${ marker( 'rtayl', 'cite-aaaaa', '7' ) }`
		),
		paragraph(
			`Also for anxiety.${ marker( 'rzara', 'cite-bbbbb', '7' ) }`
		),
		paragraph( `Fast, again.${ marker( 'rtayl', 'cite-ccccc', '7' ) }` ),
		referencesBlock( [ ZARATE, WILKINSON, TAYLOR ] ),
	] );
	expect( shown( blocks ) ).toEqual( [ '1→rtayl', '2→rzara', '1→rtayl' ] );
	// The list follows: cited entries first, the unused one kept last.
	expect( list( blocks ) ).toEqual( [
		[ 'rtayl', [ '#cite-aaaaa', '#cite-ccccc' ] ],
		[ 'rzara', [ '#cite-bbbbb' ] ],
		[ 'rwilk', [] ],
	] );
	const plan = planNumbering( blocks );
	expect( plan.unused.map( ( { id } ) => id ) ).toEqual( [ 'rwilk' ] );
	expect( [ ...plan.numbers ] ).toEqual( [
		[ 'rtayl', 1 ],
		[ 'rzara', 2 ],
	] );
} );

it( 'renumbers when paragraphs move, and when a citation is deleted', () => {
	const first = paragraph( `One.${ marker( 'rzara', 'cite-aaaaa' ) }` );
	const second = paragraph( `Two.${ marker( 'rtayl', 'cite-bbbbb' ) }` );
	const refs = referencesBlock( [ ZARATE, TAYLOR ] );
	let { blocks } = settle( [ first, second, refs ] );
	expect( shown( blocks ) ).toEqual( [ '1→rzara', '2→rtayl' ] );

	// The second paragraph moved up.
	const [ one, two, list3 ] = atLeast( blocks, 3 );
	blocks = settle( [ two, one, list3 ] ).blocks;
	expect( shown( blocks ) ).toEqual( [ '1→rtayl', '2→rzara' ] );
	expect( list( blocks ).map( ( [ id ] ) => id ) ).toEqual( [
		'rtayl',
		'rzara',
	] );

	// The paragraph citing Taylor deleted: Zarate is 1, Taylor kept, unused.
	const [ , cited, references ] = atLeast( blocks, 3 );
	blocks = settle( [ cited, references ] ).blocks;
	expect( shown( blocks ) ).toEqual( [ '1→rzara' ] );
	expect( list( blocks ) ).toEqual( [
		[ 'rzara', [ '#cite-aaaaa' ] ],
		[ 'rtayl', [] ],
	] );
	expect( planNumbering( blocks ).unused.map( ( { id } ) => id ) ).toEqual( [
		'rtayl',
	] );
} );

it( 'counts markers in reading order, inner blocks and rich text objects included', () => {
	const { blocks } = settle( [
		{
			...paragraph( '' ),
			name: 'core/quote',
			attributes: {},
			innerBlocks: [
				paragraph( `Quoted.${ marker( 'rwilk', 'cite-aaaaa' ) }` ),
			],
		},
		// Rich text as the editor holds it (RichTextData), not a string.
		{
			...paragraph( '' ),
			attributes: {
				content: RichTextData.fromHTMLString(
					`Later.${ marker( 'rzara', 'cite-bbbbb' ) }`
				),
			},
		},
		referencesBlock( [ ZARATE, WILKINSON ] ),
	] );
	expect( shown( blocks ) ).toEqual( [ '1→rwilk', '2→rzara' ] );
	expect( blocks[ 1 ]?.attributes.content ).toBeInstanceOf( RichTextData );
} );

it( 'counts the markers of inner blocks in their order, levels deep, and again when one changes', () => {
	const quote = ( innerBlocks: Block[] ): Block => ( {
		...paragraph( '' ),
		name: 'core/quote',
		attributes: {},
		innerBlocks,
	} );
	const later = paragraph( `Later.${ marker( 'rtayl', 'cite-ccccc' ) }` );
	let { blocks } = settle( [
		quote( [
			paragraph( `First.${ marker( 'rwilk', 'cite-aaaaa' ) }` ),
			quote( [
				paragraph( `Deeper.${ marker( 'rzara', 'cite-bbbbb' ) }` ),
			] ),
			later,
		] ),
		referencesBlock( [ ZARATE, TAYLOR, WILKINSON ] ),
	] );
	expect( shown( blocks ) ).toEqual( [ '1→rwilk', '2→rzara', '3→rtayl' ] );

	// The first paragraph's marker deleted, as typing would: a new outer
	// block and a new paragraph, the other inner blocks the same objects.
	const [ outer, references ] = atLeast( blocks, 2 );
	const [ , deeper, last ] = atLeast( outer.innerBlocks, 3 );
	blocks = settle( [
		{ ...outer, innerBlocks: [ paragraph( 'First.' ), deeper, last ] },
		references,
	] ).blocks;
	expect( shown( blocks ) ).toEqual( [ '1→rzara', '2→rtayl' ] );
} );

it( 'writes "3,4" for two citations in a row, and the comma goes when they part', () => {
	let { blocks } = settle( [
		paragraph(
			`Both.${ marker( 'rzara', 'cite-aaaaa' ) }${ marker(
				'rtayl',
				'cite-bbbbb'
			) }`
		),
		referencesBlock( [ ZARATE, TAYLOR ] ),
	] );
	expect( shown( blocks ) ).toEqual( [ '1→rzara', ',2→rtayl' ] );
	expect( serialize( blocks ) ).toContain(
		'class="william-health-citation">,<a href="#ref-rtayl">2</a></sup>'
	);

	const [ both, references ] = atLeast( blocks, 2 );
	const content = String( both.attributes.content ).replace(
		'</sup><sup',
		'</sup> and <sup'
	);
	blocks = settle( [
		{ ...both, attributes: { content } },
		references,
	] ).blocks;
	expect( shown( blocks ) ).toEqual( [ '1→rzara', '2→rtayl' ] );
} );

it( 'gives a pasted copy of a marker its own id, so each backlink has one target', () => {
	const copied = `Claim.${ marker( 'rzara', 'cite-aaaaa' ) }`;
	const { blocks } = settle( [
		paragraph( copied ),
		paragraph( copied ),
		referencesBlock( [ ZARATE ] ),
	] );
	const [ first, second ] = atLeast(
		citationsInHtml( serialize( blocks ) ),
		2
	);
	expect( first.marker ).toBe( 'cite-aaaaa' );
	expect( second.marker ).toMatch( /^cite-[a-z0-9]{5}$/ );
	expect( second.marker ).not.toBe( first.marker );
	expect( list( blocks ) ).toEqual( [
		[ 'rzara', [ '#cite-aaaaa', `#${ second.marker }` ] ],
	] );
} );

it( 'shows "?" for a citation whose reference is not in the list, and names it', () => {
	const { blocks } = settle( [
		paragraph( `Gone.${ marker( 'rgone', 'cite-aaaaa', '1' ) }` ),
		paragraph( `Here.${ marker( 'rzara', 'cite-bbbbb', '2' ) }` ),
		referencesBlock( [ ZARATE ] ),
	] );
	expect( shown( blocks ) ).toEqual( [ '?→rgone', '1→rzara' ] );
	expect( planNumbering( blocks ).missing ).toEqual( [
		{ ref: 'rgone', clientId: blocks[ 0 ]?.clientId },
	] );
} );

it( 'leaves blocks alone when the numbers are right: nothing to change, no edit', () => {
	const { blocks, rounds } = settle( [
		paragraph( `One.${ marker( 'rzara', 'cite-aaaaa', '1' ) }` ),
		referencesBlock( [
			{ ...ZARATE, backlinks: [ { href: '#cite-aaaaa' } ] },
		] ),
	] );
	expect( rounds ).toBe( 0 );
	expect( shown( blocks ) ).toEqual( [ '1→rzara' ] );
} );

it( 'renumbers when a citation is inserted before the others', () => {
	let { blocks } = settle( [
		paragraph( `One.${ marker( 'rzara', 'cite-aaaaa' ) }` ),
		paragraph( 'Two.' ),
		referencesBlock( [ ZARATE, TAYLOR ] ),
	] );
	expect( shown( blocks ) ).toEqual( [ '1→rzara' ] );
	// The author cites Taylor in a new first paragraph.
	blocks = settle( [
		paragraph( `Zero.${ marker( 'rtayl', 'cite-bbbbb', '?' ) }` ),
		...blocks,
	] ).blocks;
	expect( shown( blocks ) ).toEqual( [ '1→rtayl', '2→rzara' ] );
	expect( list( blocks ) ).toEqual( [
		[ 'rtayl', [ '#cite-bbbbb' ] ],
		[ 'rzara', [ '#cite-aaaaa' ] ],
	] );
} );

it( 'finds a marker in a table cell (text inside a list of rows), and none in a table without one', () => {
	const cited = `Approved.${ marker( 'rzara', 'cite-ccccc', '9' ) }`;
	const table = ( content: string ): Block =>
		createBlock( 'william-health/administration-routes', {
			columns: [ { key: 'status', label: 'Status', hidden: false } ],
			rows: [ { cells: [ { content } ] } ],
		} );
	const { blocks } = settle( [
		table( 'Off-label.' ),
		table( cited ),
		referencesBlock( [ ZARATE ] ),
	] );
	expect( shown( blocks ) ).toEqual( [ '1→rzara' ] );
	expect( planNumbering( blocks ).missing ).toEqual( [] );
} );
