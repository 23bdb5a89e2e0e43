/**
 * Typed codes: read from the words an author types, or picked in the
 * sidebar; a pick never replaces typed words.
 */
import {
	codeState,
	withChosenCode,
	withCodesFromWords,
	withTypedCell,
} from '../codes';
import type { RouteRow } from '../types';
import { routeFromWords, statusFromWords } from '../vocabulary';
import { row, typedColumns } from '../test-utils';

const columns = typedColumns( [], [ 'route', 'product', 'status' ] );
const STATUS = 2;
const ROUTE = 0;

const type = ( item: RouteRow, index: number, content: string ) =>
	withTypedCell( item, columns, index, content );

describe( 'reading codes from words', () => {
	it.each( [
		[ 'Approved (FDA, 1970)', 'approved' ],
		[ 'approved', 'approved' ],
		[ '  Approved: 2019 for adults', 'approved' ],
		[ 'Off-label for depression; approved as an anaesthetic', 'off-label' ],
		[ 'Investigational (phase 3)', 'investigational' ],
		[ 'Not approved', undefined ],
		[ 'Approvedish', undefined ],
		[ '', undefined ],
	] )( 'status “%s” is %s', ( words, code ) => {
		expect( statusFromWords( words ) ).toBe( code );
	} );

	it.each( [
		[ 'Intravenous Infusion', 'intravenous' ],
		[ 'IV infusion', 'intravenous' ],
		[ 'Oral Tablets', 'oral' ],
		[ 'Intranasal spray', 'intranasal' ],
		[ 'Orally disintegrating film', undefined ],
		[ 'Patch on the skin', undefined ],
	] )( 'route “%s” is %s', ( words, code ) => {
		expect( routeFromWords( words ) ).toBe( code );
	} );
} );

describe( 'typing, then picking', () => {
	it( 'typing “Approved (FDA, 1970)” shows “Approved”, read from the cell', () => {
		const typed = type(
			row( [ '', '', '' ] ),
			STATUS,
			'Approved (FDA, 1970)'
		);
		expect( typed.statusCode ).toBe( 'approved' );
		expect( codeState( typed, columns, 'status' ).source ).toBe( 'cell' );
	} );

	it( 'picking “Approved” after typing keeps every typed word', () => {
		const typed = type(
			row( [ '', '', '' ] ),
			STATUS,
			'Approved (FDA, 1970)'
		);
		const picked = withChosenCode( typed, columns, 'status', 'approved' );
		expect( picked.cells[ STATUS ]?.content ).toBe(
			'Approved (FDA, 1970)'
		);
		expect( picked.statusCode ).toBe( 'approved' );
	} );

	it( 'picking another status keeps the words, and says the two differ', () => {
		const typed = type(
			row( [ '', '', '' ] ),
			STATUS,
			'Approved (FDA, 1970)'
		);
		const picked = withChosenCode( typed, columns, 'status', 'off-label' );
		expect( picked.cells[ STATUS ]?.content ).toBe(
			'Approved (FDA, 1970)'
		);
		expect( codeState( picked, columns, 'status' ) ).toEqual( {
			code: 'off-label',
			fromCell: 'approved',
			source: 'chosen',
		} );
		// A pick stays while the author edits the words.
		const edited = type( picked, STATUS, 'Approved (FDA, 1971)' );
		expect( edited.statusCode ).toBe( 'off-label' );
	} );

	it( 'words that name nothing known leave the code unset', () => {
		const typed = type(
			row( [ '', '', '' ] ),
			STATUS,
			'Awaiting a decision'
		);
		expect( typed.statusCode ).toBeUndefined();
		expect( codeState( typed, columns, 'status' ).source ).toBe( 'none' );
	} );
} );

describe( 'picking, then typing', () => {
	it( 'picking fills an EMPTY cell with the option’s words', () => {
		const picked = withChosenCode(
			row( [ '', '', '' ] ),
			columns,
			'status',
			'approved'
		);
		expect( picked.cells[ STATUS ]?.content ).toBe( 'Approved' );
		expect( codeState( picked, columns, 'status' ).source ).toBe( 'cell' );
	} );

	it( 'typing on keeps the code, and a new status in words moves it', () => {
		const picked = withChosenCode(
			row( [ '', '', '' ] ),
			columns,
			'status',
			'approved'
		);
		const more = type( picked, STATUS, 'Approved (FDA, 1970)' );
		expect( more.statusCode ).toBe( 'approved' );
		const changed = type( more, STATUS, 'Investigational' );
		expect( changed.statusCode ).toBe( 'investigational' );
	} );

	it( 'the route is picked and typed the same way', () => {
		const picked = withChosenCode(
			row( [ '', '', '' ] ),
			columns,
			'route',
			'oral'
		);
		expect( picked.cells[ ROUTE ]?.content ).toBe( 'Oral tablet' );
		const typed = type( picked, ROUTE, 'Oral tablet, swallowed whole' );
		expect( typed.routeCode ).toBe( 'oral' );
		expect( typed.cells[ ROUTE ]?.content ).toBe(
			'Oral tablet, swallowed whole'
		);
	} );

	it( '“Not stated” unsets the code and leaves the words', () => {
		const typed = type( row( [ '', '', '' ] ), STATUS, 'Approved (FDA)' );
		const unset = withChosenCode( typed, columns, 'status', undefined );
		expect( unset.statusCode ).toBeUndefined();
		expect( unset.cells[ STATUS ]?.content ).toBe( 'Approved (FDA)' );
	} );

	it( 'typing in another column leaves the codes alone', () => {
		const picked = withChosenCode(
			row( [ 'Patch', '', 'Approved' ] ),
			columns,
			'route',
			'subcutaneous'
		);
		const typed = type( picked, 1, 'Skin patch' );
		expect( typed.routeCode ).toBe( 'subcutaneous' );
		expect( typed.cells.map( ( cell ) => cell.content ) ).toEqual( [
			'Patch',
			'Skin patch',
			'Approved',
		] );
	} );
} );

it( 'tables made from other content read their codes from the words', () => {
	expect(
		withCodesFromWords( row( [ 'IV infusion', '', 'Off-label' ] ), columns )
	).toEqual( {
		routeCode: 'intravenous',
		statusCode: 'off-label',
		cells: [
			{ content: 'IV infusion' },
			{ content: '' },
			{ content: 'Off-label' },
		],
	} );
} );
