#!/usr/bin/env node
/**
 * `npm run stack:test`: the production stack on its own. Starts it when it
 * is not running, runs the browser tests' server subset against our site
 * (8700), then the load test, and stops the stack again if this run started
 * it. Prints how long each part took. (`npm test` runs the whole browser
 * suite on the stack, and the server subset on Playground.)
 *
 * Options: --skip-load (the browser subset only).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { build } from '../lib/ensure-site.mjs';
import { errorReport } from '../lib/errors.mjs';
import { ROOT, log } from '../lib/site.mjs';
import { SERVER_SUBSET } from '../lib/e2e-sites.mjs';
import { ensureChromium } from '../lib/system.mjs';
import { loadTest } from './load.mjs';
import {
	SITES,
	STACK_DIR,
	provisionStack,
	startServers,
	stopServers,
} from './stack.mjs';

const args = process.argv.slice( 2 );
/** @type {Array<[string, number]>} */
const times = [];
let last = Date.now();
/** @param {string} part What just finished. */
const lap = ( part ) => {
	const now = Date.now();
	times.push( [ part, ( now - last ) / 1000 ] );
	last = now;
};

const began = Date.now();
/** @type {import('./stack.mjs').Server[]} */
let started = [];
let failed = false;
try {
	build();
	lap( 'build' );
	( { started } = await startServers() );
	lap( 'packages, MariaDB, WordPress install, servers' );
	await provisionStack();
	lap( 'provisioning' );
	const chromium = ensureChromium();
	log( `\nBrowser tests against ${ SITES.ours.url } (stack subset) …` );
	const e2e = spawnSync(
		'npx',
		[
			'playwright',
			'test',
			'--config',
			'tests/e2e/playwright.config.ts',
			...SERVER_SUBSET,
			// The authors' halves type into the editor, which is the same on
			// any server; the contributors' halves save hostile blocks over
			// REST through this stack's PHP and MariaDB, which is the point.
			'--grep-invert',
			'an author',
		],
		{
			cwd: ROOT,
			stdio: 'inherit',
			env: {
				...process.env,
				WP_BASE_URL: SITES.ours.url,
				// Sessions of their own: cookies do not tell ports apart.
				WP_ARTIFACTS_PATH: path.join( STACK_DIR, 'artifacts' ),
				...( chromium ? { CHROMIUM_PATH: chromium } : {} ),
			},
		}
	);
	lap( 'browser tests' );
	if ( e2e.status !== 0 ) {
		failed = true;
		log( 'The browser tests failed against the stack.' );
	}
	if ( ! args.includes( '--skip-load' ) ) {
		await loadTest();
		lap( 'load test' );
	}
} catch ( error ) {
	failed = true;
	process.stderr.write( `\n${ errorReport( error ) }\n` );
} finally {
	if ( started.length ) {
		log( 'Stopping the stack this run started …' );
		await stopServers( started );
		lap( 'stop' );
	}
}
log( '\nProduction stack, wall time:' );
for ( const [ part, seconds ] of times ) {
	log( `  ${ part.padEnd( 48 ) } ${ seconds.toFixed( 1 ).padStart( 6 ) } s` );
}
log(
	`  ${ 'total'.padEnd( 48 ) } ${ ( ( Date.now() - began ) / 1000 )
		.toFixed( 1 )
		.padStart( 6 ) } s`
);
process.exit( failed ? 1 : 0 );
