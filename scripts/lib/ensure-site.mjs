/**
 * Build, start when nothing answers, provision: what `npm start`, `npm test`
 * and the benchmark all need before they can use the site.
 */
import { spawnSync } from 'node:child_process';

import { provisionSite } from './provision.mjs';
import { ROOT, SITE_URL, isSiteRunning, log, startSite } from './site.mjs';

/**
 * Builds the blocks with wp-scripts.
 */
export function build() {
	log( 'Building the blocks …' );
	const result = spawnSync( 'npm', [ 'run', '--silent', 'build' ], {
		cwd: ROOT,
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	if ( result.status !== 0 ) {
		throw new Error( 'The build failed; see the messages above.' );
	}
}

/**
 * Builds, starts the site when none answers, and provisions it.
 *
 * @param {{runtime?: 'playground'|'docker', withBuild?: boolean}} options Start options (`withBuild: false` when the build is fresh).
 * @return {Promise<{started: boolean, article: {id: number, link: string}}>} Whether this call started the site, and the article.
 */
export async function ensureSite( {
	runtime = 'playground',
	withBuild = true,
} = {} ) {
	if ( withBuild ) {
		build();
	}
	let started = false;
	if ( await isSiteRunning() ) {
		log( `A site already answers at ${ SITE_URL }; reusing it.` );
	} else {
		await startSite( runtime );
		started = true;
	}
	const { article } = await provisionSite();
	return { started, article };
}
