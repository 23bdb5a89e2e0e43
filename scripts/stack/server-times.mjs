/**
 * Server times from the production stack (real PHP on PHP-FPM, MariaDB) for
 * the benchmark, beside Playground's: a few timed requests to both sites'
 * articles, interleaved, and our plugin's own work from its Server-Timing
 * header. Null when the stack does not run, so the benchmark works without.
 */
import { ARTICLE_SLUG } from '../lib/provision.mjs';
import { BASELINE_SLUG, SITES, runningPid } from './stack.mjs';

/**
 * @typedef {Object} StackServerTimes
 * @property {number} samples       Requests per side.
 * @property {number} oursMs        Median time to first byte, ours.
 * @property {number} baselineMs    Median time to first byte, baseline.
 * @property {number} oursP95Ms     95th percentile, ours.
 * @property {number} baselineP95Ms 95th percentile, baseline.
 * @property {number} jsonLdMs      Median Server-Timing william-health-jsonld.
 * @property {number} reviewMs      Median Server-Timing william-health-review.
 */

/**
 * @param {number[]} values Samples.
 * @param {number}   share  0.5 for the median, 0.95 for p95.
 * @return {number} The nearest-rank percentile; NaN for none.
 */
export function percentile( values, share ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return (
		sorted[ Math.max( 0, Math.ceil( share * sorted.length ) - 1 ) ] ?? NaN
	);
}

/**
 * A metric's duration from a Server-Timing header value.
 *
 * @param {string} header Header value ("name;dur=1.2;desc=…, …").
 * @param {string} name   Metric name.
 * @return {number} Milliseconds, NaN when absent.
 */
export function serverTimingDuration( header, name ) {
	const metric = header
		.split( ',' )
		.map( ( part ) => part.trim() )
		.find( ( part ) => part.split( ';' )[ 0 ] === name );
	const match = metric?.match( /;dur=([\d.]+)/ );
	return match?.[ 1 ] ? Number( match[ 1 ] ) : NaN;
}

/**
 * Times both stack articles when the stack runs.
 *
 * @param {number} samples Requests per side (one more each to warm up).
 * @return {Promise<StackServerTimes|null>} The figures, or null.
 */
export async function stackServerTimes( samples = 20 ) {
	if ( ! runningPid( 'nginx' ) || ! runningPid( 'php-fpm' ) ) {
		return null;
	}
	const urls = {
		ours: `${ SITES.ours.url }/${ ARTICLE_SLUG }/`,
		baseline: `${ SITES.baseline.url }/${ BASELINE_SLUG }/`,
	};
	/** @type {{ours: number[], baseline: number[], jsonLd: number[], review: number[]}} */
	const times = { ours: [], baseline: [], jsonLd: [], review: [] };
	try {
		for ( let round = 0; round <= samples; round++ ) {
			/** @type {Array<'ours'|'baseline'>} */
			const order =
				round % 2 ? [ 'baseline', 'ours' ] : [ 'ours', 'baseline' ];
			for ( const side of order ) {
				const start = performance.now();
				const response = await fetch( urls[ side ], {
					signal: AbortSignal.timeout( 30_000 ),
				} );
				const elapsed = performance.now() - start;
				await response.arrayBuffer();
				if ( response.status !== 200 ) {
					return null;
				}
				if ( round === 0 ) {
					continue;
				}
				times[ side ].push( elapsed );
				if ( side === 'ours' ) {
					const header =
						response.headers.get( 'server-timing' ) ?? '';
					times.jsonLd.push(
						serverTimingDuration( header, 'william-health-jsonld' )
					);
					times.review.push(
						serverTimingDuration( header, 'william-health-review' )
					);
				}
			}
		}
	} catch {
		return null;
	}
	return {
		samples,
		oursMs: percentile( times.ours, 0.5 ),
		baselineMs: percentile( times.baseline, 0.5 ),
		oursP95Ms: percentile( times.ours, 0.95 ),
		baselineP95Ms: percentile( times.baseline, 0.95 ),
		jsonLdMs: percentile( times.jsonLd, 0.5 ),
		reviewMs: percentile( times.review, 0.5 ),
	};
}
