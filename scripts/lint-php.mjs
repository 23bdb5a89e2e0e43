#!/usr/bin/env node
/**
 * `php -l` on every PHP file of the plugin, the theme, the PHP tests, the
 * production stack's installer and the local-site
 * mu-plugins the tests and the benchmark use.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ROOT } from './lib/site.mjs';
import { ensurePhp } from './lib/system.mjs';

/**
 * @param {string} dir Folder to walk.
 * @return {string[]} Its PHP files, node_modules left out.
 */
function phpFiles( dir ) {
	return fs
		.readdirSync( dir, { withFileTypes: true } )
		.flatMap( ( entry ) => {
			const file = path.join( dir, entry.name );
			if ( entry.isDirectory() ) {
				return entry.name === 'node_modules' ? [] : phpFiles( file );
			}
			return entry.name.endsWith( '.php' ) ? [ file ] : [];
		} );
}

ensurePhp();
const files = [
	'plugin',
	'theme',
	'tests/mu-plugins',
	'tests/php',
	'scripts/stack',
].flatMap( ( dir ) => phpFiles( path.join( ROOT, dir ) ) );
const failed = files.filter( ( file ) => {
	const result = spawnSync( 'php', [ '-l', file ], { encoding: 'utf8' } );
	if ( result.status !== 0 ) {
		process.stderr.write( result.stdout + result.stderr );
	}
	return result.status !== 0;
} );
process.stdout.write(
	`php -l: ${ files.length - failed.length } of ${ files.length } files without syntax errors\n`
);
process.exit( failed.length ? 1 : 0 );
