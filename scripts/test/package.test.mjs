/**
 * The zips hold what git tracks plus the fresh build, nothing else from the
 * working tree.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { ROOT } from '../lib/site.mjs';
import { PACKAGES, packageFiles } from '../package.mjs';

/**
 * @param {string} slug Package slug.
 * @return {import('../package.mjs').Package} The package.
 */
function packageOf( slug ) {
	const found = PACKAGES.find( ( pkg ) => pkg.slug === slug );
	assert.ok( found, `package.mjs packs no ${ slug }` );
	return found;
}

const theme = packageOf( 'william-inc' );
const plugin = packageOf( 'william-health-blocks' );
const strays = [
	path.join( theme.source, 'functions.php~' ),
	path.join( plugin.source, 'TODO-private.txt' ),
];

after( () => strays.forEach( ( file ) => fs.rmSync( file, { force: true } ) ) );

test( 'untracked files of the working tree stay out of the zips', () => {
	strays.forEach( ( file ) => fs.writeFileSync( file, 'private' ) );
	// The plugin's tracked files only: its build folder is the next test's
	// subject, and a fresh clone has none before the first build.
	const files = [
		...packageFiles( theme ),
		...packageFiles( { source: plugin.source } ),
	];
	assert.ok( files.includes( 'functions.php' ) );
	assert.ok( files.includes( 'william-health-blocks.php' ) );
	assert.deepEqual(
		files.filter( ( file ) => /~$|TODO-private/.test( file ) ),
		[]
	);
} );

test( 'a generated folder goes in whole, though git ignores it', () => {
	const source = path.join( ROOT, 'artifacts', 'package-test' );
	fs.mkdirSync( path.join( source, 'build', 'block' ), { recursive: true } );
	fs.writeFileSync( path.join( source, 'build', 'block', 'index.js' ), '' );
	fs.writeFileSync( path.join( source, 'build', '.hidden' ), '' );
	try {
		assert.deepEqual( packageFiles( { source, generated: [ 'build' ] } ), [
			path.join( 'build', 'block', 'index.js' ),
		] );
	} finally {
		fs.rmSync( source, { recursive: true, force: true } );
	}
} );
