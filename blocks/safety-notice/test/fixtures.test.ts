/**
 * Every saved markup this block ever produced must still parse as a valid
 * block with its content. Add the old markup here when save() changes.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse, registerBlockType, serialize } from '@wordpress/blocks';

import metadata from '../block.json';
import deprecated from '../deprecated';
import save from '../save';
import { registerCoreTestBlocks } from '../../shared/test-utils';
import { atLeast } from '../../shared/at-least';

const FIXTURES = path.join( __dirname, 'fixtures' );

beforeAll( () => {
	registerCoreTestBlocks();
	registerBlockType( JSON.parse( JSON.stringify( metadata ) ) as never, {
		edit: () => null,
		save,
		deprecated,
	} );
} );

const files = fs
	.readdirSync( FIXTURES )
	.filter( ( file ) => file.endsWith( '.html' ) );

it( 'has fixtures', () => {
	expect( files.length ).toBeGreaterThan( 0 );
} );

it.each( files )(
	'%s parses as a valid notice and keeps its words',
	( file ) => {
		const markup = fs.readFileSync( path.join( FIXTURES, file ), 'utf8' );
		const expected = JSON.parse(
			fs.readFileSync(
				path.join( FIXTURES, file.replace( /\.html$/, '.json' ) ),
				'utf8'
			)
		);
		const [ block ] = atLeast( parse( markup ), 1 );
		expect( block.name ).toBe( 'william-health/safety-notice' );
		expect( block.isValid ).toBe( true );
		for ( const [ key, value ] of Object.entries(
			expected.attributes as Record< string, unknown >
		) ) {
			expect( String( block.attributes[ key ] ) ).toBe( String( value ) );
		}
		expect(
			block.innerBlocks.map( ( inner ) =>
				String( inner.attributes.content )
			)
		).toEqual( expected.innerContent );
		// A fixture that only a deprecation reads says so; the editor
		// then reports the update.
		if ( expected.migrates ) {
			expect( console ).toHaveInformed();
		}
	}
);

it( 'migrates a version 1 phone link to the number callers from abroad dial', () => {
	const markup = fs.readFileSync(
		path.join( FIXTURES, 'v1-trunk-zero-phone.html' ),
		'utf8'
	);
	const [ block ] = atLeast( parse( markup ), 1 );
	expect( console ).toHaveInformed();
	const resaved = serialize( [ block ] );
	expect( resaved ).toContain( 'href="tel:+442079460958"' );
	// What it saves now parses as today's markup, with no deprecation.
	expect( resaved ).not.toBe( markup );
	const [ again ] = atLeast( parse( resaved ), 1 );
	expect( again.isValid ).toBe( true );
	expect( serialize( [ again ] ) ).toBe( resaved );
} );
