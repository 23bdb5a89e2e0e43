/**
 * Prints the five slowest tests of a run beside their timeouts, so a test
 * drifting toward its limit is seen long before it fails on a slower
 * machine. A test that used more than half of its timeout is marked: the
 * suite must keep that margin (it also has to pass on one core).
 *
 * It also writes each spec file's seconds to `e2e-durations.json` in the
 * artifacts folder: the figures `npm test` splits the files between its two
 * sites by (copy them to tests/e2e/durations.json after adding specs).
 */
import fs from 'node:fs';
import path from 'node:path';

import type {
	FullResult,
	Reporter,
	TestCase,
	TestResult,
} from '@playwright/test/reporter';

type Timing = {
	file: string;
	title: string;
	seconds: number;
	timeout: number;
};

const SHOWN = 5;

export default class SlowestTests implements Reporter {
	private readonly timings: Timing[] = [];

	private readonly durations: boolean;

	constructor( options: { writeDurations?: boolean } = {} ) {
		this.durations = options.writeDurations ?? true;
	}

	onTestEnd( test: TestCase, result: TestResult ) {
		const file = path.basename( test.location.file );
		this.timings.push( {
			file,
			title: `${ file } › ${
				test.title
			}${ result.retry ? ` (retry ${ result.retry })` : '' }`,
			seconds: result.duration / 1000,
			timeout: test.timeout / 1000,
		} );
	}

	onEnd( result: FullResult ) {
		this.writeDurations();
		const slowest = [ ...this.timings ]
			.sort( ( a, b ) => b.seconds - a.seconds )
			.slice( 0, SHOWN );
		if ( ! slowest.length ) {
			return;
		}
		const lines = slowest.map( ( { title, seconds, timeout } ) => {
			const share = Math.round( ( seconds / timeout ) * 100 );
			const mark = share > 50 ? '  ← over half its timeout' : '';
			return `  ${ seconds.toFixed( 1 ).padStart( 6 ) } s of ${ timeout } s (${ share }%)  ${ title }${ mark }`;
		} );
		process.stdout.write(
			`\nSlowest tests (${ result.status }, ${ (
				result.duration / 1000
			).toFixed( 0 ) } s in all):\n${ lines.join( '\n' ) }\n`
		);
	}

	private writeDurations() {
		const artifacts = process.env.WP_ARTIFACTS_PATH;
		if ( ! this.durations || ! artifacts || ! this.timings.length ) {
			return;
		}
		const perFile: Record< string, number > = {};
		for ( const { file, seconds } of this.timings ) {
			perFile[ file ] = ( perFile[ file ] ?? 0 ) + seconds;
		}
		for ( const file of Object.keys( perFile ) ) {
			perFile[ file ] = Math.round( perFile[ file ] ?? 0 );
		}
		fs.mkdirSync( artifacts, { recursive: true } );
		fs.writeFileSync(
			path.join( artifacts, 'e2e-durations.json' ),
			JSON.stringify( perFile, null, '\t' ) + '\n'
		);
	}

	printsToStdio() {
		return false;
	}
}
