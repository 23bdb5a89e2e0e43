#!/usr/bin/env node
/**
 * `npm run i18n`: the plugin's and the theme's translation files, from
 * their sources and the translators' .po files (no network, no WP-CLI):
 *
 *   plugin/languages/william-health-blocks.pot
 *   plugin/languages/william-health-blocks-<locale>.po   (brought up to date)
 *   plugin/languages/william-health-blocks-<locale>.mo
 *   plugin/languages/william-health-blocks-<locale>-<md5>.json  (per editor script)
 *   theme/languages/william-inc.pot, <locale>.po and <locale>.mo
 *     (load_theme_textdomain() looks up the bare locale in a theme's folder)
 *
 * Translate by editing a .po (Poedit or any editor), then run it again.
 * `npm run i18n -- --check` writes nothing and fails when a file is not what
 * the sources and .po files make (the unit tests run that check).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	isTranslated,
	mergePo,
	moBuffer,
	poEntries,
	potText,
	readPo,
	scriptBundles,
	scriptJson,
	scriptJsonName,
} from './i18n-compile.mjs';
import { DOMAINS, extractDomain, fileHeader } from './i18n-extract.mjs';
import { errorMessage } from './lib/errors.mjs';
import { ROOT, log } from './lib/site.mjs';

/**
 * A file as the sources make it.
 *
 * @typedef {Object} Output
 * @property {string}        file    Path relative to the root.
 * @property {string|Buffer} content What it must hold.
 */

/**
 * How complete one locale's translation is.
 *
 * @typedef {Object} LocaleReport
 * @property {string}   domain       Text domain.
 * @property {string}   locale       Locale.
 * @property {number}   total        Strings.
 * @property {string[]} untranslated Source texts without a translation.
 * @property {string[]} dropped      Translated strings no longer in the sources.
 */

/**
 * Every file `npm run i18n` writes, with its content, and what each locale
 * lacks.
 *
 * @return {{outputs: Output[], reports: LocaleReport[], stale: string[]}} Files, reports, and script translation files no script uses any more.
 */
export function buildTranslations() {
	/** @type {Output[]} */
	const outputs = [];
	/** @type {LocaleReport[]} */
	const reports = [];
	/** @type {string[]} */
	const stale = [];
	for ( const sources of Object.values( DOMAINS ) ) {
		const { catalog, imports } = extractDomain( sources );
		const header = fs.readFileSync(
			path.join( ROOT, sources.headerFile ),
			'utf8'
		);
		const name =
			fileHeader( header, 'Plugin Name' ) ||
			fileHeader( header, 'Theme Name' );
		const project = `${ name } ${ fileHeader( header, 'Version' ) }`;
		outputs.push( {
			file: sources.potFile,
			content: potText( catalog, project, sources.domain ),
		} );

		const languages = path.posix.dirname( sources.potFile );
		const bundles = sources.scriptRoots.length
			? scriptBundles( imports )
			: [];
		const written = new Set();
		// A locale's files: <prefix><locale>.po and .mo (and .json).
		const localeFile = new RegExp(
			`^${ sources.filePrefix }([a-z]{2,3}(?:_[A-Z]{2})?(?:_[a-z]+)?)(?:-[0-9a-f]{32})?\\.(po|mo|json)$`
		);
		const poFiles = fs.existsSync( path.join( ROOT, languages ) )
			? fs
					.readdirSync( path.join( ROOT, languages ) )
					.filter( ( file ) => localeFile.test( file ) )
			: [];
		for ( const poFile of poFiles.filter( ( file ) =>
			file.endsWith( '.po' )
		) ) {
			const locale = localeFile.exec( poFile )?.[ 1 ] ?? '';
			const merged = mergePo(
				catalog,
				readPo( path.join( ROOT, languages, poFile ) )
			);
			outputs.push( {
				file: `${ languages }/${ poFile }`,
				content: merged.text,
			} );
			outputs.push( {
				file: `${ languages }/${ sources.filePrefix }${ locale }.mo`,
				content: moBuffer( merged.table ),
			} );
			for ( const bundle of bundles ) {
				const json = scriptJson( merged.table, bundle, locale );
				if ( json ) {
					const file = `${ languages }/${ scriptJsonName(
						sources.domain,
						locale,
						bundle.script
					) }`;
					written.add( path.posix.basename( file ) );
					outputs.push( { file, content: json } );
				}
			}
			const entries = poEntries( merged.table );
			reports.push( {
				domain: sources.domain,
				locale,
				total: entries.length,
				untranslated: entries
					.filter( ( entry ) => ! isTranslated( entry ) )
					.map( ( entry ) => entry.msgid ),
				dropped: merged.dropped,
			} );
		}
		stale.push(
			...poFiles
				.filter(
					( file ) =>
						file.endsWith( '.json' ) && ! written.has( file )
				)
				.map( ( file ) => `${ languages }/${ file }` )
		);
	}
	return { outputs, reports, stale };
}

/**
 * The files that differ from what the sources make.
 *
 * @param {Output[]} outputs Expected files.
 * @param {string[]} stale   Files that should not exist.
 * @return {string[]} Paths relative to the root.
 */
export function outdatedFiles( outputs, stale ) {
	return [
		...outputs
			.filter( ( { file, content } ) => {
				const absolute = path.join( ROOT, file );
				return (
					! fs.existsSync( absolute ) ||
					! fs
						.readFileSync( absolute )
						.equals( Buffer.from( content ) )
				);
			} )
			.map( ( { file } ) => file ),
		...stale,
	];
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	try {
		const check = process.argv.includes( '--check' );
		const { outputs, reports, stale } = buildTranslations();
		const outdated = outdatedFiles( outputs, stale );
		if ( check ) {
			if ( outdated.length ) {
				log(
					`These translation files are not what the sources make; run \`npm run i18n\`:\n  ${ outdated.join(
						'\n  '
					) }`
				);
				process.exitCode = 1;
			}
		} else {
			for ( const { file, content } of outputs ) {
				fs.mkdirSync( path.dirname( path.join( ROOT, file ) ), {
					recursive: true,
				} );
				fs.writeFileSync( path.join( ROOT, file ), content );
			}
			for ( const file of stale ) {
				fs.rmSync( path.join( ROOT, file ) );
			}
			log(
				outdated.length
					? `Updated:\n  ${ outdated.join( '\n  ' ) }`
					: 'Every translation file was up to date.'
			);
		}
		for ( const report of reports ) {
			log(
				`${ report.domain } ${ report.locale }: ${
					report.total - report.untranslated.length
				} of ${ report.total } strings translated${
					report.dropped.length
						? `; dropped ${ report.dropped.length } no longer in the sources`
						: ''
				}.`
			);
			for ( const text of report.untranslated ) {
				log( `  untranslated: ${ JSON.stringify( text ) }` );
			}
		}
	} catch ( error ) {
		process.stderr.write( `${ errorMessage( error ) }\n` );
		process.exit( 1 );
	}
}
