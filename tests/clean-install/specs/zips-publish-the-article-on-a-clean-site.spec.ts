/**
 * A site owner with a fresh WordPress installs our two zips the way any
 * WordPress user does, through the upload screens, and an author publishes the
 * article from the plugin's pattern. The reader gets the whole article.
 */
import {
	editorBlocks,
	expect,
	missingSourceSentences,
	sourceArticleLines,
	test,
} from '../../e2e/fixtures';
import { wcagViolations } from '../../e2e/utils/axe';

const PLUGIN_ZIP = process.env.PLUGIN_ZIP as string;
const THEME_ZIP = process.env.THEME_ZIP as string;

const OUR_BLOCKS = [
	'william-health/mechanism-diagram',
	'william-health/evidence-list',
	'william-health/safety-notice',
	'william-health/administration-routes',
];

test( 'the plugin and theme zips install on a clean WordPress and reproduce the article from the pattern', async ( {
	admin,
	editor,
	page,
	reader,
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

	const [ , title ] = sourceArticleLines();
	let postId: number | null = null;
	await test.step( 'an author starts a post from the article pattern and publishes it', async () => {
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
		expect( JSON.stringify( graph ) ).toContain( 'MedicalWebPage' );

		// Every file the page asks for is in the zips.
		await reader.waitForLoadState( 'networkidle' );
		expect( failed ).toEqual( [] );

		expect( await wcagViolations( reader ) ).toEqual( [] );
	} );
} );
