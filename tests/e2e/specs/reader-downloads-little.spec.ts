/**
 * What a reader's browser downloads for the article, held under ceilings so
 * it cannot grow unnoticed: no script, one small font file, and little CSS
 * of ours, only for the blocks a page shows. Only bytes and counts, which
 * are the same on every run; timings stay in `npm run bench`.
 */
import zlib from 'node:zlib';

import type { Page } from '@playwright/test';

import { anonymousContext, expect, test } from '../fixtures';
import { savedBlock } from '../utils/saved-blocks';

/** The heading font, 12.8 KB since it is one subset weight (it was 34.0 KB). */
const FONT_CEILING = 14 * 1024;
/** Our plugin's and theme's CSS on the article, gzip: 4.3 KB today. */
const OUR_CSS_CEILING = 6 * 1024;
const DATA_SCRIPT_TYPES = [
	'application/ld+json',
	'application/json',
	'speculationrules',
];

type Stylesheet = { id: string; css: string };

/**
 * The page's stylesheets from our plugin (`william-health-…`) and theme
 * (`william-inc…`), inline or linked, by the handle WordPress prints as id.
 *
 * @param page A loaded page.
 */
function ourStylesheets( page: Page ): Promise< Stylesheet[] > {
	return page.evaluate( async () => {
		const elements = Array.from(
			document.querySelectorAll< HTMLStyleElement | HTMLLinkElement >(
				'style[id^="william-"], link[rel="stylesheet"][id^="william-"]'
			)
		);
		return Promise.all(
			elements.map( async ( element ) => ( {
				id: element.id,
				css:
					element instanceof HTMLLinkElement
						? await ( await fetch( element.href ) ).text()
						: ( element.textContent ?? '' ),
			} ) )
		);
	} );
}

/** @param text Bytes as text. */
const gzipped = ( text: string ) => zlib.gzipSync( text, { level: 9 } ).length;

test( 'the article downloads no script, one small font and little CSS of ours', async ( {
	browser,
	articleUrl,
} ) => {
	const context = await anonymousContext( browser );
	const page = await context.newPage();
	const fonts: Array< { url: string; bytes: number } > = [];
	const scripts: string[] = [];
	page.on( 'response', async ( response ) => {
		const type = response.request().resourceType();
		if ( type === 'script' ) {
			scripts.push( response.url() );
		} else if ( type === 'font' ) {
			fonts.push( {
				url: response.url(),
				bytes: ( await response.body() ).length,
			} );
		}
	} );
	await page.goto( articleUrl, { waitUntil: 'networkidle' } );
	await expect( page.getByRole( 'heading', { level: 1 } ) ).toBeVisible();

	// Reader JavaScript: 0 bytes, neither files nor inline code.
	expect( scripts ).toEqual( [] );
	const inlineScriptBytes = await page
		.locator( 'script' )
		.evaluateAll(
			( elements, dataTypes ) =>
				elements
					.filter(
						( element ) =>
							! dataTypes.includes(
								element.getAttribute( 'type' ) ?? ''
							)
					)
					.reduce(
						( sum, element ) =>
							sum + ( element.textContent ?? '' ).length,
						0
					),
			DATA_SCRIPT_TYPES
		);
	expect( inlineScriptBytes ).toBe( 0 );

	// One font file, the heading face, and it is the one headings use.
	await expect
		.poll( () => fonts.map( ( font ) => font.url.split( '/' ).pop() ) )
		.toEqual( [ 'atkinson-hyperlegible-next-700-latin-ext.woff2' ] );
	expect( fonts[ 0 ]?.bytes ).toBeLessThanOrEqual( FONT_CEILING );
	expect(
		await page.evaluate( () =>
			document.fonts.check( '700 2rem "Atkinson Hyperlegible Next"' )
		)
	).toBe( true );

	// Our CSS: the four blocks' styles and the theme's, each gzipped alone
	// (more than their share of the gzipped page, so a safe ceiling).
	const ours = await ourStylesheets( page );
	expect( ours.map( ( sheet ) => sheet.id ).sort() ).toEqual( [
		'william-health-administration-routes-style-inline-css',
		'william-health-evidence-list-style-inline-css',
		'william-health-mechanism-diagram-style-inline-css',
		'william-health-references-style-inline-css',
		'william-health-safety-notice-style-inline-css',
		'william-inc-inline-css',
		'william-inc-print-css',
	] );
	const ourCssGzip = ours.reduce(
		( sum, sheet ) => sum + gzipped( sheet.css ),
		0
	);
	expect( ourCssGzip ).toBeLessThanOrEqual( OUR_CSS_CEILING );
	await context.close();
} );

test( 'a post with one of our blocks loads that block’s CSS and no other’s', async ( {
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Only a safety notice',
			status: 'publish',
			content: savedBlock( 'safety-notice' ),
		},
	} );
	createdPosts.push( post.id );
	const context = await anonymousContext( browser );
	const page = await context.newPage();
	await page.goto( post.link );
	await expect( page.getByRole( 'complementary' ) ).toBeVisible();
	const blockStyles = ( await ourStylesheets( page ) )
		.map( ( sheet ) => sheet.id )
		.filter( ( id ) => id.startsWith( 'william-health-' ) );
	expect( blockStyles ).toEqual( [
		'william-health-safety-notice-style-inline-css',
	] );
	await context.close();
} );
