#!/usr/bin/env node
/**
 * `npm test`: every check, in order of speed: no path outside the
 * repository, types, lint, unit tests (blocks and scripts), `php -l`, the
 * PHP tests inside a fresh WordPress, then `npm run bench -- --quick` on the
 * README's site (Playground) and the browser tests.
 *
 * The browser tests run on the production stack (nginx, PHP-FPM, MariaDB,
 * `npm run stack:start`), split over two sites of ours when there are two
 * cores: that is how the site runs for readers (production scripts, a PHP
 * that answers in milliseconds), and the suite takes half the time it takes
 * on Playground, whose PHP answers one request at a time. Then the readers'
 * specs (the article, every sentence, the graph) run again on Playground and
 * SQLite, the README's default site. Last, the packaging test
 * (`npm run test:clean-install`): the plugin and theme zips installed on a
 * clean WordPress of its own. A site or stack that already runs is reused;
 * what this command started is stopped at the end.
 *
 * The version matrix: the PHP tests run again on the oldest WordPress and PHP
 * the headers claim (6.8, 7.4) and on the newest PHP Playground ships (8.5),
 * and the packaging test runs on both of those.
 *
 * Options: --skip-e2e (static checks only); --skip-matrix (the current
 * WordPress on the site's PHP only, a quicker local run); --skip-stack (no
 * production stack: the browser tests run on Playground, two sites when
 * there are two cores); anything after `--` goes to Playwright, and then
 * the run uses one site and leaves out the Playground subset and the
 * packaging test (a narrowed run).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
	READER_SPECS,
	e2eSiteCount,
	onlyFile,
	runPlaywright,
	specGroups,
} from './lib/e2e-sites.mjs';
import { build, ensureSite } from './lib/ensure-site.mjs';
import { errorReport } from './lib/errors.mjs';
import {
	PORT,
	ROOT,
	SITE_URL,
	isSiteRunning,
	log,
	stopSite,
} from './lib/site.mjs';
import { ensureChromium } from './lib/system.mjs';
import { PHP_ERROR_LOG, SITES, runningPid } from './stack/stack.mjs';

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
 * Like `step`, for a check that runs beside others in this process.
 *
 * @param {string}                 name What the check is.
 * @param {() => Promise<boolean>} run  Runs it; true when it passed.
 * @return {Promise<boolean>} Whether it passed.
 */
async function stepAsync( name, run ) {
	log( `\n▶ ${ name }` );
	const began = Date.now();
	const ok = await run();
	const seconds = ( ( Date.now() - began ) / 1000 ).toFixed( 1 );
	results.push( { name, ok, seconds } );
	log( `${ ok ? '✔' : '✖' } ${ name } (${ seconds } s)` );
	return ok;
}

/**
 * Runs a node script in the background, its output to a log file of
 * artifacts/, printed under a title once the script has ended.
 *
 * @param {string}                 title  What the output is of.
 * @param {string}                 name   The log file's name.
 * @param {string[]}               script The script and its arguments.
 * @param {Record<string, string>} [env]  More environment.
 * @return {Promise<boolean>} Whether the script succeeded.
 */
async function runLogged( title, name, script, env = {} ) {
	const logFile = path.join( ROOT, 'artifacts', name );
	fs.mkdirSync( path.dirname( logFile ), { recursive: true } );
	const output = fs.openSync( logFile, 'w' );
	const ok = await new Promise( ( resolve ) => {
		spawn( 'node', script, {
			cwd: ROOT,
			stdio: [ 'ignore', output, output ],
			env: { ...process.env, ...env },
		} ).on( 'close', ( code ) => resolve( code === 0 ) );
	} );
	fs.closeSync( output );
	log( `\n${ title }:` );
	log( fs.readFileSync( logFile, 'utf8' ).trimEnd() );
	return ok;
}

/**
 * Starts (or reuses) a second Playground site for the browser tests while
 * the quick benchmark runs: `WP_ENV_SECOND_PORT`, or the site's port + 10,
 * with its own state under `.wp-env-home/second`.
 *
 * @return {Promise<{url: string, dir: string, started: boolean} | null>} The site, or null when it could not start (the tests then use one site).
 */
async function startSecondSite() {
	const port = Number( process.env.WP_ENV_SECOND_PORT || PORT + 10 );
	const url = `http://localhost:${ port }`;
	const dir = '.wp-env-home/second';
	const running = await isSiteRunning( url );
	const ok = await runLogged(
		`Second site for the browser tests (${ url })`,
		'second-site.log',
		[ 'scripts/start.mjs', '--no-build' ],
		{ WP_ENV_PORT: String( port ), WILLIAM_SITE_DIR: dir }
	);
	if ( ! ok ) {
		log( 'It did not start; the browser tests use one site.' );
		return null;
	}
	return { url, dir, started: ! running };
}

/**
 * Starts the production stack (or reuses what runs) while the quick
 * benchmark runs.
 *
 * @return {Promise<{ok: boolean, started: boolean}>} Whether it runs, and whether this call started it.
 */
async function startStack() {
	const running = !! runningPid( 'nginx' );
	const ok = await runLogged(
		'Production stack for the browser tests',
		'stack-start.log',
		[ 'scripts/stack/start.mjs', '--no-build' ]
	);
	return { ok, started: ! running };
}

/**
 * The size of a file, 0 when there is none.
 *
 * @param {string} file Path.
 * @return {number} Bytes.
 */
const fileSize = ( file ) =>
	fs.existsSync( file ) ? fs.statSync( file ).size : 0;

/**
 * A site the browser tests run on, and what its run needs besides.
 *
 * @typedef {Object} TestSite
 * @property {string}                 url Its address.
 * @property {Record<string, string>} env More environment for its run.
 */

/**
 * Runs the browser tests on one site, or split over two (half the spec
 * files each, outputs labelled [1] and [2], artifacts of their own).
 *
 * @param {TestSite[]} sites One site, or two.
 * @return {Promise<boolean>} Whether every test passed.
 */
function runOnSites( sites ) {
	const groups =
		sites.length === 1
			? [ playwrightArgs ]
			: specGroups( 2 ).map( ( files ) => files.map( onlyFile ) );
	return Promise.all(
		sites.map( ( site, index ) =>
			runPlaywright( {
				args: groups[ index ] ?? [],
				siteUrl: site.url,
				artifacts: path.join(
					ROOT,
					index ? `artifacts/site-${ index + 1 }` : 'artifacts'
				),
				label: sites.length > 1 ? `[${ index + 1 }]` : '',
				env: site.env,
			} )
		)
	).then( ( passed ) => passed.every( Boolean ) );
}

/**
 * Runs the browser tests against the production stack: the whole suite
 * split over our two stack sites when there are two cores, else (or when
 * Playwright arguments narrow the run) on one. Anything PHP logs meanwhile
 * (an error or a warning) fails the step.
 *
 * @param {Record<string, string>} browser Environment naming the browser.
 * @return {Promise<boolean>} Whether every test passed and PHP logged nothing.
 */
async function stackSuite( browser ) {
	const logStart = fileSize( PHP_ERROR_LOG );
	const sites =
		playwrightArgs.length || e2eSiteCount() === 1
			? [ SITES.ours ]
			: [ SITES.ours, SITES.second ];
	const passed = await runOnSites(
		sites.map( ( site ) => ( {
			url: site.url,
			env: {
				...browser,
				// Tests that install core's languages write into the
				// site's own wp-content.
				WILLIAM_WP_CONTENT: path.join( site.docroot, 'wp-content' ),
			},
		} ) )
	);
	const logged = fs
		.readFileSync( PHP_ERROR_LOG, { flag: 'a+' } )
		.subarray( logStart )
		.toString( 'utf8' )
		.trim();
	if ( logged ) {
		log(
			`\nPHP logged this on the production stack meanwhile:\n${ logged }`
		);
		return false;
	}
	log( '\nPHP logged nothing on the production stack.' );
	return passed;
}

/**
 * Runs the browser tests on Playground (`--skip-stack`): on two sites when
 * a second one started, else on one.
 *
 * @param {Record<string, string>}                              browser Environment naming the browser.
 * @param {{url: string, dir: string, started: boolean} | null} second  The second site, if any.
 * @return {Promise<boolean>} Whether every test passed.
 */
function playgroundSuite( browser, second ) {
	return runOnSites( [
		{ url: SITE_URL, env: browser },
		...( second
			? [
					{
						url: second.url,
						// Tests that install core's languages write into
						// the site's own copy of core.
						env: { ...browser, WILLIAM_SITE_DIR: second.dir },
					},
				]
			: [] ),
	] );
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
	const onStack = ! args.includes( '--skip-stack' );
	let started = false;
	/** @type {Promise<{ok: boolean, started: boolean}> | null} */
	let stackStart = null;
	/** @type {{url: string, dir: string, started: boolean} | null} */
	let second = null;
	try {
		const chromium = ensureChromium();
		/** @type {Record<string, string>} */
		const browser = chromium ? { CHROMIUM_PATH: chromium } : {};
		build();
		// The README's site (Playground) for the benchmark and the
		// Playground subset; the production stack, started meanwhile, for
		// the suite. With --skip-stack, the suite runs on Playground.
		stackStart = onStack ? startStack() : null;
		( { started } = await ensureSite( { withBuild: false } ) );
		const secondStart =
			! onStack && ! playwrightArgs.length && e2eSiteCount() === 2
				? startSecondSite()
				: Promise.resolve( null );
		// Page bytes and request counts of both sides, so the benchmark
		// cannot rot; it leaves the site as it found it.
		step(
			'Benchmark, quick (bytes and requests, ours and the core-block baseline)',
			...npmRun( 'bench', '--quick', '--site-ready' )
		);
		if ( stackStart ) {
			const stack = await stackStart;
			await stepAsync(
				'End-to-end tests (Playwright, production stack: nginx, PHP-FPM, MariaDB)',
				() =>
					stack.ok ? stackSuite( browser ) : Promise.resolve( false )
			);
			if ( ! playwrightArgs.length ) {
				await stepAsync(
					'End-to-end tests on Playground and SQLite (the readers’ specs)',
					() =>
						runPlaywright( {
							args: READER_SPECS,
							siteUrl: SITE_URL,
							artifacts: path.join(
								ROOT,
								'artifacts/playground'
							),
							label: '',
							env: browser,
						} )
				);
			}
		} else {
			second = await secondStart;
			await stepAsync(
				second
					? 'End-to-end tests (Playwright, two Playground sites)'
					: 'End-to-end tests (Playwright, Playground)',
				() => playgroundSuite( browser, second )
			);
		}
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
		if ( second?.started ) {
			log( 'Stopping the second site …' );
			spawnSync( 'node', [ 'scripts/stop.mjs' ], {
				cwd: ROOT,
				stdio: 'inherit',
				env: { ...process.env, WILLIAM_SITE_DIR: second.dir },
			} );
		}
		// Also when the Playground site failed to start meanwhile: the
		// stack then started for nothing, and must not outlive the run.
		if ( ( await stackStart )?.started ) {
			log( 'Stopping the production stack this run started …' );
			spawnSync( 'node', [ 'scripts/stack/stop.mjs' ], {
				cwd: ROOT,
				stdio: 'inherit',
			} );
		}
	}
	if ( playwrightArgs.length ) {
		log(
			'\nPackaging test left out: Playwright arguments narrow this run.'
		);
	} else {
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
