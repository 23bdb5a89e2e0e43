/**
 * The split of spec files between the two sites of `npm test`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { specGroups, splitByDuration } from '../lib/e2e-sites.mjs';

test( 'files are split into groups of about equal time, longest first', () => {
	const groups = splitByDuration(
		[ 'a.spec.ts', 'b.spec.ts', 'c.spec.ts', 'd.spec.ts', 'e.spec.ts' ],
		{ 'a.spec.ts': 100, 'b.spec.ts': 60, 'c.spec.ts': 50, 'd.spec.ts': 30 },
		2
	);
	// e has no time and counts as the median file (60). Longest first, each
	// to the lighter group: a | b, e → b (120), c → a (150), d → b (150).
	assert.deepEqual( groups, [
		[ 'a.spec.ts', 'c.spec.ts' ],
		[ 'b.spec.ts', 'd.spec.ts', 'e.spec.ts' ],
	] );
} );

test( 'every spec file of the suite runs on exactly one site', () => {
	const [ first = [], second = [] ] = specGroups( 2 );
	assert.ok( first.length > 0 && second.length > 0 );
	assert.equal(
		new Set( [ ...first, ...second ] ).size,
		first.length + second.length
	);
	assert.deepEqual( specGroups( 1 )[ 0 ], [ ...first, ...second ].sort() );
} );
