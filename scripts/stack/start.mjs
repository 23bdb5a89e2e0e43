#!/usr/bin/env node
/**
 * `npm run stack:start`: WordPress on Debian's nginx, PHP-FPM and MariaDB
 * (installed through apt when missing), three sites on loopback: ours on
 * 8700, the baseline on 8701 and a second of ours on 8702 (for the browser
 * tests). Safe to run again: it reuses what runs. `--no-build` skips the
 * build (`npm test` builds once before it starts the sites).
 */
import { build } from '../lib/ensure-site.mjs';
import { errorReport } from '../lib/errors.mjs';
import { ADMIN, log } from '../lib/site.mjs';
import {
	SITES,
	STACK_DIR,
	checkArticlePage,
	provisionStack,
	startServers,
} from './stack.mjs';

const began = Date.now();
try {
	if ( ! process.argv.includes( '--no-build' ) ) {
		build();
	}
	const { core } = await startServers();
	const articles = await provisionStack();
	await checkArticlePage( articles.ours );
	await checkArticlePage( articles.baseline );
	log( '' );
	log(
		`The production stack runs: WordPress ${ core } on nginx, PHP-FPM and MariaDB (${ (
			( Date.now() - began ) /
			1000
		).toFixed( 1 ) } s).`
	);
	log( `  Ours:     ${ SITES.ours.url }/  article ${ articles.ours }` );
	log(
		`  Baseline: ${ SITES.baseline.url }/  article ${ articles.baseline }`
	);
	log(
		`  Second:   ${ SITES.second.url }/  article ${ articles.second } (for the browser tests)`
	);
	log( `  Login:    ${ ADMIN.username } / ${ ADMIN.password }` );
	log( `  Files:    ${ STACK_DIR }` );
	log( '  Stop it with: npm run stack:stop' );
} catch ( error ) {
	process.stderr.write( `\n${ errorReport( error ) }\n` );
	process.exit( 1 );
}
