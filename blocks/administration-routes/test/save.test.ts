/**
 * The route table's saved markup, its transforms, and what it does with an
 * empty row or a column it does not know.
 */
import {
	createBlock,
	registerBlockType,
	switchToBlockType,
	type Block,
} from '@wordpress/blocks';

import metadata from '../block.json';
import save from '../save';
import transforms, { matchColumns } from '../transforms';
import type { Column, RouteRow } from '../types';
import { COLUMN_KEYS, defaultHeading } from '../vocabulary';
import { registerCoreTestBlocks, savedElement } from '../../shared/test-utils';

const NAME = 'william-health/administration-routes';

const columns = ( hidden: string[] = [] ): Column[] =>
	COLUMN_KEYS.map( ( key ) => ( {
		key,
		label: defaultHeading( key ),
		visible: ! hidden.includes( key ),
	} ) );

const ROWS: RouteRow[] = [
	{
		route: 'Intravenous infusion',
		product: 'Racemic ketamine',
		status: 'Off-label',
		routeCode: 'intravenous',
	},
	{
		route: 'Intranasal spray',
		product: 'Esketamine',
		bioavailability: 'Roughly 45–50%',
		status: 'Approved (FDA)',
	},
];

beforeAll( () => {
	registerCoreTestBlocks();
	registerBlockType( 'core/table', {
		apiVersion: 3,
		title: 'Table',
		category: 'text',
		attributes: {
			caption: { type: 'string' },
			head: { type: 'array', default: [] },
			body: { type: 'array', default: [] },
		},
		save: () => null,
	} as never );
	registerBlockType( JSON.parse( JSON.stringify( metadata ) ) as never, {
		edit: () => null,
		save,
		transforms,
	} );
} );

function render( attributes: Record< string, unknown > ): HTMLElement {
	const block = createBlock( NAME, {
		caption: 'How it is given',
		...attributes,
	} );
	return savedElement( block );
}

describe( 'saved markup', () => {
	it( 'is a real table with a visible caption and the date it was true', () => {
		const figure = render( {
			columns: columns(),
			rows: ROWS,
			asOf: '2026-11-27',
			asOfText: 'Facts as of November 27, 2026',
		} );
		expect( figure.querySelector( 'table > caption' )?.textContent ).toBe(
			'How it is given Facts as of November 27, 2026'
		);
	} );

	it( 'uses scope=col headings and the route as each row’s heading', () => {
		const figure = render( {
			columns: columns( [ 'onset' ] ),
			rows: ROWS,
		} );
		const headings = Array.from( figure.querySelectorAll( 'thead th' ) );
		expect(
			headings.every( ( th ) => th.getAttribute( 'scope' ) === 'col' )
		).toBe( true );
		expect( headings.map( ( th ) => th.textContent ) ).toEqual( [
			'Route',
			'Product or form',
			'Care setting',
			'Bioavailability',
			'Regulatory status',
			'Benefits',
			'Challenges',
		] );
		const rowHeadings = Array.from(
			figure.querySelectorAll( 'tbody th[scope="row"]' )
		);
		expect( rowHeadings.map( ( th ) => th.textContent ) ).toEqual( [
			'Intravenous infusion',
			'Intranasal spray',
		] );
	} );

	it( 'labels every cell with its column, for the narrow cards', () => {
		const figure = render( { columns: columns(), rows: ROWS } );
		const labels = Array.from(
			figure.querySelectorAll( 'tbody tr:first-child > *' )
		).map( ( cell ) => cell.getAttribute( 'data-label' ) );
		expect( labels ).toEqual(
			COLUMN_KEYS.map( ( key ) => defaultHeading( key ) )
		);
	} );

	it( 'uses renamed headings, as plain text in the card labels', () => {
		const renamed = columns().map( ( column ) =>
			column.key === 'bioavailability'
				? { ...column, label: 'How much <em>arrives</em>' }
				: column
		);
		const figure = render( { columns: renamed, rows: ROWS } );
		expect(
			figure.querySelector(
				'thead .wp-block-william-health-administration-routes__col-bioavailability'
			)?.innerHTML
		).toBe( 'How much <em>arrives</em>' );
		expect(
			figure.querySelector( 'td[data-label="How much arrives"]' )
		).not.toBeNull();
	} );

	it( 'leaves out hidden columns and empty rows', () => {
		const figure = render( {
			columns: columns( [ 'challenges', 'benefits' ] ),
			rows: [ ...ROWS, {}, { route: '  ' } ],
		} );
		expect( figure.querySelectorAll( 'tbody tr' ) ).toHaveLength( 2 );
		expect(
			figure.querySelector( '[data-label="Challenges"]' )
		).toBeNull();
	} );

	it( 'keeps a column of an unknown kind in its data but does not show it', () => {
		const unknown = [
			...columns(),
			{ key: 'dose', label: 'Dose', visible: true },
		] as unknown as Column[];
		const figure = render( {
			columns: unknown,
			rows: [ { ...ROWS[ 0 ], dose: '0.5 mg/kg' } as RouteRow ],
		} );
		expect( figure.textContent ).not.toContain( 'Dose' );
		expect( figure.textContent ).not.toContain( '0.5 mg/kg' );
	} );

	it( 'marks a sortable table for the view script, and only then', () => {
		expect(
			render( { columns: columns(), rows: ROWS, sortable: true } )
				.classList
		).toContain( 'is-sortable' );
		expect(
			render( { columns: columns(), rows: ROWS } ).classList
		).not.toContain( 'is-sortable' );
	} );
} );

describe( 'transforms', () => {
	it( 'matches core-table headings to columns by text, the rest in order', () => {
		expect(
			matchColumns( [
				'Bioavailability',
				'Route',
				'Notes',
				'Product or form',
			] )
		).toEqual( [ 'bioavailability', 'route', 'setting', 'product' ] );
	} );

	it( 'turns a core table into a route table, first row as headings', () => {
		const table = createBlock( 'core/table', {
			caption: 'Routes',
			body: [
				{
					cells: [
						{ content: 'Route', tag: 'td' },
						{ content: 'Onset', tag: 'td' },
					],
				},
				{
					cells: [
						{ content: 'Intravenous', tag: 'td' },
						{ content: 'Hours', tag: 'td' },
					],
				},
			],
		} );
		const [ routes ] = switchToBlockType( table, NAME ) as Block[];
		expect( routes.attributes.rows ).toEqual( [
			{ route: 'Intravenous', onset: 'Hours' },
		] );
		const visible = ( routes.attributes.columns as Column[] )
			.filter( ( column ) => column.visible )
			.map( ( column ) => column.key );
		expect( visible ).toEqual( [ 'route', 'onset' ] );
		expect( String( routes.attributes.caption ) ).toBe( 'Routes' );
	} );

	it( 'turns a route table into a core table with a header row', () => {
		const routes = createBlock( NAME, {
			caption: 'Routes',
			columns: columns( [
				'setting',
				'onset',
				'benefits',
				'challenges',
			] ),
			rows: ROWS,
		} );
		const [ table ] = switchToBlockType( routes, 'core/table' ) as Block[];
		const head = table.attributes.head as Array< {
			cells: Array< { content: string } >;
		} >;
		const body = table.attributes.body as Array< {
			cells: Array< { content: string } >;
		} >;
		expect( head[ 0 ].cells.map( ( cell ) => cell.content ) ).toEqual( [
			'Route',
			'Product or form',
			'Bioavailability',
			'Regulatory status',
		] );
		expect(
			body.map( ( row ) => row.cells.map( ( cell ) => cell.content ) )
		).toEqual( [
			[ 'Intravenous infusion', 'Racemic ketamine', '', 'Off-label' ],
			[
				'Intranasal spray',
				'Esketamine',
				'Roughly 45–50%',
				'Approved (FDA)',
			],
		] );
	} );
} );
