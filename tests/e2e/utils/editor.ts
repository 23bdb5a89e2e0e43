/**
 * Editor steps the authoring tests share.
 */
import type { Page } from '@playwright/test';
import { Editor, PageUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Opens a new post as the page's user, past the welcome guide, with a title.
 *
 * @param page  A logged-in page.
 * @param title The post title.
 */
export async function newPost( page: Page, title: string ): Promise< Editor > {
	const editor = new Editor( { page } );
	await page.goto( '/wp-admin/post-new.php' );
	const titleBox = editor.canvas.getByRole( 'textbox', {
		name: 'Add title',
	} );
	await titleBox.waitFor();
	if (
		await page.getByRole( 'dialog', { name: /Welcome to the/ } ).isVisible()
	) {
		await page.keyboard.press( 'Escape' );
	}
	await titleBox.fill( title );
	return editor;
}

/**
 * Presses a toolbar button of the selected block with the keyboard only:
 * Alt+F10 moves focus to the block toolbar, arrows move along it.
 *
 * @param page  Editor page.
 * @param label The button's accessible name.
 */
export async function pressToolbarButton( page: Page, label: string ) {
	await new PageUtils( { page, browserName: 'chromium' } ).pressKeys(
		'alt+F10'
	);
	for ( let step = 0; step < 20; step++ ) {
		const focused = await page
			.locator( ':focus' )
			.getAttribute( 'aria-label' )
			.catch( () => null );
		if ( focused === label ) {
			await page.keyboard.press( 'Enter' );
			return;
		}
		await page.keyboard.press( 'ArrowRight' );
	}
	throw new Error( `No toolbar button "${ label }"` );
}

/**
 * Shows the selected block's settings in the sidebar.
 *
 * @param editor The editor.
 * @param page   Its page.
 */
export async function openBlockSettings( editor: Editor, page: Page ) {
	await editor.openDocumentSettingsSidebar();
	const blockTab = page.getByRole( 'tab', { name: 'Block' } );
	if ( await blockTab.isVisible() ) {
		await blockTab.click();
	}
}
