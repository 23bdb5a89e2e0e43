/**
 * The production stack's figures: percentiles of timed requests and the
 * plugin's own durations read from its Server-Timing header.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { percentile, serverTimingDuration } from '../stack/server-times.mjs';

test( 'percentiles are nearest-rank: the median and p95 of 20 samples', () => {
	const samples = Array.from( { length: 20 }, ( _, index ) => 20 - index );
	assert.equal( percentile( samples, 0.5 ), 10 );
	assert.equal( percentile( samples, 0.95 ), 19 );
	assert.ok( Number.isNaN( percentile( [], 0.5 ) ) );
} );

test( 'a metric is read from a Server-Timing header by its exact name', () => {
	const header =
		'william-health-jsonld;dur=8.31;desc="Structured data", william-health-review;dur=0.25;desc="Review lines"';
	assert.equal(
		serverTimingDuration( header, 'william-health-jsonld' ),
		8.31
	);
	assert.equal(
		serverTimingDuration( header, 'william-health-review' ),
		0.25
	);
	assert.ok(
		Number.isNaN( serverTimingDuration( header, 'william-health' ) )
	);
	assert.ok(
		Number.isNaN( serverTimingDuration( '', 'william-health-jsonld' ) )
	);
} );
