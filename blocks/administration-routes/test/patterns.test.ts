/**
 * The plugin's route-table patterns print what save() writes: their markup
 * (generated from patterns/routes-*.ts, printed by PHP) loads as a valid,
 * current block, with no migration, and keeps its words and codes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { parse, serialize } from '@wordpress/blocks';

import { codeState } from '../codes';
import { cellWords, headings, NAME, registerRouteTable } from '../test-utils';
import type { AdministrationRoutesAttributes } from '../types';

const PATTERNS = path.join( __dirname, '../../../plugin/patterns' );
const HARNESS = path.join(
	__dirname,
	'../../../patterns/test/print-pattern.php'
);

// `npm test` and CI install PHP; without it there is nothing to run.
const hasPhp = spawnSync( 'php', [ '--version' ] ).status === 0;

function printPattern( file: string ): string {
	const result = spawnSync( 'php', [ HARNESS, path.join( PATTERNS, file ) ], {
		encoding: 'utf8',
	} );
	if ( result.status !== 0 ) {
		throw new Error( result.stderr || result.stdout );
	}
	return result.stdout;
}

beforeAll( registerRouteTable );

( hasPhp ? describe : describe.skip )( 'route-table patterns', () => {
	it.each( [ 'routes-ketamine.php', 'routes-skeleton.php' ] )(
		'%s is one valid route table in today’s format, as save() writes it',
		( file ) => {
			const markup = printPattern( file );
			const [ block, ...rest ] = parse( markup );
			expect( rest ).toEqual( [] );
			expect( block?.name ).toBe( NAME );
			// Valid without a deprecation: no "Block successfully updated".
			expect( block?.isValid ).toBe( true );
			expect( block?.attributes.notStated ).toBe( 'Not stated' );
			const again = parse( serialize( block ? [ block ] : [] ) )[ 0 ];
			expect( again?.attributes.rows ).toEqual( block?.attributes.rows );
		}
	);

	it( 'the ketamine table keeps its facts, codes and content width', () => {
		const [ block ] = parse( printPattern( 'routes-ketamine.php' ) );
		const attributes = block?.attributes ?? {};
		expect( attributes.align ).toBeUndefined();
		expect( String( attributes.caption ) ).toBe( 'How ketamine is given' );
		expect( attributes.asOf ).toBe( '2026-11-27' );
		expect( attributes.asOfText ).toBe( 'Facts as of November 27, 2026' );
		expect( headings( attributes ) ).toHaveLength( 8 );
		expect( cellWords( attributes ) ).toEqual(
			expect.arrayContaining( [
				'Intravenous Infusion',
				'Roughly 45–50%',
				'Approved (FDA): 2019 for treatment-resistant depression; 2020 for depressive symptoms with acute suicidal ideation or behaviour',
				'Less commonly used due to variable absorption rates.',
			] )
		);
		expect(
			( Array.isArray( attributes.rows ) ? attributes.rows : [] ).map(
				( row: { routeCode?: string; statusCode?: string } ) => [
					row.routeCode,
					row.statusCode,
				]
			)
		).toEqual( [
			[ 'intravenous', 'off-label' ],
			[ 'intranasal', 'approved' ],
			[ 'oral', 'off-label' ],
		] );
	} );

	it( 'the ketamine table’s codes are what its words say', () => {
		const [ block ] = parse( printPattern( 'routes-ketamine.php' ) );
		const table: Partial< AdministrationRoutesAttributes > =
			block?.attributes ?? {};
		const { columns = [], rows = [] } = table;
		for ( const item of rows ) {
			for ( const field of [ 'route', 'status' ] as const ) {
				expect( codeState( item, columns, field ).source ).toBe(
					'cell'
				);
			}
		}
	} );

	it( 'the skeleton is guidance on no topic, with no codes to correct', () => {
		const markup = printPattern( 'routes-skeleton.php' );
		expect( markup.toLowerCase() ).not.toContain( 'ketamine' );
		const [ block ] = parse( markup );
		const rows = Array.isArray( block?.attributes.rows )
			? block.attributes.rows
			: [];
		expect( rows.length ).toBeGreaterThan( 0 );
		expect(
			rows.every(
				( row: { routeCode?: string; statusCode?: string } ) =>
					! row.routeCode && ! row.statusCode
			)
		).toBe( true );
	} );
} );
