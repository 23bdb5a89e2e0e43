#!/usr/bin/env node
/**
 * `npm run fonts`: writes the theme's heading font, subset from the licensed
 * source in `fonts/` (see scripts/lib/fonts.mjs for which characters, weight
 * and features), and prints its bytes before and after.
 *
 * The subset is committed, as the plugin's patterns are: the theme zip and a
 * git checkout of the theme work without a build, and the script tests
 * (`scripts/test/fonts.test.mjs`) fail when the committed file is not what
 * this script makes. `--check` only compares, writing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

import {
	HEADING_OUTPUT,
	HEADING_SOURCE,
	headingFont,
	headingSourceAsWoff2,
} from './lib/fonts.mjs';
import { ROOT, log } from './lib/site.mjs';

/** @param {number} bytes Size. */
const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 1 ) } KB (${ bytes } B)`;

const check = process.argv.includes( '--check' );
const subset = await headingFont();
const source = fs.readFileSync( HEADING_SOURCE );
const sourceWoff2 = await headingSourceAsWoff2();

log( `Heading font (Atkinson Hyperlegible Next Bold):` );
log(
	`  source     ${ path.relative( ROOT, HEADING_SOURCE ) }: ${ kb( source.length ) } TrueType, ${ kb( sourceWoff2.length ) } as WOFF2`
);
log(
	`  subset     ${ path.relative( ROOT, HEADING_OUTPUT ) }: ${ kb( subset.length ) } (${ (
		( subset.length / sourceWoff2.length ) *
		100
	).toFixed( 0 ) } % of the whole font as WOFF2)`
);

const committed = fs.existsSync( HEADING_OUTPUT )
	? fs.readFileSync( HEADING_OUTPUT )
	: undefined;
if ( check ) {
	if ( ! committed || ! committed.equals( subset ) ) {
		log(
			`✖ ${ path.relative( ROOT, HEADING_OUTPUT ) } is not what the script makes: run npm run fonts.`
		);
		process.exit( 1 );
	}
	log( '✔ The committed subset is what the script makes.' );
} else if ( committed?.equals( subset ) ) {
	log( 'Unchanged.' );
} else {
	fs.mkdirSync( path.dirname( HEADING_OUTPUT ), { recursive: true } );
	fs.writeFileSync( HEADING_OUTPUT, subset );
	log( `Written.` );
}
