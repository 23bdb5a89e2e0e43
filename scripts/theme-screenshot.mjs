#!/usr/bin/env node
/**
 * `npm run theme:screenshot`: redraws theme/screenshot.png, the picture the
 * Themes screen shows, from the running local site: the article as a reader
 * sees it, at the 1200 × 900 WordPress asks themes for. Run `npm start` first.
 */
import path from 'node:path';

import { chromium } from '@playwright/test';

import { ARTICLE_SLUG } from './lib/provision.mjs';
import {
	READER_COOKIE,
	ROOT,
	SITE_URL,
	isSiteRunning,
	log,
} from './lib/site.mjs';
import { ensureChromium } from './lib/system.mjs';

if ( ! ( await isSiteRunning() ) ) {
	process.stderr.write(
		`No site answers at ${ SITE_URL }: run npm start first.\n`
	);
	process.exit( 1 );
}
const browser = await chromium.launch( {
	executablePath: ensureChromium(),
	args: [ '--no-sandbox' ],
} );
const context = await browser.newContext( {
	viewport: { width: 1200, height: 900 },
} );
// A reader, not the administrator Playground logs every new browser in as.
const [ name = '', value = '' ] = READER_COOKIE.split( '=' );
await context.addCookies( [ { name, value, url: SITE_URL } ] );
const page = await context.newPage();
await page.goto( `${ SITE_URL }/?name=${ ARTICLE_SLUG }` );
await page.evaluate( () => document.fonts.ready );
const file = path.join( ROOT, 'theme', 'screenshot.png' );
await page.screenshot( { path: file } );
await browser.close();
log( `Wrote ${ path.relative( ROOT, file ) }.` );
