#!/usr/bin/env node
/**
 * `npm run test:clean-install`: packs the plugin and theme zips, starts a clean
 * WordPress beside the local site, and runs the browser test in which an
 * administrator uploads both zips and publishes the article from the pattern.
 * The clean site is stopped afterwards, pass or fail.
 *
 * Anything after `--` goes to Playwright.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { packageAll } from './package.mjs';
import {
	CLEAN_SITE_URL,
	startCleanSite,
	stopCleanSite,
} from './lib/clean-site.mjs';
import { errorReport } from './lib/errors.mjs';
import { ROOT, log } from './lib/site.mjs';
import { ensureChromium } from './lib/system.mjs';

const args = process.argv.slice( 2 );
const playwrightArgs = args.includes( '--' )
	? args.slice( args.indexOf( '--' ) + 1 )
	: [];

let status = 1;
try {
	const chromium = ensureChromium();
	const [ plugin, theme ] = packageAll();
	if ( ! plugin || ! theme ) {
		throw new Error(
			'package.mjs wrote fewer zips than the plugin and the theme.'
		);
	}
	await startCleanSite();
	const artifacts = path.join( ROOT, 'artifacts' );
	const result = spawnSync(
		'npx',
		[
			'playwright',
			'test',
			'--config',
			'tests/clean-install/playwright.config.ts',
			...playwrightArgs,
		],
		{
			cwd: ROOT,
			stdio: 'inherit',
			env: {
				...process.env,
				WP_BASE_URL: CLEAN_SITE_URL,
				WP_ARTIFACTS_PATH: artifacts,
				// Not the local site's session: that one belongs to its tests.
				STORAGE_STATE_PATH: path.join(
					artifacts,
					'storage-states/clean-install-admin.json'
				),
				PLUGIN_ZIP: plugin.file,
				THEME_ZIP: theme.file,
				...( chromium ? { CHROMIUM_PATH: chromium } : {} ),
			},
		}
	);
	status = result.status ?? 1;
} catch ( error ) {
	process.stderr.write( `${ errorReport( error ) }\n` );
} finally {
	log( 'Stopping the clean site …' );
	stopCleanSite();
}
process.exit( status );
