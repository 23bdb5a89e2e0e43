/**
 * A second, throw-away WordPress with nothing of ours in it: the clean site on
 * which the packaging test installs the zips. Every start gets a fresh copy of
 * core, so a fresh database, no plugins beyond core's and only core themes.
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

/** @type {import('./site.mjs').WpEnvConfig} */
const config = JSON.parse( fs.readFileSync( CONFIG_FILE, 'utf8' ) );

export const CLEAN_PORT = Number(
	process.env.WP_ENV_CLEAN_PORT || config.port
);
export const CLEAN_SITE_URL = `http://localhost:${ CLEAN_PORT }`;

/**
 * Starts the clean site from a fresh copy of core.
 *
 * @return {Promise<{version: string}>} The WordPress it runs.
 */
export async function startCleanSite() {
	stopCleanSite();
	if ( await isSiteRunning( CLEAN_SITE_URL ) ) {
		throw new Error(
			`Another WordPress answers at ${ CLEAN_SITE_URL }; set WP_ENV_CLEAN_PORT to a free port.`
		);
	}
	const core = await ensureWordPressCore();
	const coreDir = path.join( CLEAN_DIR, 'core' );
	fs.rmSync( coreDir, { recursive: true, force: true } );
	fs.cpSync( core.dir, coreDir, { recursive: true } );
	log(
		`Starting a clean WordPress ${ core.version } at ${ CLEAN_SITE_URL } …`
	);
	startPlayground( {
		configFile: CONFIG_FILE,
		home: HOME,
		coreDir,
		version: core.version,
		// WP_ENV_PORT may name the main site's port; this one needs its own.
		env: { WP_ENV_PORT: String( CLEAN_PORT ) },
	} );
	return core;
}

/**
 * Stops the clean site, if it runs.
 */
export function stopCleanSite() {
	stopPlayground( { configFile: CONFIG_FILE, home: HOME } );
}
