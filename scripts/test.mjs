#!/usr/bin/env node
/**
 * `npm test`: every check, in order of speed: no path outside the
 * repository, types, lint, unit tests (blocks and scripts), `php -l`, the
 * PHP tests inside a fresh WordPress, then the browser tests against a
 * running WordPress. A site that
 * already runs is reused; one this command started is stopped at the end.
 *
 * Then the production stack (`npm run stack:test`): the browser tests' stack
 * subset on nginx, PHP-FPM and MariaDB, and the load test. Last, the
 * packaging test (`npm run test:clean-install`): the plugin and theme zips
 * installed on a clean WordPress of its own.
 *
 * Options: --skip-e2e (static checks only); --skip-stack (no production
 * stack); anything after `--` goes to Playwright, and then the stack and
 * packaging steps are left out (a narrowed run).
 */
import { spawnSync } from 'node:child_process';

import { ensureSite } from './lib/ensure-site.mjs';
import { errorReport } from './lib/errors.mjs';
import { ROOT, SITE_URL, log, stopSite } from './lib/site.mjs';
import { ensureChromium } from './lib/system.mjs';

const args = process.argv.slice( 2 );
const playwrightArgs = args.includes( '--' )
	? args.slice( args.indexOf( '--' ) + 1 )
	: [];
/** @type {Array<{name: string, ok: boolean, seconds: string}>} */
const results = [];

/**
 * Runs one check and records whether it passed and how long it took.
 *
 * @param {string}                 name        What the check is.
 * @param {string}                 command     Program.
 * @param {string[]}               commandArgs Its arguments.
 * @param {Record<string, string>} [env]       More environment.
 * @return {boolean} Whether it passed.
 */
function step( name, command, commandArgs, env = {} ) {
	log( `\n▶ ${ name }` );
	const began = Date.now();
	const result = spawnSync( command, commandArgs, {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, ...env },
	} );
	const seconds = ( ( Date.now() - began ) / 1000 ).toFixed( 1 );
	results.push( { name, ok: result.status === 0, seconds } );
	log( `${ result.status === 0 ? '✔' : '✖' } ${ name } (${ seconds } s)` );
	return result.status === 0;
}

/**
 * @param {string} script An npm script of this package.
 * @return {[string, string[]]} Program and arguments that run it.
 */
const npmRun = ( script ) => [ 'npm', [ 'run', '--silent', script ] ];

step( 'Nothing read outside the repository', ...npmRun( 'check:standalone' ) );
step( 'Type check (tsc: blocks, tests, scripts)', ...npmRun( 'typecheck' ) );
step( 'Lint JavaScript and TypeScript', ...npmRun( 'lint:js' ) );
step( 'Lint styles', ...npmRun( 'lint:style' ) );
step( 'Unit tests (Jest)', ...npmRun( 'test:unit' ) );
step( 'Script tests (node --test)', ...npmRun( 'test:scripts' ) );
step( 'PHP syntax (php -l)', ...npmRun( 'lint:php' ) );
step(
	'PHP tests (WordPress on Playground, no browser)',
	...npmRun( 'test:php' )
);

if ( ! args.includes( '--skip-e2e' ) ) {
	let started = false;
	try {
		const chromium = ensureChromium();
		( { started } = await ensureSite() );
		step(
			'End-to-end tests (Playwright)',
			'npx',
			[
				'playwright',
				'test',
				'--config',
				'tests/e2e/playwright.config.ts',
				...playwrightArgs,
			],
			{
				WP_BASE_URL: SITE_URL,
				...( chromium ? { CHROMIUM_PATH: chromium } : {} ),
			}
		);
	} catch ( error ) {
		results.push( {
			name: 'End-to-end tests (Playwright)',
			ok: false,
			seconds: '0',
		} );
		process.stderr.write( `${ errorReport( error ) }\n` );
	} finally {
		if ( started ) {
			log( 'Stopping the site this run started …' );
			stopSite();
		}
	}
	if ( playwrightArgs.length ) {
		log(
			'\nProduction stack and packaging test left out: Playwright arguments narrow this run.'
		);
	} else {
		if ( args.includes( '--skip-stack' ) ) {
			log( '\nProduction stack left out (--skip-stack).' );
		} else {
			step(
				'Production stack: browser subset and load test (nginx, PHP-FPM, MariaDB)',
				...npmRun( 'stack:test' )
			);
		}
		step(
			'Zips on a clean WordPress (Playwright)',
			...npmRun( 'test:clean-install' )
		);
	}
}

const failed = results.filter( ( result ) => ! result.ok );
log( '\nSummary' );
for ( const result of results ) {
	log(
		`  ${ result.ok ? '✔' : '✖' } ${ result.name } (${ result.seconds } s)`
	);
}
log(
	failed.length
		? `${ failed.length } of ${ results.length } steps failed.`
		: `All ${ results.length } steps passed.`
);
process.exit( failed.length ? 1 : 0 );
