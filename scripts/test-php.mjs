#!/usr/bin/env node
/**
 * `npm run test:php`: the plugin's PHP tests (tests/php/*-test.php), run
 * without a browser or a server inside a fresh WordPress: the same core the
 * local site runs, on WordPress Playground's PHP (WebAssembly) with SQLite,
 * through `wp-playground php`.
 *
 * Usage: node scripts/test-php.mjs [file-name filter]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ensureWordPressCore } from './wp-core.mjs';
import { ROOT, STATE_DIR, log } from './lib/site.mjs';

const PHP_VERSION = process.env.WILLIAM_TEST_PHP || '8.3';

/**
 * A core copy of its own: Playground writes wp-config.php into the folder it
 * installs, so the shared cache must not be mounted.
 *
 * @return {Promise<{dir: string, version: string}>} The copy.
 */
async function testCore() {
	const core = await ensureWordPressCore();
	const dir = path.join( STATE_DIR, 'php-tests', `core-${ core.version }` );
	if ( ! fs.existsSync( path.join( dir, 'wp-includes', 'version.php' ) ) ) {
		fs.rmSync( path.join( STATE_DIR, 'php-tests' ), {
			recursive: true,
			force: true,
		} );
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
const filter = process.argv[ 2 ] ?? '';
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
