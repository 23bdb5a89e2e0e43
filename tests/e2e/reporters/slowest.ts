/**
 * Prints the five slowest tests of a run beside their timeouts, so a test
 * drifting toward its limit is seen long before it fails on a slower
 * machine. A test that used more than half of its timeout is marked: the
 * suite must keep that margin (it also has to pass on one core).
 */
import type {
	FullResult,
	Reporter,
	TestCase,
	TestResult,
} from '@playwright/test/reporter';

type Timing = { title: string; seconds: number; timeout: number };

const SHOWN = 5;

export default class SlowestTests implements Reporter {
	private readonly timings: Timing[] = [];

	onTestEnd( test: TestCase, result: TestResult ) {
		this.timings.push( {
			title: `${ test.location.file.split( /[\\/]/ ).pop() } › ${
				test.title
			}${ result.retry ? ` (retry ${ result.retry })` : '' }`,
			seconds: result.duration / 1000,
			timeout: test.timeout / 1000,
		} );
	}

	onEnd( result: FullResult ) {
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

	printsToStdio() {
		return false;
	}
}
