#!/usr/bin/env node
/**
 * `npm start`: build the blocks, start WordPress (Playground by default,
 * `--runtime=docker` for wp-env's Docker runtime), publish the article, and
 * print where everything is. Safe to run again: it reuses what exists.
 * `--no-build` skips the build (`npm test` starts a second site after one).
 */
import { ensureSite } from './lib/ensure-site.mjs';
import { errorReport } from './lib/errors.mjs';
import { ADMIN, SITE_URL, log } from './lib/site.mjs';

const runtime = process.argv.includes( '--runtime=docker' )
	? 'docker'
	: 'playground';
const began = Date.now();

try {
	const { article } = await ensureSite( {
		runtime,
		withBuild: ! process.argv.includes( '--no-build' ),
	} );
	log( '' );
	log(
		`William Inc. is running (${ ( ( Date.now() - began ) / 1000 ).toFixed( 1 ) } s).`
	);
	log( `  Site:    ${ SITE_URL }/` );
	log( `  Article: ${ article.link }` );
	log(
		`  Editor:  ${ SITE_URL }/wp-admin/post.php?post=${ article.id }&action=edit`
	);
	log(
		`  Login:   ${ ADMIN.username } / ${ ADMIN.password }  (${ SITE_URL }/wp-login.php)`
	);
	log( '  Stop it with: npm stop' );
} catch ( error ) {
	process.stderr.write( `\n${ errorReport( error ) }\n` );
	process.exit( 1 );
}
