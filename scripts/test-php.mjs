#!/usr/bin/env node
/**
 * `npm run test:php`: the plugin's PHP tests (tests/php/*-test.php), run
 * without a browser or a server inside a fresh WordPress: the same core the
 * local site runs, on WordPress Playground's PHP (WebAssembly) with SQLite,
 * through `wp-playground php`.
 *
 * Playground runs them with WP_DEBUG on; every PHP notice, warning and
 * deprecation raised while WordPress loads and the tests run is printed and
 * fails the run (tests/php/run.php).
 *
 * Usage: node scripts/test-php.mjs [--wp=6.8] [--php=7.4] [file-name filter]
 *   --wp   a release line of scripts/wp-core.mjs ("current" by default)
 *   --php  a PHP version Playground ships (8.3 by default, or WILLIAM_TEST_PHP)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ensureWordPressCore } from './wp-core.mjs';
import { ROOT, STATE_DIR, log } from './lib/site.mjs';

const args = process.argv.slice( 2 );
/**
 * @param {string} name Option name, without dashes.
 * @return {string|undefined} Its value, from `--name=value`.
 */
const option = ( name ) =>
	args
		.find( ( arg ) => arg.startsWith( `--${ name }=` ) )
		?.slice( name.length + 3 );
const PHP_VERSION = option( 'php' ) || process.env.WILLIAM_TEST_PHP || '8.3';
const CORE_LINE = option( 'wp' ) || 'current';

/**
 * A core copy of its own: Playground writes wp-config.php into the folder it
 * installs, so the shared cache must not be mounted.
 *
 * @return {Promise<{dir: string, version: string}>} The copy.
 */
async function testCore() {
	const core = await ensureWordPressCore( CORE_LINE );
	const lineDir = path.join( STATE_DIR, 'php-tests', CORE_LINE );
	const dir = path.join( lineDir, `core-${ core.version }` );
	if ( ! fs.existsSync( path.join( dir, 'wp-includes', 'version.php' ) ) ) {
		fs.rmSync( lineDir, { recursive: true, force: true } );
		fs.cpSync( core.dir, dir, { recursive: true } );
	}
	// A fresh install each run.
	for ( const file of [
		'wp-config.php',
		'wp-content/database/.ht.sqlite',
	] ) {
		fs.rmSync( path.join( dir, file ), { force: true } );
	}
	return { dir, version: core.version };
}

const core = await testCore();
const filter = args.find( ( arg ) => ! arg.startsWith( '--' ) ) ?? '';
log(
	`PHP tests on WordPress ${ core.version }, PHP ${ PHP_VERSION } (Playground) …`
);
/**
 * @param {string} from Folder on this machine.
 * @param {string} to   Where PHP sees it.
 * @return {string[]} The wp-playground arguments.
 */
const mount = ( from, to ) => [ '--mount-dir', from, to ];
const result = spawnSync(
	process.execPath,
	[
		path.join( ROOT, 'node_modules/@wp-playground/cli/wp-playground.js' ),
		'php',
		`--php=${ PHP_VERSION }`,
		'--mount-dir-before-install',
		core.dir,
		'/wordpress',
		'--wordpress-install-mode=install-from-existing-files-if-needed',
		...mount(
			path.join( ROOT, 'plugin' ),
			'/wordpress/wp-content/plugins/william-health-blocks'
		),
		...mount(
			path.join( ROOT, 'theme' ),
			'/wordpress/wp-content/themes/william-inc'
		),
		...mount(
			path.join( ROOT, 'tests/php/mu-plugins' ),
			'/wordpress/wp-content/mu-plugins'
		),
		...mount( path.join( ROOT, 'tests' ), '/tests' ),
		'--define',
		'WILLIAM_TEST_FILTER',
		filter,
		'--verbosity=quiet',
		'--',
		'/tests/php/run.php',
	],
	{ cwd: ROOT, stdio: 'inherit' }
);
process.exit( result.status ?? 1 );
