#!/usr/bin/env node
/**
 * `npm run stack:stop`: stops the production stack's nginx, PHP-FPM and
 * MariaDB by their pid files. Sites and databases are kept; quiet when
 * nothing runs.
 */
import { errorReport } from '../lib/errors.mjs';
import { log } from '../lib/site.mjs';
import { stopServers } from './stack.mjs';

try {
	const stopped = await stopServers();
	log(
		stopped.length
			? 'The production stack is stopped.'
			: 'The production stack was not running.'
	);
} catch ( error ) {
	process.stderr.write( `\n${ errorReport( error ) }\n` );
	process.exit( 1 );
}
