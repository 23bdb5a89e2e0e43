#!/usr/bin/env node
/**
 * WordPress core's own translations for the locales the tests run the site
 * in (Spanish, Arabic, Hebrew), installed into the local site's
 * wp-content/languages/, so the site can switch to them (Settings → General
 * lists only installed languages, and the REST API accepts only those).
 *
 * translate.wordpress.org is not reachable from these machines; Debian's
 * `wordpress-l10n` package carries the same language packs. It is fetched
 * like core in scripts/wp-core.mjs: `apt-get download` with private apt
 * state (the machine's own apt setup is untouched; apt checks the
 * archive's signature), unpacked with dpkg-deb, and only the needed locales'
 * files are kept, in .cache/wordpress-languages/ (fetched once).
 * Debian ships the .mo files only: core's editor scripts have no JSON
 * translations there, so the block editor's own interface stays in English
 * while our blocks and the rest of WordPress are translated.
 *
 * Usage: node scripts/i18n-core.mjs [es_ES ar …]   (default: es_ES ar he_IL)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { errorMessage } from './lib/errors.mjs';
import { ROOT, STATE_DIR, log } from './lib/site.mjs';

export const DEFAULT_LOCALES = [ 'es_ES', 'ar', 'he_IL' ];

const CACHE_ROOT =
	process.env.WILLIAM_HEALTH_CACHE || path.join( ROOT, '.cache' );
const LANGUAGES_CACHE = path.join( CACHE_ROOT, 'wordpress-languages' );
const DEBIAN_MIRROR = 'http://deb.debian.org/debian';

/**
 * Core's files for a locale, as language packs name them.
 *
 * @param {string} locale Locale.
 * @return {string[]} File names.
 */
export const localeFiles = ( locale ) => [
	`${ locale }.mo`,
	`admin-${ locale }.mo`,
	`admin-network-${ locale }.mo`,
	`continents-cities-${ locale }.mo`,
];

/**
 * Downloads and unpacks Debian's wordpress-l10n into a scratch folder.
 *
 * @param {string} scratch Empty folder.
 * @return {string} Its wp-content/languages folder.
 */
function fetchFromDebian( scratch ) {
	log(
		`[i18n-core] fetching wordpress-l10n from Debian (sid, ${ DEBIAN_MIRROR })`
	);
	const aptDir = path.join( scratch, 'apt' );
	const sources = path.join( aptDir, 'sources.list.d' );
	for ( const dir of [
		sources,
		path.join( aptDir, 'lists', 'partial' ),
		path.join( aptDir, 'cache', 'archives', 'partial' ),
	] ) {
		fs.mkdirSync( dir, { recursive: true } );
	}
	fs.writeFileSync(
		path.join( sources, 'sid.sources' ),
		[
			'Types: deb',
			`URIs: ${ DEBIAN_MIRROR }`,
			'Suites: sid',
			'Components: main',
			'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
			'',
		].join( '\n' )
	);
	const aptOptions = [
		[ 'Dir::Etc::SourceList', '/dev/null' ],
		[ 'Dir::Etc::SourceParts', sources ],
		[ 'Dir::State::Lists', path.join( aptDir, 'lists' ) ],
		[ 'Dir::Cache', path.join( aptDir, 'cache' ) ],
		[ 'Debug::NoLocking', '1' ],
		[ 'APT::Sandbox::User', 'root' ],
		[ 'Acquire::Languages', 'none' ],
	].flatMap( ( [ name, value ] ) => [ '-o', `${ name }=${ value }` ] );
	execFileSync( 'apt-get', [ ...aptOptions, '-qq', 'update' ], {
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	const debs = path.join( scratch, 'debs' );
	fs.mkdirSync( debs );
	execFileSync(
		'apt-get',
		[ ...aptOptions, '-qq', 'download', 'wordpress-l10n' ],
		{ cwd: debs, stdio: [ 'ignore', 'ignore', 'inherit' ] }
	);
	const root = path.join( scratch, 'root' );
	for ( const deb of fs.readdirSync( debs ) ) {
		execFileSync( 'dpkg-deb', [ '-x', path.join( debs, deb ), root ] );
	}
	return path.join( root, 'usr/share/wordpress/wp-content/languages' );
}

/**
 * Makes core's files for the locales available in the cache.
 *
 * @param {string[]} locales Locales.
 * @return {string} The cache folder.
 */
export function ensureCachedLanguages( locales ) {
	const missing = locales.filter(
		( locale ) =>
			! fs.existsSync( path.join( LANGUAGES_CACHE, `${ locale }.mo` ) )
	);
	if ( ! missing.length ) {
		return LANGUAGES_CACHE;
	}
	fs.mkdirSync( CACHE_ROOT, { recursive: true } );
	const scratch = fs.mkdtempSync( path.join( CACHE_ROOT, 'l10n-' ) );
	try {
		const unpacked = fetchFromDebian( scratch );
		fs.mkdirSync( LANGUAGES_CACHE, { recursive: true } );
		for ( const locale of missing ) {
			const files = localeFiles( locale ).filter( ( file ) =>
				fs.existsSync( path.join( unpacked, file ) )
			);
			if ( ! files.includes( `${ locale }.mo` ) ) {
				throw new Error(
					`Debian's wordpress-l10n has no ${ locale }.mo.`
				);
			}
			for ( const file of files ) {
				fs.copyFileSync(
					path.join( unpacked, file ),
					path.join( LANGUAGES_CACHE, file )
				);
			}
		}
	} finally {
		fs.rmSync( scratch, { recursive: true, force: true } );
	}
	return LANGUAGES_CACHE;
}

/**
 * Installs core's translations for the locales into the local site (the
 * copy of core that Playground mounts, .wp-env-home/core), or into the
 * wp-content folder `WILLIAM_WP_CONTENT` names (a production-stack site of
 * `npm test`; inside the repository).
 *
 * @param {string[]} locales Locales.
 * @return {string} The site's languages folder.
 */
export function installCoreLanguages( locales = DEFAULT_LOCALES ) {
	const site = process.env.WILLIAM_WP_CONTENT
		? path.resolve( ROOT, process.env.WILLIAM_WP_CONTENT )
		: path.join( STATE_DIR, 'core', 'wp-content' );
	if ( ! site.startsWith( ROOT + path.sep ) ) {
		throw new Error(
			`WILLIAM_WP_CONTENT must be a folder inside ${ ROOT }, not ${ site }.`
		);
	}
	if ( ! fs.existsSync( site ) ) {
		throw new Error(
			'No local site: start it with `npm start` first (the languages go into its copy of core).'
		);
	}
	const cache = ensureCachedLanguages( locales );
	const target = path.join( site, 'languages' );
	fs.mkdirSync( target, { recursive: true } );
	for ( const locale of locales ) {
		for ( const file of localeFiles( locale ) ) {
			if ( fs.existsSync( path.join( cache, file ) ) ) {
				fs.copyFileSync(
					path.join( cache, file ),
					path.join( target, file )
				);
			}
		}
	}
	return target;
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	try {
		const locales = process.argv.slice( 2 );
		const target = installCoreLanguages(
			locales.length ? locales : DEFAULT_LOCALES
		);
		log(
			`[i18n-core] ${ ( locales.length ? locales : DEFAULT_LOCALES ).join(
				', '
			) } installed in ${ path.relative( ROOT, target ) }`
		);
	} catch ( error ) {
		process.stderr.write( `${ errorMessage( error ) }\n` );
		process.exit( 1 );
	}
}
