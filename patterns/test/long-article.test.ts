/**
 * The long article of `npm run bench` (tests/fixtures/long-article/): ten
 * times the example article in structure, every block of ours valid, and
 * its core-block twin the same text. A change of the generator or of a
 * save() fails here until the files are written again on purpose:
 *
 *     npm run fixtures:update
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse, type Block } from '@wordpress/blocks';

import { planNumbering } from '../../blocks/shared/citation/numbering';
import {
	longArticle,
	ROUTE_ROWS,
} from '../../tests/fixtures/long-article/long-article';

const FOLDER = path.resolve( __dirname, '../../tests/fixtures/long-article' );
const OURS = path.join( FOLDER, 'long-article.html' );
const CORE = path.join( FOLDER, 'long-article-core.html' );
const UPDATE = process.env.WILLIAM_UPDATE_FIXTURES === '1';

const flatten = ( blocks: Block[] ): Block[] =>
	blocks.flatMap( ( block ) => [ block, ...flatten( block.innerBlocks ) ] );

/**
 * The words a reader sees in saved markup: block comments and tags left
 * out, entities as one character.
 *
 * @param markup Saved block markup.
 */
const words = ( markup: string ) =>
	markup
		.replace( /<!--[\s\S]*?-->/g, ' ' )
		.replace( /<[^>]+>/g, ' ' )
		.replace( /&[#a-z0-9]+;/gi, 'x' )
		.split( /\s+/ )
		.filter( ( word ) => /[\p{L}\p{N}]/u.test( word ) ).length;

const generated = longArticle();

if ( UPDATE ) {
	it( 'writes the long article and its core-block twin', () => {
		fs.mkdirSync( FOLDER, { recursive: true } );
		fs.writeFileSync( OURS, generated.ours );
		fs.writeFileSync( CORE, generated.core );
	} );
} else {
	const ours = fs.readFileSync( OURS, 'utf8' );
	const core = fs.readFileSync( CORE, 'utf8' );
	const blocks = flatten( parse( ours ) );
	const named = ( name: string ) =>
		blocks.filter( ( block ) => block.name === `william-health/${ name }` );

	it( 'is what the generator makes (run npm run fixtures:update after a deliberate change)', () => {
		expect( ours ).toBe( generated.ours );
		expect( core ).toBe( generated.core );
	} );

	it( 'is ten times the example article in structure', () => {
		expect( named( 'evidence-item' ) ).toHaveLength( 30 );
		expect( named( 'safety-notice' ) ).toHaveLength( 10 );
		const diagrams = named( 'mechanism-diagram' );
		expect( diagrams.map( ( block ) => block.innerBlocks.length ) ).toEqual(
			[ 6, 6, 6, 6, 6 ]
		);
		const tables = named( 'administration-routes' );
		expect(
			tables.map( ( block ) =>
				Array.isArray( block.attributes.rows )
					? block.attributes.rows.length
					: 0
			)
		).toEqual( Array( 5 ).fill( ROUTE_ROWS ) );
		expect( named( 'references' ) ).toHaveLength( 1 );
	} );

	it( 'has about 15,000 words, and its twin the same text', () => {
		const count = words( ours );
		expect( count ).toBeGreaterThanOrEqual( 13_500 );
		expect( count ).toBeLessThanOrEqual( 16_500 );
		// The twin says what readers see: without the hidden column and the
		// notices' landmarks, a little less.
		expect( words( core ) / count ).toBeGreaterThan( 0.9 );
		expect( words( core ) / count ).toBeLessThanOrEqual( 1.05 );
	} );

	it( 'no two parts read alike', () => {
		const headings = blocks
			.filter( ( block ) => block.name === 'core/heading' )
			.map( ( block ) => String( block.attributes.content ) );
		expect( headings ).toContain( 'Conclusion (part 10)' );
		expect( new Set( headings ).size ).toBe( headings.length );
	} );

	it( 'parses into valid blocks, every one of ours among them', () => {
		const ourBlocks = blocks.filter( ( block ) =>
			block.name.startsWith( 'william-health/' )
		);
		expect( ourBlocks.length ).toBeGreaterThan( 80 );
		expect(
			blocks
				.filter( ( block ) => ! block.isValid )
				.map( ( block ) => block.name )
		).toEqual( [] );
	} );

	it( 'is numbered as the editor numbers it, every marker with its own id', () => {
		const plan = planNumbering( parse( ours ) );
		expect( plan.markers ).toEqual( [] );
		expect( plan.references ).toBeUndefined();
		expect( plan.missing ).toEqual( [] );
		expect( plan.unused ).toEqual( [] );
		const ids = ours.match( /id="cite-[a-z0-9-]+"/g ) ?? [];
		expect( ids.length ).toBeGreaterThanOrEqual( 70 );
		expect( new Set( ids ).size ).toBe( ids.length );
	} );
}
