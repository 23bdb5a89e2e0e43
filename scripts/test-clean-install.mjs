#!/usr/bin/env node
/**
 * `npm run test:clean-install`: packs the plugin and theme zips, and on each
 * WordPress and PHP the plugin claims, starts a clean WordPress beside the
 * local site and runs the browser test in which an administrator uploads
 * both zips and publishes the article from the pattern. The site runs in
 * debug mode: anything PHP logs (a notice, a deprecation) fails the run.
 * The clean site is stopped after each run, pass or fail.
 *
 * Options: --wp=<line> --php=<version> for one run only (for example
 * --wp=6.8 --php=7.4); anything after `--` goes to Playwright.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { packageAll } from './package.mjs';
import {
	CLEAN_SITE_URL,
	debugLogPath,
	startCleanSite,
	stopCleanSite,
} from './lib/clean-site.mjs';
import { errorReport } from './lib/errors.mjs';
import { ROOT, log } from './lib/site.mjs';
import { ensureChromium } from './lib/system.mjs';

/**
 * The oldest release the headers claim (Requires at least) on the oldest PHP
 * (Requires PHP), and the current release on the newest PHP Playground ships.
 * The local site's suite covers the current release on the PHP of wp-env.json.
 *
 * @type {Array<{line: string, php: string}>}
 */
const RUNS = [
	{ line: '6.8', php: '7.4' },
	{ line: 'current', php: '8.5' },
];

const args = process.argv.slice( 2 );
const ownArgs = args.includes( '--' )
	? args.slice( 0, args.indexOf( '--' ) )
	: args;
const playwrightArgs = args.includes( '--' )
	? args.slice( args.indexOf( '--' ) + 1 )
	: [];
/**
 * @param {string} name Option name, without dashes.
 * @return {string|undefined} Its value, from `--name=value`.
 */
const option = ( name ) =>
	ownArgs
		.find( ( arg ) => arg.startsWith( `--${ name }=` ) )
		?.slice( name.length + 3 );
const runs =
	option( 'wp' ) || option( 'php' )
		? [ { line: option( 'wp' ) || 'current', php: option( 'php' ) || '' } ]
		: RUNS;

/**
 * Installs the zips on one clean site and checks what PHP logged meanwhile.
 *
 * @param {{line: string, php: string}}     run      WordPress line and PHP.
 * @param {{plugin: string, theme: string}} zips     The two zip files.
 * @param {string|undefined}                chromium Debian's Chromium, if any.
 * @return {Promise<boolean>} Whether it passed.
 */
async function installOn( run, zips, chromium ) {
	const { version } = await startCleanSite( run );
	// What core's own installer said is not the plugin's to answer for.
	fs.rmSync( debugLogPath(), { force: true } );
	const name = `WordPress ${ version }, PHP ${ run.php || 'default' }`;
	const artifacts = path.join( ROOT, 'artifacts' );
	const slug = `clean-install-${ run.line }-${ run.php }`;
	const result = spawnSync(
		'npx',
		[
			'playwright',
			'test',
			'--config',
			'tests/clean-install/playwright.config.ts',
			...playwrightArgs,
		],
		{
			cwd: ROOT,
			stdio: 'inherit',
			env: {
				...process.env,
				WP_BASE_URL: CLEAN_SITE_URL,
				WP_ARTIFACTS_PATH: artifacts,
				CLEAN_INSTALL_RESULTS: path.join( artifacts, slug ),
				// Not the local site's session: that one belongs to its tests.
				STORAGE_STATE_PATH: path.join(
					artifacts,
					`storage-states/${ slug }-admin.json`
				),
				PLUGIN_ZIP: zips.plugin,
				THEME_ZIP: zips.theme,
				...( chromium ? { CHROMIUM_PATH: chromium } : {} ),
			},
		}
	);
	const logFile = debugLogPath();
	const logged = fs.existsSync( logFile )
		? fs.readFileSync( logFile, 'utf8' ).trim()
		: '';
	if ( logged ) {
		log( `\n✖ PHP logged on ${ name }:\n${ logged }` );
	} else {
		log( `\nPHP logged nothing on ${ name }.` );
	}
	return result.status === 0 && ! logged;
}

let passed = true;
try {
	const chromium = ensureChromium();
	const [ plugin, theme ] = packageAll();
	if ( ! plugin || ! theme ) {
		throw new Error(
			'package.mjs wrote fewer zips than the plugin and the theme.'
		);
	}
	for ( const run of runs ) {
		try {
			passed =
				( await installOn(
					run,
					{ plugin: plugin.file, theme: theme.file },
					chromium
				) ) && passed;
		} finally {
			log( 'Stopping the clean site …' );
			stopCleanSite();
		}
	}
} catch ( error ) {
	passed = false;
	process.stderr.write( `${ errorReport( error ) }\n` );
}
process.exit( passed ? 0 : 1 );
