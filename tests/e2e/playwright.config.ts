/**
 * Browser tests against the running site (`npm test` starts it when needed).
 * One worker: Playground serves one PHP request at a time on these machines.
 */
import fs from 'node:fs';
import path from 'node:path';

import { defineConfig, devices } from '@playwright/test';

const ROOT = path.resolve( __dirname, '../..' );
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const baseURL = process.env.WP_BASE_URL || 'http://localhost:8888';
// The WordPress utils read these from the environment when they load.
process.env.WP_BASE_URL = baseURL;
process.env.WP_ARTIFACTS_PATH ??= path.join( ROOT, 'artifacts' );
process.env.STORAGE_STATE_PATH ??= path.join(
	process.env.WP_ARTIFACTS_PATH,
	'storage-states/admin.json'
);

export default defineConfig( {
	testDir: './specs',
	outputDir: path.join( process.env.WP_ARTIFACTS_PATH, 'test-results' ),
	globalSetup: require.resolve( './global-setup' ),
	workers: 1,
	fullyParallel: false,
	forbidOnly: !! process.env.CI,
	retries: process.env.CI ? 1 : 0,
	timeout: 120_000,
	expect: {
		// Playground serves one request at a time: the editor's first
		// requests queue ahead of a save, and with two sites on two cores
		// (npm test) a publish has taken over 15 s on a busy machine.
		timeout: 30_000,
		// Pictures of what CSS draws, from this machine's Chromium; small
		// anti-aliasing differences pass, a changed drawing does not.
		toHaveScreenshot: { maxDiffPixelRatio: 0.02, animations: 'disabled' },
	},
	snapshotPathTemplate: '{testDir}/../snapshots/{arg}{ext}',
	reporter: [ [ 'list' ], [ require.resolve( './reporters/slowest' ) ] ],
	reportSlowTests: null,
	use: {
		...devices[ 'Desktop Chrome' ],
		baseURL,
		headless: true,
		viewport: { width: 1280, height: 800 },
		locale: 'en-US',
		storageState: process.env.STORAGE_STATE_PATH,
		actionTimeout: 30_000,
		navigationTimeout: 60_000,
		contextOptions: { reducedMotion: 'reduce' },
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			// Debian's Chromium where present; elsewhere Playwright's own browser.
			executablePath:
				process.env.CHROMIUM_PATH ||
				( fs.existsSync( DEBIAN_CHROMIUM )
					? DEBIAN_CHROMIUM
					: undefined ),
			// A closed network: no background connections, and root needs no sandbox.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
} );
