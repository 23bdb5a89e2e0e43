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
import { getRouteOptions, getStatusOptions } from '../vocabulary';
import { row, typedColumns } from '../test-utils';

const columns = typedColumns( [], [ 'route', 'product', 'status' ] );
const STATUS = 2;
const ROUTE = 0;

const type = ( item: RouteRow, index: number, content: string ) =>
	withTypedCell( item, columns, index, content );

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
			words: 'Approved (FDA, 1970)',
			source: 'chosen',
			contradicted: true,
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
		// The option names the route, not a form: true of any oral form.
		expect( picked.cells[ ROUTE ]?.content ).toBe( 'Oral' );
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

describe( 'the route kind, as the usability test met it', () => {
	it( 'typing “Oral solution (liquid)” in an empty route cell reads “oral”', () => {
		const typed = type(
			row( [ '', '', '' ] ),
			ROUTE,
			'Oral solution (liquid)'
		);
		expect( typed.routeCode ).toBe( 'oral' );
		expect( codeState( typed, columns, 'route' ) ).toMatchObject( {
			source: 'cell',
			words: 'Oral solution (liquid)',
		} );
	} );

	it( '“Skin patch (transdermal)” reads as nothing; a pick of Transdermal is not a contradiction', () => {
		const typed = type(
			row( [ '', '', '' ] ),
			ROUTE,
			'Skin patch (transdermal)'
		);
		expect( typed.routeCode ).toBeUndefined();
		const picked = withChosenCode( typed, columns, 'route', 'transdermal' );
		expect( picked.cells[ ROUTE ]?.content ).toBe(
			'Skin patch (transdermal)'
		);
		expect( codeState( picked, columns, 'route' ) ).toMatchObject( {
			code: 'transdermal',
			source: 'chosen',
			contradicted: false,
		} );
	} );

	it.each(
		getRouteOptions().map( ( option ) => [ option.value, option.label ] )
	)(
		'picking %s fills an empty cell with “%s”, which reads back as the same route',
		( code, label ) => {
			const picked = withChosenCode(
				row( [ '', '', '' ] ),
				columns,
				'route',
				code
			);
			expect( picked.cells[ ROUTE ]?.content ).toBe( label );
			expect( picked.routeCode ).toBe( code );
			expect( codeState( picked, columns, 'route' ).source ).toBe(
				'cell'
			);
		}
	);

	it.each(
		getStatusOptions().map( ( option ) => [ option.value, option.label ] )
	)(
		'picking %s fills an empty cell with “%s”, which reads back as the same status',
		( code, label ) => {
			const picked = withChosenCode(
				row( [ '', '', '' ] ),
				columns,
				'status',
				code
			);
			expect( picked.cells[ STATUS ]?.content ).toBe( label );
			expect( codeState( picked, columns, 'status' ).source ).toBe(
				'cell'
			);
		}
	);
} );
