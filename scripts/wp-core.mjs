#!/usr/bin/env node
/**
 * Makes a current WordPress core (7.1 or newer) available on this machine.
 *
 * Sources, in order:
 * 1. the cache from an earlier run (.cache/wordpress in this repository);
 * 2. the official release zip from wordpress.org, where it answers, checked
 *    against the SHA-1 checksum wordpress.org publishes beside it;
 * 3. Debian's `sid` archive package, for closed networks that reach only
 *    Debian's mirrors (apt checks its signature; the layout is restored
 *    from Debian's symlinks).
 *
 * Usage: node scripts/wp-core.mjs [--print-path]
 * Exports `ensureWordPressCore()` for the other project scripts.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { errorMessage } from './lib/errors.mjs';

export const MINIMUM_WORDPRESS = '7.1';

/**
 * A WordPress release line the project runs: where Debian's archive carries
 * it (for closed networks) and which versions belong to it.
 *
 * @typedef {Object} CoreLine
 * @property {string}                                 minimum The first version of the line.
 * @property {string|null}                            below   The first version past it, or null for "current".
 * @property {string|null}                            zip     The official zip, checked against its .sha1, or null.
 * @property {Array<{uri: string, suites: string[]}>} debian  Debian sources that carry it.
 * @property {string}                                 folder  Cache folder name.
 */

/** @type {Record<string, CoreLine>} */
export const CORE_LINES = {
	// The current release: the local site and the full suite.
	current: {
		minimum: MINIMUM_WORDPRESS,
		below: null,
		zip: 'https://wordpress.org/latest.zip',
		debian: [ { uri: 'http://deb.debian.org/debian', suites: [ 'sid' ] } ],
		folder: 'wordpress',
	},
	// The oldest release the plugin and theme claim (Requires at least).
	6.8: {
		minimum: '6.8',
		below: '6.9',
		zip: null,
		debian: [
			{
				uri: 'http://security.debian.org/debian-security',
				suites: [ 'trixie-security' ],
			},
			// Its unbundled libraries come from the release itself.
			{ uri: 'http://deb.debian.org/debian', suites: [ 'trixie' ] },
		],
		folder: 'wordpress-6.8',
	},
};

// Inside the repository (ignored by git), so nothing here reads or writes
// outside it; WILLIAM_HEALTH_CACHE lets a developer share one between clones.
const CACHE_ROOT =
	process.env.WILLIAM_HEALTH_CACHE ||
	path.resolve(
		path.dirname( fileURLToPath( import.meta.url ) ),
		'../.cache'
	);
const DEBIAN_PACKAGES = [
	'wordpress',
	'wordpress-theme-twentytwentyfive',
	// Debian unbundles these from core and links them back in.
	'libjs-cropper',
	'libjs-jquery-ui',
	'libjs-lodash',
	'libjs-underscore',
	'libphp-phpmailer',
	'php-getid3',
];

/**
 * One way of obtaining core: it unpacks into the scratch folder it is given
 * and returns the path of the WordPress tree there.
 *
 * @typedef {(scratch: string) => string|Promise<string>} CoreFetcher
 */

/** @param {string} message Progress line. */
const log = ( message ) => process.stderr.write( `[wp-core] ${ message }\n` );

/**
 * Reads `$wp_version` from a core tree, or null when it is not a core tree.
 *
 * @param {string} dir Folder that may hold WordPress.
 * @return {string|null} The version.
 */
export function readCoreVersion( dir ) {
	const file = path.join( dir, 'wp-includes', 'version.php' );
	if ( ! fs.existsSync( file ) ) {
		return null;
	}
	const match = fs
		.readFileSync( file, 'utf8' )
		.match( /\$wp_version\s*=\s*'([^']+)'/ );
	return match?.[ 1 ] ?? null;
}

/**
 * Compares dotted versions numerically ("7.1.10" > "7.1.4").
 *
 * @param {string} a First version.
 * @param {string} b Second version.
 * @return {number} Negative, zero or positive.
 */
export function compareVersions( a, b ) {
	const pa = a.split( /[.-]/ ).map( ( part ) => parseInt( part, 10 ) || 0 );
	const pb = b.split( /[.-]/ ).map( ( part ) => parseInt( part, 10 ) || 0 );
	for ( let i = 0; i < Math.max( pa.length, pb.length ); i++ ) {
		const diff = ( pa[ i ] || 0 ) - ( pb[ i ] || 0 );
		if ( diff !== 0 ) {
			return diff;
		}
	}
	return 0;
}

/**
 * Whether a version read from a core tree belongs to a release line.
 *
 * @param {string|null} version Version, null for no core tree.
 * @param {CoreLine}    line    The line.
 * @return {version is string} True for a version of the line.
 */
function isOfLine( version, line ) {
	return (
		!! version &&
		compareVersions( version, line.minimum ) >= 0 &&
		( ! line.below || compareVersions( version, line.below ) < 0 )
	);
}

/**
 * Checks a download against a published hex checksum ("<hex>" or
 * "<hex>  <file name>", as sha1sum writes it).
 *
 * @param {Buffer} data      The downloaded bytes.
 * @param {string} published The published checksum file's text.
 * @param {string} algorithm Hash algorithm, such as 'sha1'.
 * @throws {Error} When the checksum is missing or does not match.
 */
export function verifyChecksum( data, published, algorithm ) {
	const expected = /^\s*([0-9a-f]{32,128})\b/i.exec( published )?.[ 1 ];
	if ( ! expected ) {
		throw new Error(
			`no ${ algorithm } checksum could be read from the published file, so the download cannot be trusted`
		);
	}
	const actual = crypto
		.createHash( algorithm )
		.update( data )
		.digest( 'hex' );
	if ( actual !== expected.toLowerCase() ) {
		throw new Error(
			`the download does not match its published ${ algorithm } checksum (expected ${ expected.toLowerCase() }, got ${ actual }); it was not unpacked`
		);
	}
}

/**
 * @param {string} url Address.
 * @return {Promise<Buffer>} The body.
 */
async function download( url ) {
	const response = await fetch( url, {
		signal: AbortSignal.timeout( 60_000 ),
	} );
	if ( ! response.ok ) {
		throw new Error( `HTTP ${ response.status } from ${ url }` );
	}
	return Buffer.from( await response.arrayBuffer() );
}

/**
 * The official zip of a line, unpacked only if it matches its published SHA-1.
 *
 * @param {string} url     The zip's address.
 * @param {string} scratch Empty folder to work in.
 * @return {Promise<string>} The unpacked WordPress folder.
 */
async function fetchOfficial( url, scratch ) {
	log( `trying the official release: ${ url }` );
	const data = await download( url );
	verifyChecksum(
		data,
		( await download( `${ url }.sha1` ) ).toString( 'utf8' ),
		'sha1'
	);
	const zip = path.join( scratch, 'latest.zip' );
	fs.writeFileSync( zip, data );
	execFileSync( 'unzip', [ '-q', zip, '-d', scratch ] );
	return path.join( scratch, 'wordpress' );
}

/**
 * Core from Debian's archive, with private apt state.
 *
 * @param {CoreLine['debian']} sources Debian sources that carry the line.
 * @param {string}             scratch Empty folder to work in.
 * @return {string} The unpacked WordPress folder.
 */
function fetchFromDebian( sources, scratch ) {
	log(
		`trying Debian's archive (${ sources
			.map(
				( { uri, suites } ) => `${ suites.join( ', ' ) } at ${ uri }`
			)
			.join( '; ' ) })`
	);
	const aptDir = path.join( scratch, 'apt' );
	const sourceParts = path.join( aptDir, 'sources.list.d' );
	for ( const dir of [
		sourceParts,
		path.join( aptDir, 'lists', 'partial' ),
		path.join( aptDir, 'cache', 'archives', 'partial' ),
	] ) {
		fs.mkdirSync( dir, { recursive: true } );
	}
	sources.forEach( ( { uri, suites }, index ) =>
		fs.writeFileSync(
			path.join( sourceParts, `wordpress-${ index }.sources` ),
			[
				'Types: deb',
				`URIs: ${ uri }`,
				`Suites: ${ suites.join( ' ' ) }`,
				'Components: main',
				'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
				'',
			].join( '\n' )
		)
	);
	// Private state, lists and cache: the machine's own apt setup is untouched.
	const aptOptions = [
		'-o',
		'Dir::Etc::SourceList=/dev/null',
		'-o',
		`Dir::Etc::SourceParts=${ sourceParts }`,
		'-o',
		`Dir::State::Lists=${ path.join( aptDir, 'lists' ) }`,
		'-o',
		`Dir::Cache=${ path.join( aptDir, 'cache' ) }`,
		'-o',
		'Debug::NoLocking=1',
		'-o',
		'APT::Sandbox::User=root',
		'-o',
		'Acquire::Languages=none',
	];
	execFileSync( 'apt-get', [ ...aptOptions, '-qq', 'update' ], {
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	const debs = path.join( scratch, 'debs' );
	fs.mkdirSync( debs );
	execFileSync(
		'apt-get',
		[ ...aptOptions, '-qq', 'download', ...DEBIAN_PACKAGES ],
		{
			cwd: debs,
			stdio: [ 'ignore', 'ignore', 'inherit' ],
		}
	);
	const root = path.join( scratch, 'root' );
	fs.mkdirSync( root );
	for ( const deb of fs.readdirSync( debs ) ) {
		log( `  unpacking ${ deb }` );
		execFileSync( 'dpkg-deb', [ '-x', path.join( debs, deb ), root ] );
	}
	rerootAbsoluteLinks( path.join( root, 'usr/share/wordpress' ), root );
	// Debian links unbundled libraries back with relative symlinks; copying
	// with -L from inside the same root yields the stock layout.
	const tree = path.join( scratch, 'wordpress' );
	execFileSync( 'cp', [
		'-rL',
		path.join( root, 'usr/share/wordpress' ),
		tree,
	] );
	// Debian's own config reads /etc/wordpress; Playground writes its own.
	for ( const file of [ '.htaccess', 'wp-config.php' ] ) {
		fs.rmSync( path.join( tree, file ), { force: true } );
	}
	return tree;
}

/**
 * Points absolute links (into /etc, /var) at the unpacked root instead, and
 * falls back to the host's file (or drops the link) where the packages do not ship the target, so `cp -L` succeeds.
 *
 * @param {string} dir  Folder to walk.
 * @param {string} root Unpacked filesystem root.
 */
function rerootAbsoluteLinks( dir, root ) {
	for ( const entry of fs.readdirSync( dir, { withFileTypes: true } ) ) {
		const file = path.join( dir, entry.name );
		if ( entry.isSymbolicLink() ) {
			const target = fs.readlinkSync( file );
			const resolved = path.isAbsolute( target )
				? path.join( root, target )
				: path.resolve( dir, target );
			fs.rmSync( file );
			if ( fs.existsSync( resolved ) ) {
				fs.symlinkSync( resolved, file );
			} else if ( path.isAbsolute( target ) && fs.existsSync( target ) ) {
				// Such as the CA bundle, which Debian takes from the host.
				fs.symlinkSync( target, file );
			} else {
				log(
					`  dropping link ${ path.relative( root, file ) } -> ${ target }`
				);
			}
		} else if ( entry.isDirectory() ) {
			rerootAbsoluteLinks( file, root );
		}
	}
}

/**
 * Returns a cached WordPress core of a release line, fetching it once.
 *
 * @param {string} lineName A key of CORE_LINES: "current" (7.1 or newer) or "6.8".
 * @return {Promise<{dir: string, version: string, source: string}>} The core.
 */
export async function ensureWordPressCore( lineName = 'current' ) {
	const line = CORE_LINES[ lineName ];
	if ( ! line ) {
		throw new Error(
			`Unknown WordPress line "${ lineName }"; known: ${ Object.keys(
				CORE_LINES
			).join( ', ' ) }.`
		);
	}
	const coreDir = path.join( CACHE_ROOT, line.folder );
	const sourceFile = path.join( CACHE_ROOT, `${ line.folder }.source.txt` );
	const cachedVersion = readCoreVersion( coreDir );
	if ( isOfLine( cachedVersion, line ) ) {
		const source = fs.existsSync( sourceFile )
			? fs.readFileSync( sourceFile, 'utf8' ).trim()
			: 'cache';
		log(
			`using cached WordPress ${ cachedVersion } (${ source }) in ${ coreDir }`
		);
		return { dir: coreDir, version: cachedVersion, source };
	}

	fs.mkdirSync( CACHE_ROOT, { recursive: true } );
	/** @type {Array<[string, CoreFetcher]>} */
	const attempts = [];
	if ( line.zip ) {
		const zip = line.zip;
		attempts.push( [
			'wordpress.org release zip',
			( scratch ) => fetchOfficial( zip, scratch ),
		] );
	}
	attempts.push( [
		`Debian's archive (${ line.debian
			.flatMap( ( { suites } ) => suites )
			.join( ', ' ) })`,
		( scratch ) => fetchFromDebian( line.debian, scratch ),
	] );
	const wanted = line.below
		? `${ line.minimum }.x`
		: `${ line.minimum } or newer`;
	/** @type {string[]} */
	const failures = [];
	for ( const [ source, fetchCore ] of attempts ) {
		const scratch = fs.mkdtempSync( path.join( CACHE_ROOT, 'fetch-' ) );
		try {
			const tree = await fetchCore( scratch );
			const version = readCoreVersion( tree );
			if ( ! isOfLine( version, line ) ) {
				throw new Error(
					`it holds WordPress ${ version }, not ${ wanted }`
				);
			}
			fs.rmSync( coreDir, { recursive: true, force: true } );
			fs.renameSync( tree, coreDir );
			fs.writeFileSync( sourceFile, `${ source }\n` );
			log(
				`WordPress ${ version } from ${ source }, cached in ${ coreDir }`
			);
			return { dir: coreDir, version, source };
		} catch ( error ) {
			log(
				`  ${ source } failed: ${ errorMessage( error ).split( '\n' )[ 0 ] }`
			);
			failures.push( `${ source }: ${ errorMessage( error ) }` );
		} finally {
			fs.rmSync( scratch, { recursive: true, force: true } );
		}
	}
	throw new Error(
		`Could not obtain WordPress ${ wanted }.\n${ failures.join( '\n' ) }`
	);
}

// Imported from `node -e` or a REPL there is no script path to compare.
if (
	process.argv[ 1 ] &&
	import.meta.url === pathToFileURL( process.argv[ 1 ] ).href
) {
	const lineArgument = process.argv.find( ( arg ) =>
		arg.startsWith( '--line=' )
	);
	ensureWordPressCore( lineArgument?.slice( '--line='.length ) )
		.then( ( core ) => {
			if ( process.argv.includes( '--print-path' ) ) {
				process.stdout.write( `${ core.dir }\n` );
			}
		} )
		.catch( ( error ) => {
			log( errorMessage( error ) );
			process.exit( 1 );
		} );
}
