/**
 * The plugin's pattern files (plugin/patterns/*.php) are generated from the
 * definitions in patterns/*.ts with our blocks' save(). A change of a
 * definition or of a save() fails here until the files are written again:
 *
 *     npm run patterns:update
 *
 * Every pattern, as an English site registers it, parses into valid blocks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { parse, type Block } from '@wordpress/blocks';

import { planNumbering } from '../../blocks/shared/citation/numbering';
import { entriesOf } from '../../blocks/shared/citation/references';
import { englishContent, patternFile, patternName } from '../generate';
import { PATTERNS } from '../index';
import { php, t } from '../marks';
import type { PatternDefinition } from '../types';

const OUTPUT = path.resolve( __dirname, '../../plugin/patterns' );
const HARNESS = path.join( __dirname, 'print-pattern.php' );
const UPDATE = process.env.WILLIAM_UPDATE_PATTERNS === '1';
const GENERATED = '<?php // Generated from patterns/';

// `npm test` and CI install PHP; without it the PHP side is not run.
const hasPhp = spawnSync( 'php', [ '--version' ] ).status === 0;

const files = PATTERNS.map( ( definition ) => ( {
	definition,
	file: `${ patternName( definition ) }.php`,
} ) );
const read = ( file: string ) =>
	fs.readFileSync( path.join( OUTPUT, file ), 'utf8' );

/**
 * Every block, nested ones included.
 *
 * @param blocks Parsed blocks.
 */
const flatten = ( blocks: Block[] ): Block[] =>
	blocks.flatMap( ( block ) => [ block, ...flatten( block.innerBlocks ) ] );

/**
 * Whitespace between blocks does not matter to the editor or the page.
 *
 * @param markup Block markup.
 */
const betweenBlocks = ( markup: string ) =>
	markup.replace( /-->\s+<!--/g, '-->\n\n<!--' ).trim();

const hidden = ( slug: string ): PatternDefinition[ 'header' ] => ( {
	title: 'Test',
	slug: `william-health-blocks/${ slug }`,
	inserter: false,
	description: 'A test pattern.',
} );

if ( UPDATE ) {
	it( 'writes every pattern file, and removes generated files of patterns that are gone', () => {
		for ( const { definition, file } of files ) {
			fs.writeFileSync(
				path.join( OUTPUT, file ),
				patternFile( definition )
			);
		}
		for ( const file of fs.readdirSync( OUTPUT ) ) {
			const known = files.some( ( item ) => item.file === file );
			if ( ! known && read( file ).startsWith( GENERATED ) ) {
				fs.rmSync( path.join( OUTPUT, file ) );
			}
		}
	} );
} else {
	it( 'plugin/patterns holds the generated files and nothing else', () => {
		expect(
			fs
				.readdirSync( OUTPUT )
				.filter( ( file ) => file.endsWith( '.php' ) )
				.sort()
		).toEqual( files.map( ( { file } ) => file ).sort() );
	} );

	it( 'each definition is the module its file names', () => {
		for ( const { definition } of files ) {
			const module = path.resolve(
				__dirname,
				`../${ patternName( definition ) }.ts`
			);
			expect( fs.existsSync( module ) ).toBe( true );
		}
	} );

	describe.each( files )( '$file', ( { definition, file } ) => {
		it( 'is what its definition generates (run npm run patterns:update after a change)', () => {
			expect( read( file ) ).toBe( patternFile( definition ) );
		} );

		it( 'in English, parses into blocks that are all valid', () => {
			const blocks = flatten( parse( englishContent( definition ) ) );
			expect( blocks.length ).toBeGreaterThan( 0 );
			// Text outside a block would become a Classic block.
			expect(
				blocks.filter( ( block ) => block.name === 'core/freeform' )
			).toEqual( [] );
			expect(
				blocks
					.filter( ( block ) => ! block.isValid )
					.map( ( block ) => block.name )
			).toEqual( [] );
		} );

		( hasPhp ? it : it.skip )(
			'printed by PHP on an English site, is that content',
			() => {
				const result = spawnSync(
					'php',
					[ HARNESS, path.join( OUTPUT, file ) ],
					{
						encoding: 'utf8',
					}
				);
				expect( result.stderr ).toBe( '' );
				expect( betweenBlocks( result.stdout ) ).toBe(
					betweenBlocks( englishContent( definition ) )
				);
			}
		);
	} );
}

describe( 'the generator', () => {
	it( 'prints each marked string escaped for where it stands', () => {
		const file = patternFile( {
			header: hidden( 'escaping' ),
			content: () => [
				[
					'william-health/administration-routes',
					{
						caption: t( 'Doctors’ "advice"' ),
						columns: [
							{
								key: 'route',
								label: t( 'Route' ),
								hidden: false,
							},
						],
						rows: [ { cells: [ { content: t( "It's oral" ) } ] } ],
						asOf: '2026-11-27',
						asOfText: php( "'As of ' . 'today'", 'As of today' ),
					},
				],
			],
		} );
		expect( file ).toContain(
			`<span class="wp-block-william-health-administration-routes__caption-text"><?php echo esc_html__( 'Doctors’ "advice"', 'william-health-blocks' ); ?></span>`
		);
		expect( file ).toContain(
			`<th scope="row" data-label="<?php echo esc_attr__( 'Route', 'william-health-blocks' ); ?>"><?php echo esc_html__( 'It\\'s oral', 'william-health-blocks' ); ?></th>`
		);
		expect( file ).toContain(
			`<time class="wp-block-william-health-administration-routes__as-of" datetime="2026-11-27"><?php echo esc_html( 'As of ' . 'today' ); ?></time>`
		);
		expect( file.split( '\n' )[ 0 ] ).toBe(
			'<?php // Generated from patterns/escaping.ts by `npm run patterns:update`: edit that file, not this one.'
		);
	} );

	it( 'prints a marked string in a block comment as block attributes are encoded', () => {
		const words = 'Back "to" <the> text -- & \\ a';
		const definition: PatternDefinition = {
			header: hidden( 'in-a-comment' ),
			content: () => [
				[
					'william-health/references',
					{
						backText: t( words ),
						references: [
							{
								id: 'rone1',
								title: 'A study',
								backlinks: [ { href: '#cite-one01' } ],
							},
						],
					},
				],
			],
		};
		const file = patternFile( definition );
		expect( file ).toContain(
			`<!-- wp:william-health/references {"backText":"<?php echo substr( serialize_block_attributes( __( 'Back "to" <the> text -- & \\\\ a', 'william-health-blocks' ) ), 1, -1 ); ?>"} -->`
		);
		// The same words in the comment and in the backlink: a valid block.
		const [ block ] = parse( englishContent( definition ) );
		expect( block?.isValid ).toBe( true );
		expect( block?.attributes.backText ).toBe( words );
		if ( hasPhp ) {
			// Test output, ignored by git.
			const folder = path.resolve(
				__dirname,
				'../../artifacts/patterns'
			);
			fs.mkdirSync( folder, { recursive: true } );
			const temporary = path.join( folder, 'in-a-comment.php' );
			fs.writeFileSync( temporary, file );
			const result = spawnSync( 'php', [ HARNESS, temporary ], {
				encoding: 'utf8',
			} );
			expect( result.stderr ).toBe( '' );
			expect( betweenBlocks( result.stdout ) ).toBe(
				betweenBlocks( englishContent( definition ) )
			);
		}
	} );

	it( 'fails loudly when save() leaves a marked string out', () => {
		expect( () =>
			englishContent( {
				header: hidden( 'left-out' ),
				// No day, so the evidence list saves no "as of" line.
				content: () => [
					[
						'william-health/evidence-list',
						{ asOf: '', asOfText: t( 'Evidence as of today' ) },
					],
				],
			} )
		).toThrow( /"Evidence as of today" .* is nowhere in the saved markup/ );
	} );

	it( 'requires a part once, where the article places it', () => {
		const article = PATTERNS.find(
			( { header } ) =>
				header.slug === 'william-health-blocks/ketamine-article'
		);
		const file = article ? patternFile( article ) : '';
		expect(
			file.match( /<\?php require __DIR__ \. '\/[a-z-]+\.php'; \?>/g )
		).toEqual( [
			"<?php require __DIR__ . '/mechanism-ketamine.php'; ?>",
			"<?php require __DIR__ . '/evidence-ketamine.php'; ?>",
			"<?php require __DIR__ . '/side-effects-notice.php'; ?>",
			"<?php require __DIR__ . '/routes-ketamine.php'; ?>",
		] );
	} );
} );

describe( 'citations in patterns', () => {
	it( 'the example article is numbered as the editor numbers it: nothing to change, nothing unused or missing', () => {
		const article = PATTERNS.find(
			( { header } ) =>
				header.slug === 'william-health-blocks/ketamine-article'
		);
		const blocks = parse( article ? englishContent( article ) : '' );
		const plan = planNumbering( blocks );
		expect( plan.markers ).toEqual( [] );
		expect( plan.references ).toBeUndefined();
		expect( plan.unused ).toEqual( [] );
		expect( plan.missing ).toEqual( [] );
		// Zarate 2006 first and four times (the "JAMA Psychiatry" claim and the
		// conclusion's "rapid relief" among them), then Wilkinson, Glue and
		// Taylor, in the order of first citation.
		expect(
			Array.from(
				plan.numbers,
				( [ ref, number ] ) => `${ number }:${ ref }`
			)
		).toEqual( [ '1:rzara', '2:rwilk', '3:rglue', '4:rtayl' ] );
		const list = flatten( blocks ).find(
			( block ) => block.name === 'william-health/references'
		);
		expect( entriesOf( list )[ 0 ]?.backlinks ).toEqual( [
			{ href: '#cite-zint1' },
			{ href: '#cite-zons1' },
			{ href: '#cite-zevi1' },
			{ href: '#cite-zcon1' },
		] );
	} );
} );
