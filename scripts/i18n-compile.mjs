/**
 * Writes what WordPress loads from the extracted strings and the
 * translators' .po files: the .pot, each .po brought up to date with it
 * (translations kept), the .mo for PHP, and for the editor scripts the JSON
 * files `wp_set_script_translations()` reads,
 * `<domain>-<locale>-<md5 of the script's path in the plugin>.json`, each
 * holding only the strings of the sources bundled into that script.
 *
 * gettext-parser reads and writes .po and .mo (no msgfmt or WP-CLI needed).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { mo, po } from 'gettext-parser';

import {
	BLOCK_I18N_SCHEMA,
	entryKey,
	stringsBySchema,
} from './i18n-extract.mjs';
import { ROOT } from './lib/site.mjs';

/** @typedef {import('gettext-parser').PoEntry} PoEntry */
/** @typedef {import('gettext-parser').PoTable} PoTable */
/** @typedef {import('./i18n-extract.mjs').Catalog} Catalog */

/**
 * The entries of a table, header left out, in order.
 *
 * @param {PoTable} table Table.
 * @return {PoEntry[]} Entries.
 */
export function poEntries( table ) {
	return Object.values( table.translations ).flatMap( ( context ) =>
		Object.values( context ).filter( ( entry ) => entry.msgid !== '' )
	);
}

/**
 * Whether an entry is translated and not marked fuzzy.
 *
 * @param {PoEntry} entry Entry.
 * @return {boolean} True when WordPress will use it.
 */
export const isTranslated = ( entry ) =>
	entry.msgstr.length > 0 &&
	entry.msgstr.every( ( text ) => text !== '' ) &&
	! /\bfuzzy\b/.test( entry.comments?.flag ?? '' );

/**
 * A table from a catalog, every translation empty.
 *
 * @param {Catalog}                catalog Strings.
 * @param {Record<string, string>} headers Headers.
 * @return {PoTable} Table.
 */
export function catalogTable( catalog, headers ) {
	/** @type {PoTable} */
	const table = {
		charset: 'utf-8',
		headers,
		translations: { '': { '': { msgid: '', msgstr: [ '' ] } } },
	};
	for ( const entry of catalog.values() ) {
		const context = entry.msgctxt ?? '';
		table.translations[ context ] ??= {};
		table.translations[ context ][ entry.msgid ] = {
			...( entry.msgctxt !== undefined && { msgctxt: entry.msgctxt } ),
			msgid: entry.msgid,
			...( entry.msgidPlural !== undefined && {
				msgid_plural: entry.msgidPlural,
			} ),
			msgstr: entry.msgidPlural !== undefined ? [ '', '' ] : [ '' ],
			comments: {
				reference: entry.references.join( ' ' ),
				...( entry.comments.length && {
					extracted: entry.comments
						.map( ( comment ) => `translators: ${ comment }` )
						.join( '\n' )
						// Header comments are not translator comments.
						.replace(
							/^translators: ((?:Plugin|Theme) Name|Plugin URI|Theme URI|Description|Author|Author URI) of the (plugin|theme)$/gm,
							'$1 of the $2'
						),
				} ),
			},
		};
	}
	return table;
}

/**
 * The .pot text of a domain.
 *
 * @param {Catalog} catalog Strings.
 * @param {string}  project Project name and version.
 * @param {string}  domain  Text domain.
 * @return {string} File text.
 */
export function potText( catalog, project, domain ) {
	const table = catalogTable( catalog, {
		'Project-Id-Version': project,
		'MIME-Version': '1.0',
		'Content-Type': 'text/plain; charset=UTF-8',
		'Content-Transfer-Encoding': '8bit',
		'Plural-Forms': 'nplurals=2; plural=(n != 1);',
		'X-Generator': 'scripts/i18n.mjs (npm run i18n)',
		'X-Domain': domain,
	} );
	return `${ po.compile( table, { foldLength: 0 } ).toString( 'utf8' ) }\n`;
}

/**
 * Reads a .po file.
 *
 * @param {string} file Absolute path.
 * @return {PoTable} Table.
 */
export function readPo( file ) {
	return po.parse( fs.readFileSync( file ) );
}

/**
 * A .po brought up to date with the catalog: every string of the catalog,
 * in its order, with its references and comments, keeping the
 * translations the .po has; strings no longer in the sources are dropped.
 *
 * @param {Catalog} catalog Strings.
 * @param {PoTable} table   The translator's file.
 * @return {{text: string, table: PoTable, dropped: string[]}} The new file and its table, and the strings dropped.
 */
export function mergePo( catalog, table ) {
	const merged = catalogTable( catalog, table.headers );
	const kept = new Set();
	for ( const context of Object.values( merged.translations ) ) {
		for ( const entry of Object.values( context ) ) {
			if ( entry.msgid === '' ) {
				continue;
			}
			const old =
				table.translations[ entry.msgctxt ?? '' ]?.[ entry.msgid ];
			if ( ! old ) {
				continue;
			}
			kept.add( entryKey( entry ) );
			if ( ( old.msgid_plural ?? '' ) === ( entry.msgid_plural ?? '' ) ) {
				entry.msgstr = old.msgstr;
			}
			entry.comments = {
				...entry.comments,
				...( old.comments?.translator && {
					translator: old.comments.translator,
				} ),
				...( old.comments?.flag && { flag: old.comments.flag } ),
			};
		}
	}
	const dropped = poEntries( table )
		.filter( ( entry ) => ! kept.has( entryKey( entry ) ) )
		.map( ( entry ) => entry.msgid );
	return {
		text: `${ po.compile( merged, { foldLength: 0 } ).toString( 'utf8' ) }\n`,
		table: merged,
		dropped,
	};
}

/**
 * The .mo of a table: translated strings only.
 *
 * @param {PoTable} table Table.
 * @return {Buffer} File content.
 */
export function moBuffer( table ) {
	/** @type {PoTable} */
	const translated = { ...table, translations: {} };
	for ( const [ context, entries ] of Object.entries( table.translations ) ) {
		for ( const [ msgid, entry ] of Object.entries( entries ) ) {
			if ( msgid === '' || isTranslated( entry ) ) {
				translated.translations[ context ] ??= {};
				translated.translations[ context ][ msgid ] = entry;
			}
		}
	}
	return mo.compile( translated );
}

/**
 * An editor script and the sources bundled into it.
 *
 * @typedef {Object} ScriptBundle
 * @property {string}   script  Path of the built file inside the plugin, such as "build/safety-notice/index.js".
 * @property {string}   entry   Its entry source, relative to the root.
 * @property {string[]} sources Every source file bundled into it (entry included), relative to the root.
 */

/**
 * Resolves a relative import the way webpack resolves ours.
 *
 * @param {string} from      Importing file, relative to the root.
 * @param {string} specifier The import.
 * @return {string|undefined} The file, relative to the root.
 */
function resolveImport( from, specifier ) {
	const base = path.posix.join( path.posix.dirname( from ), specifier );
	return [
		base,
		`${ base }.ts`,
		`${ base }.tsx`,
		`${ base }/index.ts`,
		`${ base }/index.tsx`,
	].find(
		( candidate ) =>
			fs.existsSync( path.join( ROOT, candidate ) ) &&
			fs.statSync( path.join( ROOT, candidate ) ).isFile()
	);
}

/**
 * The files an entry bundles, following relative imports.
 *
 * @param {string}                entry   Entry source.
 * @param {Map<string, string[]>} imports Each source's relative imports.
 * @return {string[]} Sources, entry first.
 */
export function bundledSources( entry, imports ) {
	const seen = new Set( [ entry ] );
	const queue = [ entry ];
	for ( let file = queue.shift(); file; file = queue.shift() ) {
		for ( const specifier of imports.get( file ) ?? [] ) {
			const target = resolveImport( file, specifier );
			if ( target && ! seen.has( target ) ) {
				seen.add( target );
				queue.push( target );
			}
		}
	}
	return [ ...seen ];
}

/** Editor scripts that no block.json names (see webpack.config.js). */
export const EXTRA_SCRIPTS = [
	{ entry: 'editor/index.tsx', script: 'build/editor/index.js' },
];

/** block.json fields naming a script with strings the browser shows. */
const SCRIPT_FIELDS = [
	'editorScript',
	'script',
	'viewScript',
	'viewScriptModule',
];

/**
 * Every editor and view script the build writes from a block.json or
 * webpack.config.js, with the sources bundled into it.
 *
 * @param {Map<string, string[]>} imports Each source's relative imports.
 * @return {ScriptBundle[]} Scripts.
 */
export function scriptBundles( imports ) {
	/** @type {Array<{entry: string, script: string}>} */
	const entries = [];
	for ( const dir of fs
		.readdirSync( path.join( ROOT, 'blocks' ), { withFileTypes: true } )
		.filter( ( item ) => item.isDirectory() )
		.map( ( item ) => item.name )
		.sort() ) {
		const file = path.join( ROOT, 'blocks', dir, 'block.json' );
		if ( ! fs.existsSync( file ) ) {
			continue;
		}
		const metadata = JSON.parse( fs.readFileSync( file, 'utf8' ) );
		for ( const field of SCRIPT_FIELDS ) {
			for ( const value of [ metadata[ field ] ].flat() ) {
				const match =
					typeof value === 'string'
						? /^file:\.\/(.+)\.js$/.exec( value )
						: null;
				const entry = match?.[ 1 ]
					? resolveImport(
							`blocks/${ dir }/block.json`,
							`./${ match[ 1 ] }`
						)
					: undefined;
				if ( match?.[ 1 ] && entry ) {
					entries.push( {
						entry,
						script: `build/${ dir }/${ match[ 1 ] }.js`,
					} );
				}
			}
		}
	}
	return [ ...entries, ...EXTRA_SCRIPTS ].map( ( { entry, script } ) => ( {
		entry,
		script,
		sources: bundledSources( entry, imports ),
	} ) );
}

/**
 * Plural-Forms of a table, for the JSON's header.
 *
 * @param {PoTable} table Table.
 * @return {string} The header value.
 */
const pluralForms = ( table ) =>
	table.headers[ 'Plural-Forms' ] ?? 'nplurals=2; plural=(n != 1);';

/**
 * The JSON translation file of one script (Jed 1.x, as WP-CLI's make-json
 * writes it), or null when none of its strings is translated.
 *
 * @param {PoTable}      table  The locale's table.
 * @param {ScriptBundle} bundle The script.
 * @param {string}       locale Locale, such as es_ES.
 * @return {string|null} File text.
 */
export function scriptJson( table, bundle, locale ) {
	const sources = new Set( bundle.sources );
	// Block titles, descriptions and keywords: the block.json it imports.
	const blockStrings = new Set(
		bundle.sources
			.filter( ( file ) => file.endsWith( '/block.json' ) )
			.flatMap( ( file ) =>
				stringsBySchema(
					BLOCK_I18N_SCHEMA,
					JSON.parse(
						fs.readFileSync( path.join( ROOT, file ), 'utf8' )
					)
				)
			)
			.map( entryKey )
	);
	/** @type {Record<string, unknown>} */
	const messages = {
		'': {
			domain: 'messages',
			lang: table.headers.Language ?? locale,
			'plural-forms': pluralForms( table ),
		},
	};
	let count = 0;
	for ( const entry of poEntries( table ) ) {
		const references = ( entry.comments?.reference ?? '' ).split( /\s+/ );
		const used =
			references.some( ( reference ) => sources.has( reference ) ) ||
			blockStrings.has( entryKey( entry ) );
		if ( ! used || ! isTranslated( entry ) ) {
			continue;
		}
		const key = entry.msgctxt
			? `${ entry.msgctxt }\u0004${ entry.msgid }`
			: entry.msgid;
		messages[ key ] = entry.msgstr;
		count++;
	}
	if ( ! count ) {
		return null;
	}
	return `${ JSON.stringify( {
		'translation-revision-date': table.headers[ 'PO-Revision-Date' ] ?? '',
		generator: 'scripts/i18n.mjs (npm run i18n)',
		source: bundle.script,
		domain: 'messages',
		locale_data: { messages },
	} ) }\n`;
}

/**
 * The file name WordPress looks for: `<domain>-<locale>-<md5>.json`, the md5
 * of the script's path inside the plugin.
 *
 * @param {string} domain Text domain.
 * @param {string} locale Locale.
 * @param {string} script Path inside the plugin, such as build/editor/index.js.
 * @return {string} File name.
 */
export const scriptJsonName = ( domain, locale, script ) =>
	`${ domain }-${ locale }-${ crypto
		.createHash( 'md5' )
		.update( script )
		.digest( 'hex' ) }.json`;
