#!/usr/bin/env node
/**
 * `npm test`'s first step: no tracked file reads outside the repository.
 * A clone on a user's machine has nothing beside it (no seed notes, no
 * developer's home folder), so such a path works only where it was written.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ROOT, log } from './lib/site.mjs';
import { escapingPaths, isCodeFile } from './lib/standalone.mjs';

const files = execFileSync( 'git', [ 'ls-files', '-z' ], {
	cwd: ROOT,
	encoding: 'utf8',
} )
	.split( '\0' )
	.filter( isCodeFile )
	// The check's own tests hold, as text, examples of what it catches.
	.filter( ( file ) => file !== 'scripts/test/standalone.test.mjs' );
const findings = files.flatMap( ( file ) => {
	const absolute = path.join( ROOT, file );
	return fs.existsSync( absolute )
		? escapingPaths( file, fs.readFileSync( absolute, 'utf8' ) )
		: [];
} );
for ( const finding of findings ) {
	log(
		`${ finding.file }:${ finding.line }: ${ finding.why }\n    ${ finding.text }`
	);
}
log(
	findings.length
		? `${ findings.length } place(s) read outside the repository; keep what they need inside it (tests/fixtures/).`
		: `${ files.length } tracked code files, none reading outside the repository.`
);
process.exit( findings.length ? 1 : 0 );
