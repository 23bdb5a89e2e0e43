#!/usr/bin/env node
/**
 * `npm run stack:load`: a bounded load test of the production stack, from
 * this machine to itself (loopback) only. wrk, 50 connections of anonymous
 * readers (no cookies), 60 seconds on our article, then 60 seconds on the
 * same article in core blocks on the baseline site, each after a short
 * warm-up. Prints requests, errors, p50/p95 latency and ours ÷ baseline;
 * the goal is a p95 ratio of at most 1.05 (a miss is reported, not fatal).
 * Writes the figures to bench-results/stack-load.json for `npm run bench`.
 *
 * The stack must run (`npm run stack:start`). Exits non-zero when a page is
 * not the article or a request failed.
 *
 * Environment: WILLIAM_STACK_LOAD_SECONDS (60) and
 * WILLIAM_STACK_LOAD_CONNECTIONS (50) for a shorter look.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ARTICLE_SLUG } from '../lib/provision.mjs';
import { errorReport } from '../lib/errors.mjs';
import { ROOT, log } from '../lib/site.mjs';
import { BASELINE_SLUG, SITES, checkArticlePage } from './stack.mjs';

/**
 * What wrk measured for one page.
 *
 * @typedef {Object} LoadFigures
 * @property {string} url      The page.
 * @property {number} seconds  How long it ran.
 * @property {number} requests Completed requests.
 * @property {number} errors   Non-2xx/3xx answers plus socket errors (connect, read, write, timeout).
 * @property {number} rps      Requests per second.
 * @property {number} p50      Median latency, milliseconds.
 * @property {number} p95      95th percentile latency, milliseconds.
 */

/**
 * The load test's result, as written to bench-results/stack-load.json.
 *
 * @typedef {Object} LoadResult
 * @property {string}      date        When it ran (ISO 8601).
 * @property {number}      connections Concurrent connections.
 * @property {LoadFigures} ours        Our article.
 * @property {LoadFigures} baseline    The article in core blocks.
 * @property {number}      p50Ratio    Ours ÷ baseline, p50.
 * @property {number}      p95Ratio    Ours ÷ baseline, p95.
 * @property {boolean}     pass        Whether p95Ratio ≤ GOAL.
 */

export const GOAL = 1.05;
export const RESULT_FILE = path.join(
	ROOT,
	'bench-results',
	'stack-load.json'
);
const SECONDS = Number( process.env.WILLIAM_STACK_LOAD_SECONDS || 60 );
const CONNECTIONS = Number( process.env.WILLIAM_STACK_LOAD_CONNECTIONS || 50 );
const WARM_UP_SECONDS = 5;
// wrk prints only 50/75/90/99 itself; its Lua hook reads any percentile.
const REPORT_SCRIPT = path.join( ROOT, 'scripts/stack/wrk-report.lua' );

/**
 * Runs wrk on one page.
 *
 * @param {string} url     Page on loopback.
 * @param {number} seconds Duration.
 * @return {LoadFigures} Its figures.
 */
function wrk( url, seconds ) {
	const host = new URL( url ).hostname;
	if ( ! [ 'localhost', '127.0.0.1', '[::1]' ].includes( host ) ) {
		throw new Error(
			`The load test runs on loopback only, not ${ host }.`
		);
	}
	const result = spawnSync(
		'wrk',
		[
			'--threads',
			'2',
			'--connections',
			String( CONNECTIONS ),
			'--duration',
			`${ seconds }s`,
			// A slow answer is a slow answer, not an error.
			'--timeout',
			'30s',
			'--script',
			REPORT_SCRIPT,
			url,
		],
		{ encoding: 'utf8' }
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`wrk failed (exit ${ result.status ?? result.signal }): ${ result.stderr || result.error?.message }`
		);
	}
	const line = result.stdout
		.split( '\n' )
		.find( ( text ) => text.startsWith( 'WILLIAM_WRK ' ) );
	if ( ! line ) {
		throw new Error( `wrk printed no report:\n${ result.stdout }` );
	}
	/** @type {{requests: number, errors: number, duration_us: number, p50_us: number, p95_us: number}} */
	const report = JSON.parse( line.slice( 'WILLIAM_WRK '.length ) );
	return {
		url,
		seconds,
		requests: report.requests,
		errors: report.errors,
		rps: report.requests / ( report.duration_us / 1e6 ),
		p50: report.p50_us / 1000,
		p95: report.p95_us / 1000,
	};
}

/**
 * @param {string}      label   Side.
 * @param {LoadFigures} figures Its figures.
 */
function print( label, figures ) {
	log(
		`  ${ label.padEnd( 9 ) } ${ String( figures.requests ).padStart(
			7
		) } requests  ${ String( figures.errors ).padStart(
			4
		) } errors  ${ figures.rps
			.toFixed( 1 )
			.padStart( 7 ) } req/s  p50 ${ figures.p50
			.toFixed( 1 )
			.padStart(
				7
			) } ms  p95 ${ figures.p95.toFixed( 1 ).padStart( 7 ) } ms`
	);
}

/**
 * Checks both pages, then loads ours and the baseline in turn.
 *
 * @return {Promise<LoadResult>} The figures, also written to RESULT_FILE.
 */
export async function loadTest() {
	const urls = {
		ours: `${ SITES.ours.url }/${ ARTICLE_SLUG }/`,
		baseline: `${ SITES.baseline.url }/${ BASELINE_SLUG }/`,
	};
	await checkArticlePage( urls.ours );
	await checkArticlePage( urls.baseline );
	log(
		`Load test on loopback: ${ CONNECTIONS } connections, ${ SECONDS } s per page after a ${ WARM_UP_SECONDS } s warm-up …`
	);
	wrk( urls.ours, WARM_UP_SECONDS );
	const ours = wrk( urls.ours, SECONDS );
	print( 'ours', ours );
	wrk( urls.baseline, WARM_UP_SECONDS );
	const baseline = wrk( urls.baseline, SECONDS );
	print( 'baseline', baseline );
	const p50Ratio = ours.p50 / baseline.p50;
	const p95Ratio = ours.p95 / baseline.p95;
	const pass = p95Ratio <= GOAL;
	log(
		`  ours ÷ baseline: p50 ${ p50Ratio.toFixed( 2 ) }, p95 ${ p95Ratio.toFixed(
			2
		) } (goal p95 ≤ ${ GOAL }): ${ pass ? 'PASS' : 'MISS' }`
	);
	/** @type {LoadResult} */
	const result = {
		date: new Date().toISOString(),
		connections: CONNECTIONS,
		ours,
		baseline,
		p50Ratio,
		p95Ratio,
		pass,
	};
	fs.mkdirSync( path.dirname( RESULT_FILE ), { recursive: true } );
	fs.writeFileSync( RESULT_FILE, JSON.stringify( result, null, '\t' ) );
	// Pages must have been served: a failing stack is not "fast".
	await checkArticlePage( urls.ours );
	await checkArticlePage( urls.baseline );
	if ( ours.errors || baseline.errors ) {
		throw new Error(
			`The load test had errors: ${ ours.errors } on ours, ${ baseline.errors } on the baseline (see .cache/stack/log/).`
		);
	}
	return result;
}

if (
	process.argv[ 1 ] &&
	import.meta.url === pathToFileURL( process.argv[ 1 ] ).href
) {
	try {
		await loadTest();
	} catch ( error ) {
		process.stderr.write( `\n${ errorReport( error ) }\n` );
		process.exit( 1 );
	}
}
