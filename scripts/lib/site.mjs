/**
 * The local WordPress site: where it lives, whether it answers, and how wp-env
 * is started and stopped for it. Shared by start, stop, test and bench.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureWordPressCore, readCoreVersion } from '../wp-core.mjs';
import { errorMessage } from './errors.mjs';

/**
 * What the scripts read from a wp-env.json (wp-env reads the rest).
 *
 * @typedef {Object} WpEnvConfig
 * @property {string} core         WordPress line for Docker, such as "WordPress/WordPress#7.1".
 * @property {number} [port]       Port of the site.
 * @property {string} [phpVersion] PHP of the site.
 */

export const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../..'
);
export const CONFIG_FILE = path.join( ROOT, 'wp-env.json' );
/**
 * Everything the local site writes: wp-env's home, core copy, database.
 * `WILLIAM_SITE_DIR` (a folder inside the repository) gives another site of
 * this checkout, on another port, its own: `npm test` runs a second one.
 */
export const STATE_DIR = path.resolve(
	ROOT,
	process.env.WILLIAM_SITE_DIR || '.wp-env-home'
);
if ( ! STATE_DIR.startsWith( ROOT + path.sep ) ) {
	throw new Error(
		`WILLIAM_SITE_DIR must be a folder inside ${ ROOT }, not ${ STATE_DIR }.`
	);
}

/** @type {WpEnvConfig} */
const config = JSON.parse( fs.readFileSync( CONFIG_FILE, 'utf8' ) );

export const PORT = Number( process.env.WP_ENV_PORT || config.port || 8888 );
export const SITE_URL = `http://localhost:${ PORT }`;
export const ADMIN = { username: 'admin', password: 'password' };
/** Playground's auto-login skips a browser that sends this: a real anonymous reader. */
export const READER_COOKIE = 'playground_auto_login_already_happened=1';

/** @param {string} message Line to print. */
export const log = ( message ) => process.stdout.write( `${ message }\n` );

/**
 * Whether a WordPress answers on a site URL.
 *
 * @param {string} siteUrl The site; the local site by default.
 * @return {Promise<boolean>} True when its REST index responds.
 */
export async function isSiteRunning( siteUrl = SITE_URL ) {
	try {
		const response = await fetch( `${ siteUrl }/wp-json/`, {
			// Playground logs every new visitor in; this cookie says "already done".
			headers: { cookie: READER_COOKIE },
			redirect: 'manual',
			signal: AbortSignal.timeout( 20_000 ),
		} );
		return response.ok;
	} catch {
		return false;
	}
}

/**
 * wp-env's work folder for a config file, named the way wp-env 11 names it.
 *
 * @param {string} home       WP_ENV_HOME.
 * @param {string} configFile Absolute path of the config file.
 * @return {string} Folder path.
 */
function wpEnvWorkDirectory( home, configFile ) {
	const hash = crypto
		.createHash( 'md5' )
		.update( configFile )
		.digest( 'hex' );
	const project = path.basename( path.dirname( configFile ) );
	const variant = path.basename( configFile, '.json' ).replace( /^\./, '' );
	return path.join(
		home,
		`wp-env-${ project }-${ variant }-${ hash.slice( 0, 8 ) }`
	);
}

/**
 * Runs wp-env on a config file, from that file's folder.
 *
 * @param {string[]}               args         wp-env arguments.
 * @param {Record<string, string>} env          Extra environment variables.
 * @param {string}                 [configFile] Absolute path of the config file.
 */
function runWpEnv( args, env, configFile = CONFIG_FILE ) {
	const bin = path.join( ROOT, 'node_modules', '.bin', 'wp-env' );
	const result = spawnSync(
		bin,
		[ ...args, `--config=${ path.basename( configFile ) }` ],
		{
			cwd: path.dirname( configFile ),
			env: { ...process.env, ...env },
			stdio: 'inherit',
		}
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`wp-env ${ args.join( ' ' ) } failed (exit ${ result.status })`
		);
	}
}

/**
 * Starts a wp-env config on the Playground runtime with a local core folder.
 *
 * @param {Object}                 options            What to start.
 * @param {string}                 options.configFile Absolute path of the wp-env config.
 * @param {string}                 options.home       WP_ENV_HOME for it.
 * @param {string}                 options.coreDir    Core folder (it receives the database).
 * @param {string}                 options.version    That core's version.
 * @param {Record<string, string>} [options.env]      More environment for wp-env (a port).
 */
export function startPlayground( {
	configFile,
	home,
	coreDir,
	version,
	env = {},
} ) {
	// wp-env asks wordpress.org for the latest version while reading its
	// config; offline it falls back to this cache entry.
	const workDirectory = wpEnvWorkDirectory( home, configFile );
	fs.mkdirSync( workDirectory, { recursive: true } );
	const cacheFile = path.join( workDirectory, 'wp-env-cache.json' );
	/** @type {Record<string, unknown>} */
	const cache = fs.existsSync( cacheFile )
		? JSON.parse( fs.readFileSync( cacheFile, 'utf8' ) )
		: {};
	fs.writeFileSync(
		cacheFile,
		JSON.stringify( { ...cache, latestWordPressVersion: version } )
	);
	runWpEnv(
		[ 'start', '--runtime=playground' ],
		{ ...env, WP_ENV_HOME: home, WP_ENV_CORE: coreDir },
		configFile
	);
}

/**
 * Stops what `startPlayground` started; quiet when nothing runs.
 *
 * @param {Object} options            What to stop.
 * @param {string} options.configFile Absolute path of the wp-env config.
 * @param {string} options.home       WP_ENV_HOME for it.
 */
export function stopPlayground( { configFile, home } ) {
	if ( ! fs.existsSync( home ) ) {
		return;
	}
	try {
		runWpEnv( [ 'stop' ], { WP_ENV_HOME: home }, configFile );
	} catch ( error ) {
		log( errorMessage( error ) );
	}
}

/**
 * Gives this checkout its own copy of core: Playground writes the SQLite
 * database and wp-config.php inside the core folder it mounts.
 *
 * @return {Promise<{dir: string, version: string, source: string}>} The copy.
 */
async function ensureSiteCore() {
	const core = await ensureWordPressCore();
	const dir = path.join( STATE_DIR, 'core' );
	const version = readCoreVersion( dir );
	if ( version !== core.version ) {
		if ( version ) {
			log(
				`Replacing the site's WordPress ${ version } with ${ core.version } (the database is kept).`
			);
		}
		const keep = [
			'wp-config.php',
			'wp-content/database',
			'wp-content/db.php',
		].filter( ( file ) => fs.existsSync( path.join( dir, file ) ) );
		const saved = path.join( STATE_DIR, 'core-keep' );
		for ( const file of keep ) {
			fs.cpSync( path.join( dir, file ), path.join( saved, file ), {
				recursive: true,
			} );
		}
		fs.rmSync( dir, { recursive: true, force: true } );
		fs.cpSync( core.dir, dir, { recursive: true } );
		for ( const file of keep ) {
			fs.cpSync( path.join( saved, file ), path.join( dir, file ), {
				recursive: true,
			} );
		}
		fs.rmSync( saved, { recursive: true, force: true } );
	}
	return { ...core, dir };
}

/**
 * Starts WordPress with wp-env: Playground (PHP in WebAssembly, SQLite) by
 * default, or Docker (MySQL) when asked.
 *
 * @param {'playground'|'docker'} runtime Which wp-env runtime.
 * @return {Promise<{version: string, source: string}>} What was started.
 */
export async function startSite( runtime = 'playground' ) {
	if ( runtime === 'docker' ) {
		// Docker's wp-env fetches core itself from the line named in wp-env.json.
		const home = path.join( STATE_DIR, 'docker' );
		runWpEnv( [ 'start' ], { WP_ENV_HOME: home } );
		return { version: config.core, source: 'wp-env (Docker)' };
	}

	const core = await ensureSiteCore();
	log(
		`Starting WordPress ${ core.version } on Playground (SQLite) at ${ SITE_URL } …`
	);
	startPlayground( {
		configFile: CONFIG_FILE,
		home: path.join( STATE_DIR, 'playground' ),
		coreDir: core.dir,
		version: core.version,
	} );
	return core;
}

/**
 * Stops whichever runtime this checkout started.
 */
export function stopSite() {
	stopPlayground( {
		configFile: CONFIG_FILE,
		home: path.join( STATE_DIR, 'playground' ),
	} );
	const dockerHome = path.join( STATE_DIR, 'docker' );
	if ( fs.existsSync( dockerHome ) ) {
		try {
			runWpEnv( [ 'stop' ], { WP_ENV_HOME: dockerHome } );
		} catch ( error ) {
			log( errorMessage( error ) );
		}
	}
}
