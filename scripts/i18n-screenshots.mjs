#!/usr/bin/env node
/**
 * Pictures of the site in other languages, for a closing note or a review
 * (not compared by any test): the block editor with the site in Spanish,
 * the Spanish article as a reader sees it, and the article in Hebrew, right
 * to left, at a phone's and a desktop's width. Run `npm start` first; the
 * site's language and date format are set back afterwards, and the posts
 * made for the pictures deleted.
 *
 * Usage: node scripts/i18n-screenshots.mjs [folder]   (default: artifacts/screens/i18n)
 */
import fs from 'node:fs';
import path from 'node:path';

import { chromium } from '@playwright/test';

import { installCoreLanguages } from './i18n-core.mjs';
import {
	ARTICLE_PATTERN,
	ARTICLE_SLUG,
	adminRequestUtils,
	createEditorSession,
} from './lib/provision.mjs';
import {
	READER_COOKIE,
	ROOT,
	SITE_URL,
	isSiteRunning,
	log,
} from './lib/site.mjs';
import { ensureChromium } from './lib/system.mjs';

const folder = path.resolve(
	process.argv[ 2 ] ?? path.join( ROOT, 'artifacts/screens/i18n' )
);

if ( ! ( await isSiteRunning() ) ) {
	process.stderr.write(
		`No site answers at ${ SITE_URL }: run npm start first.\n`
	);
	process.exit( 1 );
}
fs.mkdirSync( folder, { recursive: true } );
installCoreLanguages( [ 'es_ES', 'he_IL' ] );

const requestUtils = await adminRequestUtils();
/** @type {{language: string, date_format: string}} */
const before = await requestUtils.rest( { path: '/wp/v2/settings' } );
const browser = await chromium.launch( {
	executablePath: ensureChromium(),
	args: [ '--no-sandbox' ],
} );
const session = await createEditorSession( requestUtils, 'i18n-screenshots' );
/** @type {number[]} */
const posts = [];

/**
 * A page for a reader (no login, no admin bar) at a width.
 *
 * @param {number} width Viewport width.
 */
async function readerPage( width ) {
	const context = await browser.newContext( {
		viewport: { width, height: 900 },
	} );
	const [ name = '', value = '' ] = READER_COOKIE.split( '=' );
	await context.addCookies( [ { name, value, url: SITE_URL } ] );
	return context.newPage();
}

/**
 * Saves a picture and says so.
 *
 * @param {import('@playwright/test').Page} page     The page.
 * @param {string}                          file     File name.
 * @param {boolean}                         fullPage The whole page, not the window.
 */
async function shoot( page, file, fullPage ) {
	await page.evaluate( () => document.fonts.ready );
	await page.screenshot( { path: path.join( folder, file ), fullPage } );
	log( `  ${ path.join( folder, file ) }` );
}

try {
	// Spanish: the article as a Spanish-speaking author inserts it.
	await requestUtils.updateSiteSettings( {
		language: 'es_ES',
		date_format: 'j \\d\\e F \\d\\e Y',
	} );
	/** @type {Array<{name: string, content: string}>} */
	const patterns = await requestUtils.rest( {
		path: '/wp/v2/block-patterns/patterns',
	} );
	const pattern = patterns.find( ( item ) => item.name === ARTICLE_PATTERN );
	/** @type {{id: number, link: string}} */
	const post = await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'La ketamina en la depresión grave',
			status: 'publish',
			content: pattern?.content ?? '',
		},
	} );
	posts.push( post.id );

	const editorContext = await browser.newContext( {
		viewport: { width: 1440, height: 1000 },
		storageState: session.storageStatePath,
	} );
	const editor = await editorContext.newPage();
	await editor.goto(
		`${ SITE_URL }/wp-admin/post.php?post=${ post.id }&action=edit`
	);
	const canvas = editor.frameLocator( 'iframe[name="editor-canvas"]' );
	// A notice selected: its toolbar and settings show in Spanish.
	await canvas
		.locator( '.wp-block-william-health-safety-notice__action' )
		.first()
		.click();
	await editor.getByRole( 'button', { name: 'Ajustes del aviso' } ).waitFor();
	await shoot( editor, 'editor-es_ES.png', false );
	// The route table, with its Spanish headings and status menu.
	await canvas
		.locator( '.wp-block-william-health-administration-routes tbody th' )
		.first()
		.click();
	await shoot( editor, 'editor-es_ES-routes.png', false );
	await editorContext.close();

	const spanish = await readerPage( 1280 );
	await spanish.goto( post.link );
	await shoot( spanish, 'article-es_ES-1280.png', true );

	// Hebrew, right to left: the article.
	await requestUtils.updateSiteSettings( { language: 'he_IL' } );
	for ( const width of [ 360, 1280 ] ) {
		const page = await readerPage( width );
		await page.goto( `${ SITE_URL }/?name=${ ARTICLE_SLUG }` );
		await shoot( page, `article-he_IL-${ width }.png`, true );
	}
} finally {
	await requestUtils.updateSiteSettings( {
		language: before.language,
		date_format: before.date_format,
	} );
	for ( const id of posts ) {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/posts/${ id }`,
			params: { force: true },
		} );
	}
	await session.remove();
	await browser.close();
}
log( `Pictures in ${ folder }.` );
