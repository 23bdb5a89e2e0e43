/**
 * Languages: the translation files are what `npm run i18n` makes of the
 * sources, every string has its Spanish translation, each editor script's
 * JSON file is named and filled as WordPress expects, and no user-visible
 * string escapes the i18n functions.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, test } from 'node:test';

import { readPo, scriptBundles } from '../i18n-compile.mjs';
import { DOMAINS, extractDomain, fileHeader } from '../i18n-extract.mjs';
import { fileFindings, findUntranslatable } from '../i18n-lint.mjs';
import { buildTranslations, outdatedFiles } from '../i18n.mjs';
import { ROOT } from '../lib/site.mjs';
import { PACKAGES, packageFiles } from '../package.mjs';

const built = buildTranslations();

describe( 'translation files', () => {
	test( 'are what npm run i18n makes of the sources and .po files', () => {
		assert.deepEqual(
			outdatedFiles( built.outputs, built.stale ),
			[],
			'Run `npm run i18n` and commit what it writes.'
		);
	} );

	test( 'hold a complete Spanish translation of the plugin and the theme', () => {
		for ( const domain of [ 'william-health-blocks', 'william-inc' ] ) {
			const report = built.reports.find(
				( item ) => item.domain === domain && item.locale === 'es_ES'
			);
			assert.ok( report, `${ domain }-es_ES.po exists` );
			assert.ok( report.total > 50, `${ domain } has its strings` );
			assert.deepEqual(
				report.untranslated,
				[],
				`${ domain }: translate these in the es_ES .po file, then run npm run i18n`
			);
		}
	} );

	test( 'keep every placeholder of the source in the Spanish text', () => {
		/** @param {string} text A source or translated text. */
		const placeholders = ( text ) =>
			( text.match( /%(?:\d+\$)?[sdf]/g ) ?? [] ).sort().join( ' ' );
		for ( const file of [
			'plugin/languages/william-health-blocks-es_ES.po',
			'theme/languages/es_ES.po',
		] ) {
			const table = readPo( path.join( ROOT, file ) );
			for ( const context of Object.values( table.translations ) ) {
				for ( const entry of Object.values( context ) ) {
					if ( ! entry.msgid ) {
						continue;
					}
					for ( const [ form, text ] of entry.msgstr.entries() ) {
						const source =
							form === 0 ? entry.msgid : entry.msgid_plural;
						// A singular form may say "one" instead of "%d".
						if ( form === 0 && entry.msgid_plural ) {
							continue;
						}
						assert.equal(
							placeholders( text ),
							placeholders( source ?? '' ),
							`${ file }: "${ entry.msgid }"`
						);
					}
				}
			}
		}
	} );

	test( 'name each editor script by the md5 of its path in the plugin, as WordPress looks it up', () => {
		const json = built.outputs.filter( ( output ) =>
			output.file.endsWith( '.json' )
		);
		const scripts = json.map(
			( output ) => JSON.parse( String( output.content ) ).source
		);
		assert.ok( scripts.includes( 'build/editor/index.js' ) );
		assert.ok( scripts.includes( 'build/safety-notice/index.js' ) );
		for ( const output of json ) {
			const { source, locale_data: data } = JSON.parse(
				String( output.content )
			);
			const md5 = crypto
				.createHash( 'md5' )
				.update( source )
				.digest( 'hex' );
			assert.equal(
				path.basename( output.file ),
				`william-health-blocks-es_ES-${ md5 }.json`
			);
			assert.equal( data.messages[ '' ].lang, 'es_ES' );
		}
		const notice = JSON.parse(
			String(
				json.find( ( output ) =>
					String( output.content ).includes(
						'"source":"build/safety-notice/index.js"'
					)
				)?.content
			)
		).locale_data.messages;
		// The block's own strings, its shared helpers', its block.json's.
		assert.deepEqual( notice[ 'Ask a doctor' ], [
			'Consulte a un médico',
		] );
		assert.ok(
			notice[
				'A phone number may hold only digits, spaces, dashes, dots, brackets and a leading +.'
			]
		);
		assert.deepEqual( notice[ 'block title\u0004Safety notice' ], [
			'Aviso de seguridad',
		] );
		// Not another block's.
		assert.equal( notice[ 'Add row after' ], undefined );
	} );

	test( 'cover every script the build writes (webpack.config.js entries)', () => {
		process.env.WP_SOURCE_PATH = 'blocks';
		process.env.WP_EXPERIMENTAL_MODULES = 'true';
		/** @type {Array<{entry: () => Record<string, string>}>} */
		const configs = createRequire( import.meta.url )(
			path.join( ROOT, 'webpack.config.js' )
		);
		const entries = configs
			.flatMap( ( config ) => Object.entries( config.entry() ) )
			.map(
				( [ name, source ] ) =>
					`build/${ name }.js <- ${ path.relative( ROOT, source ) }`
			)
			.sort();
		const { imports } = extractDomain( DOMAINS.plugin );
		assert.deepEqual(
			scriptBundles( imports )
				.map( ( bundle ) => `${ bundle.script } <- ${ bundle.entry }` )
				.sort(),
			entries
		);
	} );
} );

describe( 'extraction', () => {
	const plugin = extractDomain( DOMAINS.plugin ).catalog;
	const theme = extractDomain( DOMAINS.theme ).catalog;
	/**
	 * @param {import('../i18n-extract.mjs').Catalog} catalog   Strings.
	 * @param {string}                                msgid     Source text.
	 * @param {string}                                [msgctxt] Context.
	 */
	const has = ( catalog, msgid, msgctxt ) =>
		catalog.get( `${ msgctxt ?? '' }\u0004${ msgid }` );

	test( 'reads headers, pattern titles, block.json and theme.json with the contexts core translates them with', () => {
		assert.ok( has( plugin, 'William Health Blocks' ) );
		assert.ok( has( plugin, 'Safety notice', 'block title' ) );
		assert.ok( has( plugin, 'care card', 'block keyword' ) );
		assert.ok( has( plugin, 'Evidence-based article', 'Pattern title' ) );
		assert.ok(
			has(
				theme,
				'A calm, readable block theme for evidence-based health articles.'
			)
		);
		assert.ok( has( theme, 'Header', 'Template part name' ) );
		assert.ok( has( theme, 'Dark', 'Style variation name' ) );
		assert.equal(
			fileHeader( '<?php\n/**\n * Title: A pattern\n */', 'Title' ),
			'A pattern'
		);
	} );

	test( 'keeps translator comments, plurals and contexts from PHP and TypeScript', () => {
		const participants = has( plugin, '%s participant' );
		assert.equal( participants?.msgidPlural, '%s participants' );
		assert.match( participants?.comments[ 0 ] ?? '', /number of people/ );
		assert.ok(
			has( plugin, 'leads to', 'relation between mechanism steps' )
		);
		assert.match(
			has( plugin, 'Next review due %s' )?.comments[ 0 ] ?? '',
			/next medical review/
		);
	} );
} );

describe( 'untranslatable words', () => {
	test( 'none in the plugin, the blocks, the editor code or the theme', () => {
		assert.deepEqual( findUntranslatable(), [] );
	} );

	/**
	 * @param {string} file   Where the code would be.
	 * @param {string} code   The code.
	 * @param {string} domain Its text domain.
	 */
	const found = ( file, code, domain = 'william-health-blocks' ) =>
		fileFindings( file, code, domain ).map( ( item ) => item.text );

	test( 'are found in TSX: JSX text, readable props and objects, sprintf and notices', () => {
		const code = `
			import { __, sprintf } from '@wordpress/i18n';
			export function A( { n } ) {
				const options = [ { value: 'a', label: 'Bare option' } ];
				createErrorNotice( 'Bare notice', { id: 'x' } );
				return (
					<div className="wp-block-x" aria-label="Bare aria">
						Bare text
						{ 'Bare literal' }
						<input placeholder={ 'Bare placeholder' } />
						<Control help="Bare help" label={ __( 'Fine', 'william-health-blocks' ) } />
						{ sprintf( 'Bare %d format', n ) }
						{ ' · ' }
					</div>
				);
			}`;
		assert.deepEqual( found( 'blocks/x/edit.tsx', code ).sort(), [
			'Bare %d format',
			'Bare aria',
			'Bare help',
			'Bare literal',
			'Bare notice',
			'Bare option',
			'Bare placeholder',
			'Bare text',
		] );
	} );

	test( 'leave out identifier schemes that citation styles print in every language', () => {
		const code = `
			export const links = [
				{ field: 'doi', label: 'doi:' },
				{ field: 'pmid', label: 'PMID:' },
				{ field: 'pmcid', label: 'PMCID' },
				{ field: 'note', label: 'Source:' },
				{ field: 'isbn', label: 'ISBN: see below' },
			];`;
		assert.deepEqual( found( 'blocks/shared/x.ts', code ), [
			'Source:',
			'ISBN: see below',
		] );
	} );

	test( 'are found in gettext calls: no domain, another domain, no translator comment', () => {
		const code = `
			import { __, _x, sprintf } from '@wordpress/i18n';
			const a = __( 'No domain' );
			const b = _x( 'Other domain', 'ctx', 'default' );
			const c = sprintf( __( 'Row %d', 'william-health-blocks' ), 1 );
			/* translators: %d: row number. */
			const d = sprintf( __( 'Fine %d', 'william-health-blocks' ), 1 );`;
		assert.deepEqual( found( 'editor/x.ts', code ), [
			'No domain',
			'Other domain',
			'Row %d',
		] );
	} );

	test( 'are found in PHP output: HTML text, attributes, block attributes, echoed literals, labels', () => {
		const code = `<?php
/**
 * Title: Fine, headers are translated
 */
register_block_pattern_category( 'x', array( 'label' => 'Bare label' ) );
add_settings_field( 'id', 'Bare field title', 'cb', 'writing' );
?>
<!-- wp:search {"label":"Bare search label","buttonText":"<?php echo esc_attr__( 'Fine', 'william-health-blocks' ); ?>"} /-->
<!-- wp:paragraph -->
<p aria-label="Bare attribute">Bare paragraph <?php echo esc_html__( 'Fine', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->
<p class="wp-block-william-health-evidence-item__reference"><span>Quoted as published</span></p>
<?php
echo '<p>Bare echo</p>';
printf( '<time datetime="%1$s">%2$s</time>', 'a', 'b' );
esc_html_e( 'Wrong domain', 'william-inc' );
`;
		assert.deepEqual( found( 'plugin/patterns/x.php', code ).sort(), [
			'Bare attribute',
			'Bare echo',
			'Bare field title',
			'Bare label',
			'Bare paragraph',
			'Bare search label',
			'Wrong domain',
		] );
	} );

	test( 'are found in theme templates and block.json examples', () => {
		assert.deepEqual(
			found(
				'theme/parts/x.html',
				'<!-- wp:paragraph --><p>Bare words</p><!-- /wp:paragraph --><!-- wp:pattern {"slug":"william-inc/hidden-footer"} /-->',
				'william-inc'
			),
			[ 'Bare words' ]
		);
		assert.equal(
			found(
				'blocks/x/block.json',
				JSON.stringify( {
					example: { attributes: { heading: 'Bare example' } },
				} )
			).length,
			1
		);
		assert.deepEqual(
			found(
				'blocks/x/block.json',
				JSON.stringify( {
					example: { attributes: { level: 'warning' } },
				} )
			),
			[]
		);
	} );
} );

describe( 'packages', () => {
	test( 'the plugin and theme zips carry their .pot, .po, .mo and script JSON files, and wpml-config.xml', () => {
		// Tracked files only: a fresh clone has no build folder before the
		// first build, and the languages are tracked.
		const [ plugin, theme ] = PACKAGES.map( ( pkg ) =>
			packageFiles( { ...pkg, generated: [] } )
		);
		for ( const file of [
			'languages/william-health-blocks.pot',
			'languages/william-health-blocks-es_ES.po',
			'languages/william-health-blocks-es_ES.mo',
			// WPML and Polylang read it from the plugin's root folder.
			'wpml-config.xml',
		] ) {
			assert.ok( plugin?.includes( file ), file );
		}
		assert.ok(
			plugin?.some( ( file ) =>
				/^languages\/william-health-blocks-es_ES-[0-9a-f]{32}\.json$/.test(
					file
				)
			)
		);
		for ( const file of [
			'languages/william-inc.pot',
			'languages/es_ES.po',
			'languages/es_ES.mo',
		] ) {
			assert.ok( theme?.includes( file ), file );
		}
	} );
} );
