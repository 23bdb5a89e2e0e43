#!/usr/bin/env node
/**
 * `npm run package`: the installable zips, as WordPress's "Upload Plugin" and
 * "Upload Theme" screens take them. Each holds one folder named after the slug,
 * so the plugin and theme keep the names their settings and patterns use.
 *
 *   dist/william-health-blocks.zip  (built blocks included)
 *   dist/william-inc.zip
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import AdmZip from 'adm-zip';

import { build } from './lib/ensure-site.mjs';
import { ROOT, log } from './lib/site.mjs';

export const DIST_DIR = path.join( ROOT, 'dist' );

export const PACKAGES = [
	{
		slug: 'william-health-blocks',
		source: path.join( ROOT, 'plugin' ),
		headerFile: 'william-health-blocks.php',
		// Without the compiled blocks the plugin only shows its "not built" notice.
		required: [ 'build/blocks-manifest.php', 'readme.txt' ],
	},
	{
		slug: 'william-inc',
		source: path.join( ROOT, 'theme' ),
		headerFile: 'style.css',
		required: [
			'theme.json',
			'templates/index.html',
			'readme.txt',
			'screenshot.png',
		],
	},
];

/**
 * Every file of a folder, as paths relative to it; dotfiles stay behind.
 *
 * @param {string} dir Folder.
 * @return {string[]} Relative file paths, sorted.
 */
function listFiles( dir ) {
	return fs
		.readdirSync( dir, { recursive: true, withFileTypes: true } )
		.filter( ( entry ) => entry.isFile() )
		.map( ( entry ) =>
			path.relative( dir, path.join( entry.parentPath, entry.name ) )
		)
		.filter( ( file ) => ! file.split( path.sep ).some( isDotName ) )
		.sort();
}

const isDotName = ( name ) => name.startsWith( '.' );

/**
 * The Version header of a plugin's main file or a theme's style.css.
 *
 * @param {string} file Header file.
 * @return {string} Version.
 */
function readVersion( file ) {
	const match = fs
		.readFileSync( file, 'utf8' )
		.match( /^[\s*]*Version:\s*(\S+)/m );
	if ( ! match ) {
		throw new Error( `${ file } has no Version header.` );
	}
	return match[ 1 ];
}

/**
 * Writes one zip.
 *
 * @param {typeof PACKAGES[number]} pkg What to pack.
 * @return {{slug: string, version: string, file: string, files: number, bytes: number}} The zip written.
 */
function writePackage( pkg ) {
	for ( const file of [ pkg.headerFile, ...pkg.required ] ) {
		if ( ! fs.existsSync( path.join( pkg.source, file ) ) ) {
			throw new Error(
				`${ pkg.slug }: ${ file } is missing; nothing was packed.`
			);
		}
	}
	const zip = new AdmZip();
	const files = listFiles( pkg.source );
	for ( const file of files ) {
		const folder = path.posix.join(
			pkg.slug,
			path.dirname( file ).split( path.sep ).join( '/' )
		);
		zip.addLocalFile( path.join( pkg.source, file ), folder );
	}
	const target = path.join( DIST_DIR, `${ pkg.slug }.zip` );
	zip.writeZip( target );
	return {
		slug: pkg.slug,
		version: readVersion( path.join( pkg.source, pkg.headerFile ) ),
		file: target,
		files: files.length,
		bytes: fs.statSync( target ).size,
	};
}

/**
 * Builds the blocks, then writes both zips into dist/.
 *
 * @return {ReturnType<typeof writePackage>[]} The zips written.
 */
export function packageAll() {
	build();
	fs.mkdirSync( DIST_DIR, { recursive: true } );
	return PACKAGES.map( writePackage );
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	try {
		for ( const written of packageAll() ) {
			log(
				`${ path.relative( ROOT, written.file ) }: ${
					written.slug
				} ${ written.version }, ${ written.files } files, ${ (
					written.bytes / 1024
				).toFixed( 1 ) } KB`
			);
		}
	} catch ( error ) {
		process.stderr.write( `${ error.message }\n` );
		process.exit( 1 );
	}
}
