/**
 * A site owner with a fresh WordPress installs our two zips the way any
 * WordPress user does, through the upload screens, and an author publishes the
 * article from the plugin's pattern. The reader gets the whole article, and
 * search engines the same graph on every WordPress and PHP this runs on
 * (scripts/test-clean-install.mjs runs it on each).
 */
import type { Page } from '@playwright/test';

import {
	editorBlocks,
	expect,
	missingSourceSentences,
	sourceArticleLines,
	test,
} from '../../e2e/fixtures';
import { wcagViolations } from '../../e2e/utils/axe';
import { atLeast } from '../../../blocks/shared/at-least';

const PLUGIN_ZIP = process.env.PLUGIN_ZIP as string;
const THEME_ZIP = process.env.THEME_ZIP as string;

/**
 * The WordPress version a page says it was made with.
 *
 * @param page A page of the site.
 */
async function wordpressVersion( page: Page ): Promise< number[] > {
	const generator = await page
		.locator( 'meta[name="generator"][content^="WordPress "]' )
		.getAttribute( 'content' );
	return ( generator as string )
		.replace( 'WordPress ', '' )
		.split( '.' )
		.map( Number );
}

/**
 * A JSON-LD graph without what differs between two sites by design: the
 * address, the post's number and the publication day and times.
 *
 * @param graph The graph as printed.
 * @param site  The site's address.
 */
function siteIndependent( graph: unknown, site: string ): unknown {
	return JSON.parse(
		JSON.stringify( graph )
			.replaceAll( site, 'https://site.example' )
			.replace( /\?p=\d+/g, '?p=ID' )
			.replace( /\/\d{4}\/\d\d\/\d\d\//g, '/YYYY/MM/DD/' )
			.replace(
				/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^"]*"/g,
				'"YYYY-MM-DDThh:mm:ss"'
			)
	);
}

test.describe.configure( { mode: 'serial' } );

const OUR_BLOCKS = [
	'william-health/mechanism-diagram',
	'william-health/evidence-list',
	'william-health/safety-notice',
	'william-health/administration-routes',
];

const [ , title ] = atLeast( sourceArticleLines(), 2 );
// The post the author publishes, which the reader then opens.
let postId: number | null = null;

test( 'the plugin zip installs and activates on a clean WordPress', async ( {
	admin,
	page,
} ) => {
	expect( PLUGIN_ZIP, 'run through npm run test:clean-install' ).toBeTruthy();

	await test.step( 'the site starts without our plugin or theme', async () => {
		await admin.visitAdminPage( 'plugins.php' );
		await expect( page.locator( '#the-list' ) ).not.toContainText(
			'William Health Blocks'
		);
		await admin.visitAdminPage( 'themes.php' );
		await expect( page.locator( '.themes' ) ).not.toContainText(
			'William Inc.'
		);
	} );

	await test.step( 'upload and activate the plugin zip', async () => {
		await admin.visitAdminPage( 'plugin-install.php', 'tab=upload' );
		await page.locator( '#pluginzip' ).setInputFiles( PLUGIN_ZIP );
		await page.getByRole( 'button', { name: 'Install Now' } ).click();
		await expect(
			page.getByText( 'Plugin installed successfully.' )
		).toBeVisible( { timeout: 60_000 } );
		await page.getByRole( 'link', { name: 'Activate Plugin' } ).click();
		await expect( page.getByText( 'Plugin activated.' ) ).toBeVisible();
		await expect(
			page.locator( 'tr[data-slug="william-health-blocks"]' )
		).toHaveClass( /\bactive\b/ );
	} );
} );

test( 'the theme zip installs and activates beside it', async ( {
	admin,
	page,
} ) => {
	await test.step( 'upload and activate the theme zip', async () => {
		// Offline, the theme directory below fails to load; uploading does not need it.
		await admin.visitAdminPage( 'theme-install.php' );
		await page.getByRole( 'button', { name: 'Upload Theme' } ).click();
		await page.locator( '#themezip' ).setInputFiles( THEME_ZIP );
		await page.getByRole( 'button', { name: 'Install Now' } ).click();
		await expect(
			page.getByText( 'Theme installed successfully.' )
		).toBeVisible( { timeout: 60_000 } );
		await page
			.getByRole( 'link', { name: /^Activate .William Inc\./ } )
			.click();
		await expect( page.getByText( 'New theme activated.' ) ).toBeVisible();
		// The Themes screen shows the theme's own picture, not a blank card.
		await expect(
			page.locator( '.theme.active .theme-screenshot img' )
		).toHaveJSProperty( 'naturalWidth', 1200 );
	} );
} );

test( 'an author starts a post from the article pattern, every block valid, and publishes it', async ( {
	admin,
	editor,
	page,
} ) => {
	await test.step( 'an author starts a post from the article pattern and publishes it', async () => {
		// A first-time author meets the welcome guide, whenever it opens, and closes it.
		const welcome = page.getByRole( 'dialog', {
			name: 'Welcome to the editor',
		} );
		await page.addLocatorHandler( welcome, () =>
			welcome.getByRole( 'button', { name: 'Close' } ).click()
		);
		await admin.createNewPost();
		const chooser = page.getByRole( 'dialog', {
			name: 'Choose a pattern',
		} );
		await chooser
			.getByRole( 'option', {
				name: /^Example: Ketamine for severe depression and anxiety/,
			} )
			.click( { timeout: 30_000 } );
		await editor.canvas
			.locator( '.wp-block-william-health-administration-routes' )
			.waitFor();
		await editor.canvas
			.getByRole( 'textbox', { name: 'Add title' } )
			.fill( title );

		const blocks = await editorBlocks( page );
		expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );
		expect( blocks.map( ( { name } ) => name ) ).toEqual(
			expect.arrayContaining( OUR_BLOCKS )
		);
		postId = await editor.publishPost();
	} );
} );

test( 'a reader gets every sentence in our theme, and search engines the same graph on every release', async ( {
	reader,
} ) => {
	await test.step( 'a reader gets every sentence, in our theme, with nothing missing', async () => {
		const failed: string[] = [];
		reader.on( 'response', ( response ) => {
			if ( response.status() >= 400 ) {
				failed.push( `${ response.status() } ${ response.url() }` );
			}
		} );
		const response = await reader.goto( `/?p=${ postId }` );
		expect( response?.status() ).toBe( 200 );
		await expect( reader.getByRole( 'heading', { level: 1 } ) ).toHaveText(
			title
		);
		expect(
			missingSourceSentences( await reader.locator( 'body' ).innerText() )
		).toEqual( [] );

		for ( const block of OUR_BLOCKS ) {
			await expect(
				reader.locator( `.wp-block-${ block.replace( '/', '-' ) }` )
			).toBeVisible();
		}
		// The theme's own template parts and styles, not a fallback theme.
		await expect(
			reader.locator(
				'link[rel="stylesheet"][href*="/themes/william-inc/"]'
			)
		).not.toHaveCount( 0 );
		await expect(
			reader.locator( '.william-inc-disclaimer' )
		).toContainText( 'It is not medical advice' );
		const graph = JSON.parse(
			( await reader
				.locator( 'script[type="application/ld+json"]' )
				.textContent() ) as string
		);
		// One reviewed file for every release: the same graph everywhere.
		expect(
			JSON.stringify(
				siteIndependent( graph, new URL( reader.url() ).origin ),
				null,
				'\t'
			)
		).toMatchSnapshot( 'article-graph.json' );

		// Every file the page asks for is in the zips.
		await reader.waitForLoadState( 'networkidle' );
		expect( failed ).toEqual( [] );

		expect( await wcagViolations( reader ) ).toEqual( [] );
	} );
} );

test( 'a synced diagram takes its per-post caption where WordPress can override it, and keeps its own before', async ( {
	requestUtils,
	reader,
} ) => {
	const patterns = await requestUtils.rest<
		Array< { name: string; content: string } >
	>( { path: '/wp/v2/block-patterns/patterns' } );
	const diagram = patterns
		.find(
			( item ) => item.name === 'william-health-blocks/mechanism-ketamine'
		)!
		.content.replace(
			'<!-- wp:william-health/mechanism-diagram -->',
			'<!-- wp:william-health/mechanism-diagram {"metadata":{"name":"Mechanism","bindings":{"__default":{"source":"core/pattern-overrides"}}}} -->'
		);
	const synced = await requestUtils.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/blocks',
		data: { title: 'Mechanism', status: 'publish', content: diagram },
	} );
	const post = await requestUtils.rest< { link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Overridden caption',
			status: 'publish',
			content: `<!-- wp:block {"ref":${ synced.id },"content":{"Mechanism":{"caption":"Our own caption for this post."}}} /-->`,
		},
	} );
	await reader.goto( post.link );
	const [ major, minor ] = atLeast( await wordpressVersion( reader ), 2 );
	// The filter that lets a plugin name overridable attributes came in 6.9
	// (README, "Pattern overrides").
	const overrides = major > 6 || minor >= 9;
	await expect(
		reader.getByRole( 'figure', {
			name: overrides
				? 'Our own caption for this post.'
				: /^How ketamine is thought to relieve depression/,
		} )
	).toBeVisible();
	await expect(
		reader.locator( '.wp-block-william-health-mechanism-step' )
	).toHaveCount( 6 );
} );
