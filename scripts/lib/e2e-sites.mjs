/**
 * The browser tests on two sites at once. While one test waits for its
 * site's PHP, the browser of the other keeps the second core busy. Each
 * site (own database, own users) gets half the spec files, split by how
 * long each file took before (`tests/e2e/durations.json`), and each
 * Playwright run its own artifacts. Specs change site-wide settings
 * (language, theme, plugins), so two runs never share a site.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT, log } from './site.mjs';

const SPEC_DIR = path.join( ROOT, 'tests/e2e/specs' );
export const DURATIONS_FILE = path.join( ROOT, 'tests/e2e/durations.json' );

/**
 * The readers' browser tests: every block on the article page, every
 * sentence, the JSON-LD graph, its escaping and the SEO plugins' stand-ins.
 * `npm test` runs them again on Playground and SQLite, the README's default
 * site, after the whole suite ran on the production stack.
 */
export const READER_SPECS = [
	'reader-opens-the-article',
	'search-engines-read-the-article',
];

/**
 * The browser tests that exercise the server more than the editor: the
 * readers' specs and the injection checks of every block (a contributor's
 * hostile post saved over REST, previewed and published). Run with
 * `--grep-invert "an author"`: the authors' halves type into the editor,
 * which is the same on any server. `npm run stack:test` runs them.
 */
export const SERVER_SUBSET = [
	...READER_SPECS,
	'evidence-list-resists-injection',
	'mechanism-diagram-resists-injection',
	'route-table-resists-injection',
	'safety-notice-resists-injection',
];

/**
 * How many sites the browser tests use: two when the machine has two cores
 * for this process (one core gains nothing and would only slow each test),
 * unless WILLIAM_E2E_SITES=1 asks for one.
 *
 * @return {1|2} Number of sites.
 */
export function e2eSiteCount() {
	if ( process.env.WILLIAM_E2E_SITES === '1' ) {
		return 1;
	}
	return os.availableParallelism() >= 2 ? 2 : 1;
}

/**
 * Splits files into groups of about equal expected time: longest first,
 * each to the group with the least so far. A file without a recorded time
 * counts as the median file.
 *
 * @param {string[]}               files     Spec file names.
 * @param {Record<string, number>} durations Seconds per file name.
 * @param {number}                 count     Number of groups.
 * @return {string[][]} The groups, each in file-name order.
 */
export function splitByDuration( files, durations, count ) {
	const known = files
		.map( ( file ) => durations[ file ] )
		.filter( ( seconds ) => typeof seconds === 'number' )
		.sort( ( a, b ) => a - b );
	const median = known[ Math.floor( known.length / 2 ) ] ?? 1;
	/** @param {string} file Spec file name. */
	const weight = ( file ) => durations[ file ] ?? median;
	/** @type {Array<{files: string[], seconds: number}>} */
	const groups = Array.from( { length: count }, () => ( {
		files: [],
		seconds: 0,
	} ) );
	const longestFirst = [ ...files ].sort(
		( a, b ) => weight( b ) - weight( a ) || a.localeCompare( b )
	);
	for ( const file of longestFirst ) {
		let lightest = groups[ 0 ];
		for ( const group of groups ) {
			if ( lightest && group.seconds < lightest.seconds ) {
				lightest = group;
			}
		}
		if ( ! lightest ) {
			break;
		}
		lightest.files.push( file );
		lightest.seconds += weight( file );
	}
	return groups.map( ( group ) => group.files.sort() );
}

/**
 * The spec files split for `count` sites.
 *
 * @param {number} count Number of sites.
 * @return {string[][]} File names per site.
 */
export function specGroups( count ) {
	const files = fs
		.readdirSync( SPEC_DIR )
		.filter( ( file ) => file.endsWith( '.spec.ts' ) );
	const durations = fs.existsSync( DURATIONS_FILE )
		? JSON.parse( fs.readFileSync( DURATIONS_FILE, 'utf8' ) )
		: {};
	return splitByDuration( files, durations, count );
}

/**
 * A Playwright filter that matches one spec file and no other.
 *
 * @param {string} file Spec file name.
 * @return {string} Regular expression source.
 */
export const onlyFile = ( file ) =>
	`[\\\\/]specs[\\\\/]${ file.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' ) }$`;

/**
 * Runs Playwright against one site, its output lines prefixed with a label
 * (none when it is the only run).
 *
 * @param {Object}                 run           What to run.
 * @param {string[]}               run.args      Playwright's arguments: files, filters.
 * @param {string}                 run.siteUrl   The site.
 * @param {string}                 run.artifacts This run's artifacts folder.
 * @param {string}                 run.label     Prefix of its output lines.
 * @param {Record<string, string>} run.env       More environment.
 * @return {Promise<boolean>} Whether every test passed.
 */
export function runPlaywright( { args, siteUrl, artifacts, label, env } ) {
	return new Promise( ( resolve ) => {
		const child = spawn(
			'npx',
			[
				'playwright',
				'test',
				'--config',
				'tests/e2e/playwright.config.ts',
				...args,
			],
			{
				cwd: ROOT,
				env: {
					...process.env,
					...env,
					WP_BASE_URL: siteUrl,
					WP_ARTIFACTS_PATH: artifacts,
					STORAGE_STATE_PATH: path.join(
						artifacts,
						'storage-states/admin.json'
					),
				},
				stdio: [ 'ignore', 'pipe', 'pipe' ],
			}
		);
		for ( const stream of [ child.stdout, child.stderr ] ) {
			let rest = '';
			stream.setEncoding( 'utf8' );
			stream.on( 'data', ( chunk ) => {
				const lines = ( rest + chunk ).split( '\n' );
				rest = lines.pop() ?? '';
				for ( const line of lines ) {
					log( label ? `${ label } ${ line }` : line );
				}
			} );
			stream.on(
				'end',
				() => rest && log( label ? `${ label } ${ rest }` : rest )
			);
		}
		child.on( 'close', ( code ) => resolve( code === 0 ) );
	} );
}
