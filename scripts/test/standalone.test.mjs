/**
 * The check that keeps the repository standalone finds what a user's clone
 * would miss, and leaves paths inside the repository alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { escapingPaths } from '../lib/standalone.mjs';

/**
 * @param {string} file Path of the checked file.
 * @param {string} text Its text.
 * @return {number[]} Lines with findings.
 */
const found = ( file, text ) =>
	escapingPaths( file, text ).map( ( finding ) => finding.line );

test( 'a path to the seed notes beside the repository is found', () => {
	assert.deepEqual(
		found(
			'tests/e2e/fixtures.ts',
			"const a = 1;\nconst SEED = path.resolve( ROOT, '../shared/seed/article.txt' );"
		),
		[ 2 ]
	);
} );

test( 'a relative path that climbs out of the root is found, on its line or the next', () => {
	assert.deepEqual(
		found(
			'scripts/x.mjs',
			"const up = path.join( ROOT, '..', 'other' );"
		),
		[ 1 ]
	);
	assert.deepEqual(
		found( 'scripts/x.mjs', "const up = path.join( ROOT, '../other' );" ),
		[ 1 ]
	);
	assert.deepEqual(
		found(
			'scripts/lib/x.mjs',
			"path.resolve(\n\tROOT,\n\t'../elsewhere/file.txt'\n);"
		),
		[ 3 ]
	);
	assert.deepEqual(
		found(
			'tests/e2e/x.ts',
			"fs.readFileSync( path.resolve( __dirname, '../../../notes.md' ) );"
		),
		[ 1 ]
	);
} );

test( 'home and temporary folders are found', () => {
	assert.deepEqual(
		found(
			'scripts/a.mjs',
			'const cache = path.join( os.homedir(), ".cache" );\nconst t = os.tmpdir();\nconst h = "~/.config";'
		),
		[ 1, 2, 3 ]
	);
	assert.deepEqual( found( '.ci/run', 'cd "$HOME/work"' ), [ 1 ] );
} );

test( 'paths that stay inside the repository, prose and comments pass', () => {
	assert.deepEqual(
		found(
			'plugin/patterns/x.php',
			'// Facts from ../shared/seed/references.md\n * see ../../elsewhere'
		),
		[]
	);
	assert.deepEqual(
		found(
			'blocks/safety-notice/save.tsx',
			"import { x } from '../shared/links';\nimport y from '../../blocks/shared/z';"
		),
		[]
	);
	assert.deepEqual(
		found(
			'scripts/lib/site.mjs',
			"export const ROOT = path.resolve( path.dirname( here ), '../..' );"
		),
		[]
	);
	assert.deepEqual(
		found( 'README.md', 'Copied once from ../shared/seed/article.txt' ),
		[]
	);
} );
