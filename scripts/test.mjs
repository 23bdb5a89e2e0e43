#!/usr/bin/env node
/**
 * `npm test`: every check, in order of speed: no path outside the
 * repository, types, lint, unit tests (blocks and scripts), `php -l`, the
 * PHP tests inside a fresh WordPress, then `npm run bench -- --quick` and the
 * browser tests against a running WordPress. A site that
 * already runs is reused; one this command started is stopped at the end.
 *
 * Then the production stack (`npm run stack:test -- --skip-load`): the browser
 * tests' stack subset on nginx, PHP-FPM and MariaDB (the load test is a
 * benchmark, `npm run stack:load`, not a pass/fail check). Last, the
 * packaging test (`npm run test:clean-install`): the plugin and theme zips
 * installed on a clean WordPress of its own.
 *
 * The version matrix: the PHP tests run again on the oldest WordPress and PHP
 * the headers claim (6.8, 7.4) and on the newest PHP Playground ships (8.5),
 * and the packaging test runs on both of those.
 *
 * Options: --skip-e2e (static checks only); --skip-matrix (the current
 * WordPress on the site's PHP only, a quicker local run); --skip-stack (no
 * production stack); anything after `--` goes to Playwright, and then the
 * stack and packaging steps are left out (a narrowed run).
 */
import { spawnSync } from 'node:child_process';

import { ensureSite } from './lib/ensure-site.mjs';
import { errorReport } from './lib/errors.mjs';
import { ROOT, SITE_URL, log, stopSite } from './lib/site.mjs';
import { ensureChromium } from './lib/system.mjs';

const args = process.argv.slice( 2 );
const OWN_OPTIONS = [ '--skip-e2e', '--skip-matrix', '--skip-stack' ];
// npm consumes the `--` of `npm test -- --grep notice`: whatever is not this
// script's own option goes to Playwright, as after a second `--`.
const playwrightArgs = args.includes( '--' )
	? args.slice( args.indexOf( '--' ) + 1 )
	: args.filter( ( arg ) => ! OWN_OPTIONS.includes( arg ) );
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
 * @param {string}   script     An npm script of this package.
 * @param {string[]} scriptArgs Arguments for it.
 * @return {[string, string[]]} Program and arguments that run it.
 */
const npmRun = ( script, ...scriptArgs ) => [
	'npm',
	[
		'run',
		'--silent',
		script,
		...( scriptArgs.length ? [ '--', ...scriptArgs ] : [] ),
	],
];
const matrix = ! args.includes( '--skip-matrix' );

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
if ( matrix ) {
	step(
		'PHP tests on WordPress 6.8, PHP 7.4',
		...npmRun( 'test:php', '--wp=6.8', '--php=7.4' )
	);
	step( 'PHP tests on PHP 8.5', ...npmRun( 'test:php', '--php=8.5' ) );
}

if ( ! args.includes( '--skip-e2e' ) ) {
	let started = false;
	try {
		const chromium = ensureChromium();
		( { started } = await ensureSite() );
		// Page bytes and request counts of both sides, so the benchmark
		// cannot rot; it leaves the site as it found it.
		step(
			'Benchmark, quick (bytes and requests, ours and the core-block baseline)',
			...npmRun( 'bench', '--quick', '--site-ready' )
		);
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
				'Production stack: browser subset (nginx, PHP-FPM, MariaDB)',
				...npmRun( 'stack:test', '--skip-load' )
			);
		}
		step(
			matrix
				? 'Zips on clean WordPress 6.8 (PHP 7.4) and current (PHP 8.5) (Playwright)'
				: 'Zips on a clean WordPress (Playwright)',
			...( matrix
				? npmRun( 'test:clean-install' )
				: npmRun( 'test:clean-install', '--wp=current' ) )
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
