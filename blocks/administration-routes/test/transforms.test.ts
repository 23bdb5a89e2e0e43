/**
 * Core table → route table keeps every column and row, in order, or is not
 * offered; route table → core table keeps every visible column (and hidden
 * ones that hold words).
 */
import { createBlock, switchToBlockType, type Block } from '@wordpress/blocks';

import { matchColumns, MAX_COLUMNS } from '../transforms';
import { NAME, registerRouteTable, row, typedColumns } from '../test-utils';

beforeAll( registerRouteTable );

const NINE = [
	'Route',
	'Product or form',
	'Care setting',
	'Onset',
	'Interactions',
	'Notes',
	'Bioavailability',
	'Regulatory status',
	'Challenges',
];

const cells = ( words: string[], tag = 'td' ) => ( {
	cells: words.map( ( content ) => ( { content, tag } ) ),
} );

function coreTable( attributes: Record< string, unknown > ): Block {
	return createBlock( 'core/table', { caption: 'Routes', ...attributes } );
}

function toRoutes( table: Block ): Block | null {
	const result = switchToBlockType( table, NAME );
	return result?.[ 0 ] ?? null;
}

describe( 'from a core table', () => {
	const body = [
		[
			'Oral tablet',
			'Lithium carbonate',
			'Home',
			'1–3 weeks',
			'NSAIDs raise levels',
			'Blood tests',
			'Nearly complete',
			'Approved (FDA, 1970)',
			'Narrow range',
		],
		[
			'Intravenous',
			'',
			'Hospital',
			'Hours',
			'None known',
			'Rare',
			'100%',
			'Investigational',
			'Needs a line',
		],
	];

	it( 'keeps all nine columns in order: typed where the heading matches, the author’s own otherwise', () => {
		const routes = toRoutes(
			coreTable( {
				head: [ cells( NINE, 'th' ) ],
				body: body.map( ( words ) => cells( words ) ),
			} )
		);
		expect( routes?.attributes.columns ).toEqual( [
			{ key: 'route', label: 'Route', hidden: false },
			{ key: 'product', label: 'Product or form', hidden: false },
			{ key: 'setting', label: 'Care setting', hidden: false },
			{ key: 'onset', label: 'Onset', hidden: false },
			{ label: 'Interactions', hidden: false },
			{ label: 'Notes', hidden: false },
			{ key: 'bioavailability', label: 'Bioavailability', hidden: false },
			{ key: 'status', label: 'Regulatory status', hidden: false },
			{ key: 'challenges', label: 'Challenges', hidden: false },
		] );
		expect( routes?.attributes.rows ).toEqual( [
			{
				...row( body[ 0 ] ?? [] ),
				routeCode: 'oral',
				statusCode: 'approved',
			},
			{
				...row( body[ 1 ] ?? [] ),
				routeCode: 'intravenous',
				statusCode: 'investigational',
			},
		] );
		expect( String( routes?.attributes.caption ) ).toBe( 'Routes' );
	} );

	it( 'takes the first row as headings when there is no header row, and keeps footer rows last', () => {
		const routes = toRoutes(
			coreTable( {
				body: [
					cells( [ 'Route', 'Notes' ] ),
					cells( [ 'Oral', 'With food' ] ),
				],
				foot: [ cells( [ 'All routes', 'See a doctor' ] ) ],
			} )
		);
		expect( routes?.attributes.columns ).toEqual( [
			{ key: 'route', label: 'Route', hidden: false },
			{ label: 'Notes', hidden: false },
		] );
		expect( routes?.attributes.rows ).toEqual( [
			{ ...row( [ 'Oral', 'With food' ] ), routeCode: 'oral' },
			row( [ 'All routes', 'See a doctor' ] ),
		] );
	} );

	it.each( [
		[
			'merged cells',
			{
				head: [ cells( [ 'Route', 'Onset' ], 'th' ) ],
				body: [
					{
						cells: [
							{
								content: 'Oral and nasal',
								tag: 'td',
								colspan: '2',
							},
						],
					},
				],
			},
		],
		[
			'ragged rows',
			{
				head: [ cells( [ 'Route', 'Onset' ], 'th' ) ],
				body: [ cells( [ 'Oral' ] ) ],
			},
		],
		[
			'two header rows',
			{
				head: [
					cells( [ 'Route', 'Onset' ], 'th' ),
					cells( [ 'a', 'b' ], 'th' ),
				],
				body: [ cells( [ 'Oral', 'Hours' ] ) ],
			},
		],
		[
			`more than ${ MAX_COLUMNS } columns`,
			{
				head: [
					cells(
						Array.from(
							{ length: MAX_COLUMNS + 1 },
							( _, at ) => `C${ at }`
						),
						'th'
					),
				],
				body: [],
			},
		],
	] )( 'is not offered for a table with %s', ( _name, attributes ) => {
		expect( toRoutes( coreTable( attributes ) ) ).toBeNull();
	} );

	it( 'matches a heading to one typed column at most', () => {
		expect(
			matchColumns( [ 'Route', 'route', 'Onset', 'Dose', '' ] )
		).toEqual( [ 'route', undefined, 'onset', undefined, undefined ] );
	} );
} );

describe( 'to a core table', () => {
	it( 'keeps every visible column, hidden ones that hold words, and every row with words', () => {
		const routes = createBlock( NAME, {
			caption: 'Routes',
			asOfText: 'Facts as of May 1, 2026',
			columns: [
				...typedColumns(
					[ 'setting', 'onset' ],
					[ 'route', 'setting', 'onset', 'status' ]
				),
				{ label: 'Notes', hidden: false },
			],
			rows: [
				row( [ 'Oral', 'At home', '', 'Approved', 'With food' ] ),
				row( [ 'Nasal', '', '', '', '' ] ),
				row( [ '', '', '', '', '' ] ),
			],
		} );
		const [ table ] = switchToBlockType( routes, 'core/table' ) ?? [];
		const text = ( section: unknown ) =>
			( Array.isArray( section ) ? section : [] ).map(
				( item: { cells: Array< { content: string } > } ) =>
					item.cells.map( ( cell ) => cell.content )
			);
		expect( text( table?.attributes.head ) ).toEqual( [
			[ 'Route', 'Care setting', 'Regulatory status', 'Notes' ],
		] );
		expect( text( table?.attributes.body ) ).toEqual( [
			[ 'Oral', 'At home', 'Approved', 'With food' ],
			[ 'Nasal', '', '', '' ],
		] );
		expect( table?.attributes.caption ).toBe(
			'Routes Facts as of May 1, 2026'
		);
	} );

	it( 'round-trips the nine-column table without losing or moving a word', () => {
		const table = coreTable( {
			head: [ cells( NINE, 'th' ) ],
			body: [ cells( NINE.map( ( heading ) => `${ heading } words` ) ) ],
		} );
		const routes = toRoutes( table );
		const [ back ] = routes
			? ( switchToBlockType( routes, 'core/table' ) ?? [] )
			: [];
		const head = back?.attributes.head;
		const bodyRows = back?.attributes.body;
		expect(
			Array.isArray( head ) &&
				head[ 0 ].cells.map(
					( cell: { content: string } ) => cell.content
				)
		).toEqual( NINE );
		expect(
			Array.isArray( bodyRows ) &&
				bodyRows[ 0 ].cells.map(
					( cell: { content: string } ) => cell.content
				)
		).toEqual( NINE.map( ( heading ) => `${ heading } words` ) );
	} );
} );
