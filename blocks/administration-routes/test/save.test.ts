/**
 * The route table's saved markup: what readers get, and that the markup is
 * the block's only copy of its content (saved, parsed back, the same).
 */
import { createBlock, parse, serialize } from '@wordpress/blocks';

import type { Column, RouteRow } from '../types';
import { COLUMN_KEYS, defaultHeading } from '../vocabulary';
import { savedElement } from '../../shared/test-utils';
import {
	NAME,
	cellWords,
	registerRouteTable,
	reload,
	row,
	typedColumns,
} from '../test-utils';

// Columns: route, product, setting, onset, bioavailability, status, benefits, challenges.
const ROWS: RouteRow[] = [
	row(
		[
			'Intravenous infusion',
			'Infusion',
			'Clinic',
			'',
			'',
			'Off-label',
			'',
			'',
		],
		{ routeCode: 'intravenous', statusCode: 'off-label' }
	),
	row(
		[
			'Intranasal spray',
			'Spray',
			'',
			'Minutes',
			'Roughly 45–50%',
			'Approved (FDA, 2019)',
			'',
			'Monitoring after each dose',
		],
		{ routeCode: 'intranasal', statusCode: 'approved' }
	),
];

beforeAll( registerRouteTable );

function render( attributes: Record< string, unknown > ): HTMLElement {
	return savedElement(
		createBlock( NAME, {
			caption: 'How it is given',
			columns: typedColumns( [ 'onset' ] ),
			rows: ROWS,
			notStated: 'Not stated',
			...attributes,
		} )
	);
}

describe( 'saved markup', () => {
	it( 'is a real table with a visible caption and the date it was true', () => {
		const figure = render( {
			asOf: '2026-11-27',
			asOfText: 'Facts as of November 27, 2026',
		} );
		expect( figure.querySelector( 'table > caption' )?.textContent ).toBe(
			'How it is given Facts as of November 27, 2026'
		);
		expect(
			figure.querySelector( 'caption time' )?.getAttribute( 'datetime' )
		).toBe( '2026-11-27' );
	} );

	it( 'uses scope=col headings that name their kind, and the route as each row’s heading', () => {
		const figure = render( {} );
		const headings = Array.from( figure.querySelectorAll( 'thead th' ) );
		expect(
			headings.every( ( th ) => th.getAttribute( 'scope' ) === 'col' )
		).toBe( true );
		expect(
			headings.map( ( th ) => th.getAttribute( 'data-column' ) )
		).toEqual( COLUMN_KEYS );
		expect(
			Array.from(
				figure.querySelectorAll( 'thead th:not([hidden])' ),
				( th ) => th.textContent
			)
		).toEqual( [
			'Route',
			'Product or form',
			'Care setting',
			'Bioavailability',
			'Regulatory status',
			'Benefits',
			'Challenges',
		] );
		expect(
			Array.from(
				figure.querySelectorAll( 'tbody th[scope="row"]' ),
				( th ) => th.textContent
			)
		).toEqual( [ 'Intravenous infusion', 'Intranasal spray' ] );
	} );

	it( 'labels every cell with its column, for the narrow cards', () => {
		const figure = render( {} );
		expect(
			Array.from(
				figure.querySelectorAll( 'tbody tr:first-child > *' ),
				( cell ) => cell.getAttribute( 'data-label' )
			)
		).toEqual( COLUMN_KEYS.map( ( key ) => defaultHeading( key ) ) );
	} );

	it( 'uses renamed headings, as plain text in the card labels', () => {
		const renamed = typedColumns().map( ( column ) =>
			column.key === 'bioavailability'
				? { ...column, label: 'How much <em>arrives</em>' }
				: column
		);
		const figure = render( { columns: renamed } );
		expect(
			figure.querySelector( 'th[data-column="bioavailability"]' )
				?.innerHTML
		).toBe( 'How much <em>arrives</em>' );
		expect(
			figure.querySelector( 'td[data-label="How much arrives"]' )
		).not.toBeNull();
	} );

	it( 'keeps a hidden column’s cells, words included, marked hidden', () => {
		const figure = render( {
			columns: typedColumns( [ 'onset', 'challenges' ] ),
		} );
		const hidden = Array.from(
			figure.querySelectorAll( '[data-label="Challenges"]' )
		);
		expect(
			hidden.map( ( cell ) => cell.hasAttribute( 'hidden' ) )
		).toEqual( [ true, true ] );
		expect( hidden[ 1 ]?.textContent ).toBe( 'Monitoring after each dose' );
		expect(
			figure
				.querySelector( 'th[data-column="challenges"]' )
				?.hasAttribute( 'hidden' )
		).toBe( true );
	} );

	it( 'writes the typed codes on their row', () => {
		const figure = render( {} );
		const rows = Array.from( figure.querySelectorAll( 'tbody tr' ) );
		expect(
			rows.map( ( tr ) => [
				tr.getAttribute( 'data-route' ),
				tr.getAttribute( 'data-status' ),
			] )
		).toEqual( [
			[ 'intravenous', 'off-label' ],
			[ 'intranasal', 'approved' ],
		] );
	} );

	it( 'leaves empty cells empty, saying “Not stated” to assistive technology', () => {
		const figure = render( {
			rows: [ row( [ 'Oral', '<br>', ' ', '', 'Half' ] ) ],
		} );
		const cells = Array.from( figure.querySelectorAll( 'tbody tr > *' ) );
		expect( cells.map( ( cell ) => cell.innerHTML ) ).toEqual( [
			'Oral',
			'',
			'',
			'',
			'Half',
			'',
			'',
			'',
		] );
		expect(
			cells.map( ( cell ) => cell.getAttribute( 'data-empty' ) )
		).toEqual( [
			null,
			'Not stated',
			'Not stated',
			'Not stated',
			null,
			'Not stated',
			'Not stated',
			'Not stated',
		] );
	} );

	it( 'renders the author’s own columns in the author’s order', () => {
		const columns: Column[] = [
			{ label: 'Dose', hidden: false },
			{ key: 'route', label: 'Route', hidden: false },
			{ label: 'Notes', hidden: false },
		];
		const figure = render( {
			columns,
			rows: [ row( [ '5 mg', 'Oral', 'With food' ] ) ],
		} );
		expect(
			Array.from( figure.querySelectorAll( 'thead th' ), ( th ) => [
				th.textContent,
				th.getAttribute( 'data-column' ),
			] )
		).toEqual( [
			[ 'Dose', null ],
			[ 'Route', 'route' ],
			[ 'Notes', null ],
		] );
		expect(
			Array.from(
				figure.querySelectorAll( 'tbody tr > *' ),
				( cell ) => cell.tagName
			)
		).toEqual( [ 'TD', 'TH', 'TD' ] );
	} );

	it( 'leaves out rows without a word, and keeps rows whose words are all hidden', () => {
		const figure = render( {
			columns: typedColumns( [ 'onset', 'setting' ] ),
			rows: [
				...ROWS,
				row( [] ),
				row( [ ' ', '<br>' ] ),
				row( [ '', '', 'Only in a hidden column' ] ),
			],
		} );
		expect( figure.querySelectorAll( 'tbody tr' ) ).toHaveLength( 3 );
		expect( figure.textContent ).toContain( 'Only in a hidden column' );
	} );

	it( 'is content width unless the author widens it', () => {
		expect( render( {} ).className ).toBe(
			'wp-block-william-health-administration-routes'
		);
		expect( render( { align: 'wide' } ).classList ).toContain(
			'alignwide'
		);
	} );

	it( 'marks a sortable table for the view script, and only then', () => {
		expect( render( { sortable: true } ).classList ).toContain(
			'is-sortable'
		);
		expect( render( {} ).classList ).not.toContain( 'is-sortable' );
	} );
} );

describe( 'the markup is the only copy', () => {
	const block = () =>
		createBlock( NAME, {
			caption: 'Routes <em>compared</em>',
			asOf: '2026-11-27',
			asOfText: 'Facts as of November 27, 2026',
			columns: [
				...typedColumns( [ 'onset' ] ),
				{ label: 'Notes', hidden: true },
			],
			rows: ROWS.map( ( item, index ) => ( {
				...item,
				cells: [ ...item.cells, { content: `Note ${ index }` } ],
			} ) ),
			notStated: 'Not stated',
			sortable: true,
		} );

	it( 'keeps no rows, columns or date in the block comment', () => {
		const comment = serialize( block() ).split( '\n' )[ 0 ];
		expect( comment ).toBe(
			'<!-- wp:william-health/administration-routes {"sortable":true} -->'
		);
	} );

	it( 'parses back to the same attributes, valid', () => {
		const original = block();
		const parsed = reload( original );
		expect( parsed.isValid ).toBe( true );
		for ( const name of [
			'asOf',
			'asOfText',
			'columns',
			'rows',
			'notStated',
			'sortable',
		] ) {
			expect( parsed.attributes[ name ] ).toEqual(
				original.attributes[ name ]
			);
		}
		expect( String( parsed.attributes.caption ) ).toBe(
			'Routes <em>compared</em>'
		);
		expect( cellWords( parsed.attributes ) ).toContain( 'Note 1' );
	} );

	it( 'saves the same markup again after a reload', () => {
		const once = serialize( block() );
		expect( serialize( parse( once ) ) ).toBe( once );
	} );
} );
