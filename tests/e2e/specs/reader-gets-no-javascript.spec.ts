/**
 * The article reaches readers without JavaScript, without third parties, and
 * without accessibility violations, at phone, tablet and desktop widths.
 */
import type { Page } from '@playwright/test';

import { anonymousContext, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { inTwentyTwentyFive } from '../utils/themes';

const WIDTHS = [ 360, 768, 1280 ];
const DATA_SCRIPT_TYPES = [
	'application/ld+json',
	'application/json',
	'speculationrules',
];

test( 'the article loads no script and asks nothing of other hosts', async ( {
	browser,
	articleUrl,
} ) => {
	const context = await anonymousContext( browser );
	const page = await context.newPage();
	const requests: string[] = [];
	page.on( 'request', ( request ) => requests.push( request.url() ) );
	await page.goto( articleUrl, { waitUntil: 'load' } );

	const offsite = requests.filter(
		( url ) => new URL( url ).hostname !== 'localhost'
	);
	expect( offsite ).toEqual( [] );
	const scriptRequests = requests.filter( ( url ) =>
		/\.m?js(\?|$)/.test( url )
	);
	expect( scriptRequests ).toEqual( [] );
	// Data blocks (structured data, speculation rules) are not JavaScript.
	const executable = await page
		.locator( 'script' )
		.evaluateAll(
			( scripts, dataTypes ) =>
				scripts
					.filter(
						( script ) =>
							! dataTypes.includes(
								script.getAttribute( 'type' ) ?? ''
							)
					)
					.map( ( script ) => script.outerHTML.slice( 0, 120 ) ),
			DATA_SCRIPT_TYPES
		);
	expect( executable ).toEqual( [] );
	await context.close();
} );

for ( const width of WIDTHS ) {
	test( `the article reads without sideways scrolling at ${ width } px`, async ( {
		browser,
		articleUrl,
	} ) => {
		const context = await anonymousContext( browser, {
			viewport: { width, height: 800 },
		} );
		const page = await context.newPage();
		await page.goto( articleUrl );
		await expect( page.getByRole( 'heading', { level: 1 } ) ).toBeVisible();
		await expect( page.getByText( 'William Inc.' ).first() ).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect( overflow ).toBeLessThanOrEqual( 0 );
		await context.close();
	} );
}

for ( const path of [ '/', 'article', '/this-page-does-not-exist/' ] ) {
	test( `axe finds no WCAG 2.2 A/AA violations on ${ path }`, async ( {
		reader,
		articleUrl,
	} ) => {
		await reader.goto( path === 'article' ? articleUrl : path );
		expect( await wcagViolations( reader ) ).toEqual( [] );
	} );
}

/**
 * The References list as the reader's page prints it: every entry, the
 * address of each identifier's link written out, no links back to the text,
 * the markers still superscript numbers.
 *
 * @param reader The article's page, printing.
 */
async function expectReferencesPrinted( reader: Page ) {
	const entries = reader.locator( '.wp-block-william-health-references li' );
	await expect( entries ).toHaveCount( 4 );
	for ( const entry of await entries.all() ) {
		await expect( entry ).toBeVisible();
	}
	await expect( entries.first() ).toContainText(
		'doi: 10.1001/archpsyc.63.8.856'
	);
	const addresses = await entries
		.first()
		.locator( 'a[href^="https://"]' )
		.evaluateAll( ( links ) =>
			links.map( ( link ) => getComputedStyle( link, '::after' ).content )
		);
	expect( addresses ).toEqual( [
		'" <https://doi.org/10.1001/archpsyc.63.8.856>"',
		'" <https://pubmed.ncbi.nlm.nih.gov/16894061/>"',
	] );
	const backlinks = reader.locator(
		'.wp-block-william-health-references__backlinks'
	);
	await expect( backlinks ).toHaveCount( 4 );
	for ( const backlink of await backlinks.all() ) {
		await expect( backlink ).toBeHidden();
	}
	const marker = reader.locator( 'sup.william-health-citation' ).first();
	await expect( marker ).toHaveText( '1' );
	expect(
		await marker.evaluate(
			( sup ) => getComputedStyle( sup ).verticalAlign
		)
	).toBe( 'super' );
}

test( 'the article prints without navigation and with its text', async ( {
	reader,
	articleUrl,
} ) => {
	await reader.emulateMedia( { media: 'print' } );
	await reader.goto( articleUrl );
	await expect( reader.getByRole( 'navigation' ) ).toBeHidden();
	await expect( reader.getByRole( 'heading', { level: 1 } ) ).toBeVisible();
	await expect(
		reader.getByRole( 'heading', { name: 'Related articles' } )
	).toBeHidden();
	// Link targets are written out after links in the article's text.
	const after = await reader.evaluate( () => {
		const link = document.createElement( 'a' );
		link.href = 'https://doi.org/10.1001/archpsyc.63.8.856';
		link.textContent = 'reference';
		document.querySelector( '.wp-block-post-content' )?.append( link );
		return getComputedStyle( link, '::after' ).content;
	} );
	expect( after ).toContain( 'https://doi.org/10.1001/archpsyc.63.8.856' );
	await expectReferencesPrinted( reader );
} );

test( 'the References list prints the same in Twenty Twenty-Five', async ( {
	requestUtils,
	reader,
	articleUrl,
} ) => {
	await inTwentyTwentyFive( requestUtils, async () => {
		await reader.emulateMedia( { media: 'print' } );
		await reader.goto( articleUrl );
		await expectReferencesPrinted( reader );
	} );
} );
