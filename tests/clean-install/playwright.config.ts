/**
 * The packaging test: the e2e settings, run against the clean site that
 * `npm run test:clean-install` starts (WP_BASE_URL), with its own session and
 * output so it never touches the local site's.
 */
import path from 'node:path';

import { defineConfig } from '@playwright/test';

import shared from '../e2e/playwright.config';

const artifacts = process.env.WP_ARTIFACTS_PATH as string;

export default defineConfig( {
	...shared,
	testDir: './specs',
	outputDir:
		process.env.CLEAN_INSTALL_RESULTS ??
		path.join( artifacts, 'clean-install-results' ),
	// Installing is a one-way step on the site: a retry would meet the
	// plugin already there. The runner starts a new clean site instead.
	retries: 0,
	// Slowest tests, yes; but its timings must not overwrite the browser
	// suite's e2e-durations.json in the same artifacts folder.
	reporter: [
		[ 'list' ],
		[
			require.resolve( '../e2e/reporters/slowest' ),
			{ writeDurations: false },
		],
	],
	use: {
		...shared.use,
		storageState: process.env.STORAGE_STATE_PATH,
		// A fresh site's editor sends some twenty requests before the first
		// save, and Playground answers one at a time: on a slow machine the
		// "published" notice can take longer than the local suite's 15 s.
		actionTimeout: 30_000,
	},
} );
