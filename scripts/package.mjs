#!/usr/bin/env node
/**
 * `npm run package`: the installable zips, as WordPress's "Upload Plugin" and
 * "Upload Theme" screens take them. Each holds one folder named after the slug,
 * so the plugin and theme keep the names their settings and patterns use.
 *
 *   dist/william-health-blocks.zip  (built blocks included)
 *   dist/william-inc.zip
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import AdmZip from 'adm-zip';

import { build } from './lib/ensure-site.mjs';
import { errorMessage } from './lib/errors.mjs';
import { ROOT, log } from './lib/site.mjs';

/**
 * One installable zip.
 *
 * @typedef {Object} Package
 * @property {string}   slug        Folder name inside the zip, and the zip's name.
 * @property {string}   source      Folder it is packed from.
 * @property {string}   headerFile  File with the Version header.
 * @property {string[]} required    Files without which nothing is packed.
 * @property {string[]} [generated] Folders git ignores that go in whole.
 */

/**
 * A written zip.
 *
 * @typedef {Object} WrittenPackage
 * @property {string} slug    Package slug.
 * @property {string} version Its Version header.
 * @property {string} file    Path of the zip.
 * @property {number} files   Files packed.
 * @property {number} bytes   Size of the zip.
 */

export const DIST_DIR = path.join( ROOT, 'dist' );

/** @type {Package[]} */
export const PACKAGES = [
	{
		slug: 'william-health-blocks',
		source: path.join( ROOT, 'plugin' ),
		headerFile: 'william-health-blocks.php',
		// Built fresh by every run; git ignores it.
		generated: [ 'build' ],
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
 * The files of a folder that git tracks, as paths relative to it: what a
 * working tree holds beside them (editor backups, private notes, stale
 * output) never reaches a zip.
 *
 * @param {string} dir Folder inside the repository.
 * @return {string[]} Relative file paths.
 */
function trackedFiles( dir ) {
	const result = spawnSync(
		'git',
		[ 'ls-files', '-z', '--', path.relative( ROOT, dir ) ],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`git ls-files failed (${ result.stderr.trim() }): packing needs a git checkout.`
		);
	}
	return result.stdout
		.split( '\0' )
		.filter( Boolean )
		.map( ( file ) => path.relative( dir, path.join( ROOT, file ) ) )
		.filter( ( file ) => fs.existsSync( path.join( dir, file ) ) );
}

/**
 * Every file of a generated folder, as paths relative to the package folder.
 *
 * @param {string} dir    Package folder.
 * @param {string} folder Generated folder inside it.
 * @return {string[]} Relative file paths.
 */
function generatedFiles( dir, folder ) {
	const root = path.join( dir, folder );
	return fs
		.readdirSync( root, { recursive: true, withFileTypes: true } )
		.filter( ( entry ) => entry.isFile() )
		.map( ( entry ) =>
			path.relative( dir, path.join( entry.parentPath, entry.name ) )
		);
}

/**
 * What goes into a package: its tracked files and its build output.
 *
 * @param {Pick<Package, 'source'|'generated'>} pkg The package (its folders).
 * @return {string[]} Relative file paths, sorted, dotfiles left out.
 */
export function packageFiles( pkg ) {
	return [
		...trackedFiles( pkg.source ),
		...( pkg.generated ?? [] ).flatMap( ( folder ) =>
			generatedFiles( pkg.source, folder )
		),
	]
		.filter(
			( file ) =>
				! file
					.split( path.sep )
					.some( ( name ) => name.startsWith( '.' ) )
		)
		.sort();
}

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
	if ( ! match?.[ 1 ] ) {
		throw new Error( `${ file } has no Version header.` );
	}
	return match[ 1 ];
}

/**
 * Writes one zip.
 *
 * @param {Package} pkg What to pack.
 * @return {WrittenPackage} The zip written.
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
	const files = packageFiles( pkg );
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
 * Builds the blocks from a clean output folder, then writes both zips into
 * dist/. A stale file of an earlier build (a source map, a removed block)
 * cannot come along.
 *
 * @return {WrittenPackage[]} The zips written.
 */
export function packageAll() {
	for ( const pkg of PACKAGES ) {
		for ( const folder of pkg.generated ?? [] ) {
			fs.rmSync( path.join( pkg.source, folder ), {
				recursive: true,
				force: true,
			} );
		}
	}
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
		process.stderr.write( `${ errorMessage( error ) }\n` );
		process.exit( 1 );
	}
}
