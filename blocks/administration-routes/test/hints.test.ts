/**
 * The sidebar's hints quote what the cell really says (never an option's
 * words as if the cell said them), and the column settings say when readers
 * get cards.
 */
import { withChosenCode, withTypedCell } from '../codes';
import { cardsNote, codeHelp } from '../hints';
import { row, typedColumns } from '../test-utils';
import type { RouteRow } from '../types';

const columns = typedColumns( [], [ 'route', 'product', 'status' ] );
const ROUTE = 0;
const STATUS = 2;

const typed = ( index: number, words: string ): RouteRow =>
	withTypedCell( row( [ '', '', '' ] ), columns, index, words );

describe( 'the route kind’s hint', () => {
	it( 'typed “Oral solution (liquid)”: read from those words', () => {
		expect(
			codeHelp(
				typed( ROUTE, 'Oral solution (liquid)' ),
				columns,
				'route'
			)
		).toBe(
			'Read from the cell’s words “Oral solution (liquid)”. Picking another option keeps the words.'
		);
	} );

	it( 'then “Not a listed route”: quotes the cell, not an option', () => {
		const unset = withChosenCode(
			typed( ROUTE, 'Oral solution (liquid)' ),
			columns,
			'route',
			undefined
		);
		const hint = codeHelp( unset, columns, 'route' );
		expect( hint ).toBe(
			'Not set. The cell’s words “Oral solution (liquid)” read as “Oral”: pick it to use it.'
		);
		expect( hint ).not.toContain( 'tablet' );
	} );

	it( 'words that start with no route: says so, quoting them', () => {
		const words = typed( ROUTE, 'Skin patch (transdermal)' );
		expect( codeHelp( words, columns, 'route' ) ).toBe(
			'The cell’s words “Skin patch (transdermal)” do not start with a listed route, so none is read from them. Pick one if it is given one of these ways.'
		);
		const picked = withChosenCode( words, columns, 'route', 'transdermal' );
		expect( codeHelp( picked, columns, 'route' ) ).toBe(
			'Chosen here; the cell’s words “Skin patch (transdermal)” stay as typed.'
		);
	} );

	it( 'an empty cell: says where the kind comes from', () => {
		expect( codeHelp( row( [ '', '', '' ] ), columns, 'route' ) ).toMatch(
			/^Read from the route word a cell starts with/
		);
	} );
} );

describe( 'the status’s hint', () => {
	it( 'a pick the words contradict: quotes the words and what they say', () => {
		const picked = withChosenCode(
			typed( STATUS, 'Approved (FDA, 1991)' ),
			columns,
			'status',
			'off-label'
		);
		expect( codeHelp( picked, columns, 'status' ) ).toBe(
			'Chosen here, but the cell’s words “Approved (FDA, 1991)” read as “Approved”, and readers see the words. Pick “Approved”, or change the words, so the two agree.'
		);
	} );

	it( 'long words are quoted from their start, cut at a space after about a line', () => {
		const words =
			'Approved (FDA): 2019 for treatment-resistant depression; 2020 for depressive symptoms';
		const hint = codeHelp( typed( STATUS, words ), columns, 'status' );
		expect( hint ).toContain(
			'“Approved (FDA): 2019 for treatment-resistant depression;…”'
		);
	} );

	it.each( [
		[ 'Licensed (MHRA)', 'approved' ],
		[ 'Unlicensed (special)', undefined ],
		[ 'Investigational', 'off-label' ],
	] )(
		'every hint on “%s” (pick: %s) quotes the cell’s words',
		( words, pick ) => {
			const item = withChosenCode(
				typed( STATUS, words ),
				columns,
				'status',
				pick
			);
			expect( codeHelp( item, columns, 'status' ) ).toContain(
				`“${ words }”`
			);
		}
	);
} );

describe( 'when readers see cards', () => {
	it.each( [
		[ 4, undefined, false ],
		[ 5, undefined, true ],
		[ 7, undefined, true ],
		[ 8, 'wide', false ],
		[ 9, 'wide', true ],
		[ 12, 'full', false ],
	] as const )(
		'%d visible columns, aligned %s: a note is %s',
		( visible, align, note ) => {
			expect( cardsNote( visible, align ) !== undefined ).toBe( note );
		}
	);

	it( 'names the count and the way to a real table', () => {
		expect( cardsNote( 5, undefined ) ).toBe(
			'Readers see each row as a card: 5 columns need more room than the text column. Choose “Wide width” in the toolbar for a real table.'
		);
	} );
} );
