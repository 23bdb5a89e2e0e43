/**
 * Every saved markup this block ever produced must still load as a valid
 * block, migrate to today's format and save again without losing a word.
 * Fixtures (test/fixtures/):
 * - v1-ketamine-pattern.html: the ketamine article's table as
 *   plugin/patterns/routes-ketamine.php printed it up to 0.1.0;
 * - v1-hidden-columns.html: what the 0.1.0 editor saved for a table with
 *   hidden columns holding words, a renamed heading with markup, a row whose
 *   only words were hidden, an "other" route, sorting on.
 */
/// <reference types="@wordpress/jest-console" />
import fs from 'node:fs';
import path from 'node:path';

import { parse, serialize } from '@wordpress/blocks';

import { cellWords, headings, NAME, registerRouteTable } from '../test-utils';

const FIXTURES = path.join( __dirname, 'fixtures' );

beforeAll( () => {
	registerRouteTable();
	// The editor groups its migration notes in the console; the notes
	// themselves are expected (parseOld), their group lines are noise here.
	jest.spyOn( console, 'groupCollapsed' ).mockImplementation( () => {} );
	jest.spyOn( console, 'groupEnd' ).mockImplementation( () => {} );
} );

/**
 * Parses v1 markup: the block editor says (console.info) that it migrated it.
 *
 * @param markup Saved markup.
 */
function parseOld( markup: string ) {
	const blocks = parse( markup );
	expect( console ).toHaveInformed();
	return blocks;
}

const files = fs
	.readdirSync( FIXTURES )
	.filter( ( file ) => /^v\d+-.*\.html$/.test( file ) );

/**
 * The words a v1 table held in its block comment: every cell of every row
 * (shown or not) and every column heading.
 *
 * @param markup Saved v1 markup.
 */
function v1Words( markup: string ) {
	const json = /<!-- wp:\S+ (\{.*\}) -->/.exec( markup )?.[ 1 ] ?? '{}';
	const comment: {
		columns?: Array< { label: string } >;
		rows?: Array< Record< string, string > >;
	} = JSON.parse( json );
	return {
		labels: ( comment.columns ?? [] )
			.map( ( column ) => column.label )
			.filter( Boolean ),
		cells: ( comment.rows ?? [] ).flatMap( ( row ) =>
			Object.entries( row )
				.filter(
					( [ name ] ) =>
						name !== 'routeCode' && name !== 'statusCode'
				)
				.map( ( [ , words ] ) => words )
		),
	};
}

it( 'has a fixture of each old format', () => {
	expect( files ).toEqual( [
		'v1-hidden-columns.html',
		'v1-ketamine-pattern.html',
	] );
} );

describe.each( files )( '%s', ( file ) => {
	const markup = fs.readFileSync( path.join( FIXTURES, file ), 'utf8' );

	it( 'loads as a valid route table and keeps every word of every row and heading', () => {
		const [ block ] = parseOld( markup );
		expect( block?.name ).toBe( NAME );
		expect( block?.isValid ).toBe( true );
		const words = v1Words( markup );
		expect( words.cells.length ).toBeGreaterThan( 0 );
		expect( cellWords( block?.attributes ?? {} ).sort() ).toEqual(
			[ ...words.cells ].sort()
		);
		expect( headings( block?.attributes ?? {} ) ).toEqual(
			expect.arrayContaining( words.labels )
		);
	} );

	it( 'saves in today’s format, keeps its width, and loads again with the same words', () => {
		const [ block ] = parseOld( markup );
		const saved = serialize( block ? [ block ] : [] );
		expect( saved ).not.toContain( '"rows"' );
		expect( saved ).toContain( 'data-column="route"' );
		// v1 tables were wide by default; migrated ones stay wide.
		expect( saved ).toContain( '"align":"wide"' );
		const [ again ] = parse( saved );
		expect( again?.isValid ).toBe( true );
		expect( again?.attributes.rows ).toEqual( block?.attributes.rows );
		expect( again?.attributes.columns ).toEqual(
			block?.attributes.columns
		);
		expect( serialize( again ? [ again ] : [] ) ).toBe( saved );
	} );
} );

it( 'migrates the ketamine table: codes, hidden onset, caption and date', () => {
	const markup = fs.readFileSync(
		path.join( FIXTURES, 'v1-ketamine-pattern.html' ),
		'utf8'
	);
	const [ block ] = parseOld( markup );
	expect( String( block?.attributes.caption ) ).toBe(
		'How ketamine is given'
	);
	expect( block?.attributes.asOf ).toBe( '2026-11-27' );
	expect( block?.attributes.asOfText ).toBe(
		'Facts as of November 27, 2026'
	);
	expect( block?.attributes.columns ).toEqual( [
		{ key: 'route', label: 'Route', hidden: false },
		{ key: 'product', label: 'Product or form', hidden: false },
		{ key: 'setting', label: 'Care setting', hidden: false },
		{ key: 'onset', label: 'Onset', hidden: true },
		{ key: 'bioavailability', label: 'Bioavailability', hidden: false },
		{ key: 'status', label: 'Regulatory status', hidden: false },
		{ key: 'benefits', label: 'Benefits', hidden: false },
		{ key: 'challenges', label: 'Challenges', hidden: false },
	] );
	const rows = Array.isArray( block?.attributes.rows )
		? block.attributes.rows
		: [];
	expect(
		rows.map( ( row: { routeCode?: string; statusCode?: string } ) => [
			row.routeCode,
			row.statusCode,
		] )
	).toEqual( [
		[ 'intravenous', 'off-label' ],
		[ 'intranasal', 'approved' ],
		[ 'oral', 'off-label' ],
	] );
} );

it( 'migrates hidden columns as hidden, keeping their words and the row that had only hidden words', () => {
	const markup = fs.readFileSync(
		path.join( FIXTURES, 'v1-hidden-columns.html' ),
		'utf8'
	);
	const [ block ] = parseOld( markup );
	expect( block?.attributes.columns ).toEqual(
		expect.arrayContaining( [
			{ key: 'setting', label: 'Care setting', hidden: true },
			{ key: 'onset', label: 'How <em>fast</em>', hidden: false },
			{ key: 'benefits', label: 'Benefits', hidden: true },
		] )
	);
	expect( block?.attributes.rows ).toHaveLength( 3 );
	expect( block?.attributes.sortable ).toBe( true );
	const saved = serialize( block ? [ block ] : [] );
	expect( saved ).toContain( '>Words only in a hidden column</td>' );
	expect( saved ).toContain( 'hidden>Taken at home</td>' );
} );
