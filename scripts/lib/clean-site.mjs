/**
 * A second, throw-away WordPress with nothing of ours in it: the clean site on
 * which the packaging test installs the zips. Every start gets a fresh copy of
 * core, so a fresh database, no plugins beyond core's and only core themes.
 * It can run any release line of scripts/wp-core.mjs on any PHP Playground
 * ships, in debug mode, with PHP's messages logged to `debugLogPath()`.
 */
import fs from 'node:fs';
import path from 'node:path';

import { ensureWordPressCore } from '../wp-core.mjs';
import {
	ROOT,
	STATE_DIR,
	isSiteRunning,
	log,
	startPlayground,
	stopPlayground,
} from './site.mjs';

const CONFIG_FILE = path.join( ROOT, 'tests', 'clean-install', 'wp-env.json' );
const CLEAN_DIR = path.join( STATE_DIR, 'clean' );
const HOME = path.join( CLEAN_DIR, 'wp-env' );
const CORE_DIR = path.join( CLEAN_DIR, 'core' );

/** @type {import('./site.mjs').WpEnvConfig} */
const config = JSON.parse( fs.readFileSync( CONFIG_FILE, 'utf8' ) );

export const CLEAN_PORT = Number(
	process.env.WP_ENV_CLEAN_PORT || config.port
);
export const CLEAN_SITE_URL = `http://localhost:${ CLEAN_PORT }`;

/**
 * Starts the clean site from a fresh copy of core.
 *
 * @param {Object} [options]      What to run.
 * @param {string} [options.line] A release line of scripts/wp-core.mjs.
 * @param {string} [options.php]  A PHP version; the config's by default.
 * @return {Promise<{version: string}>} The WordPress it runs.
 */
export async function startCleanSite( { line = 'current', php = '' } = {} ) {
	stopCleanSite();
	if ( await isSiteRunning( CLEAN_SITE_URL ) ) {
		throw new Error(
			`Another WordPress answers at ${ CLEAN_SITE_URL }; set WP_ENV_CLEAN_PORT to a free port.`
		);
	}
	const core = await ensureWordPressCore( line );
	fs.rmSync( CORE_DIR, { recursive: true, force: true } );
	fs.cpSync( core.dir, CORE_DIR, { recursive: true } );
	log(
		`Starting a clean WordPress ${ core.version } on PHP ${
			php || config.phpVersion
		} at ${ CLEAN_SITE_URL } …`
	);
	startPlayground( {
		configFile: CONFIG_FILE,
		home: HOME,
		coreDir: CORE_DIR,
		version: core.version,
		env: {
			// WP_ENV_PORT may name the main site's port; this one needs its own.
			WP_ENV_PORT: String( CLEAN_PORT ),
			...( php ? { WP_ENV_PHP_VERSION: php } : {} ),
		},
	} );
	return core;
}

/**
 * Where the clean site's PHP writes its notices, warnings and errors
 * (WP_DEBUG_LOG in its config).
 *
 * @return {string} The file; it exists only once PHP had something to say.
 */
export function debugLogPath() {
	return path.join( CORE_DIR, 'wp-content', 'debug.log' );
}

/**
 * Stops the clean site, if it runs.
 */
export function stopCleanSite() {
	stopPlayground( { configFile: CONFIG_FILE, home: HOME } );
}
