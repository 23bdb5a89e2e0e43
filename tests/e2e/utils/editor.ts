/**
 * Editor steps the authoring tests share.
 */
import type { Page } from '@playwright/test';
import { Editor, PageUtils } from '@wordpress/e2e-test-utils-playwright';

import { expect } from '../fixtures';

/**
 * Closes what a new post opens over the editor: the plugin's starter-pattern
 * chooser and, on a first visit, the welcome guide. Both appear a moment
 * after the editor and would take focus, so this waits for them.
 *
 * @param page An editor page that just opened a new post.
 */
export async function closeStartDialogs( page: Page ) {
	const dialogs = page.getByRole( 'dialog', {
		name: /Choose a pattern|Welcome to the/,
	} );
	// One may open after the other closes: keep closing until none comes.
	// The first can take a while: the chooser waits for the patterns to load.
	for ( let round = 0; round < 3; round++ ) {
		const opened = await dialogs
			.first()
			.waitFor( { timeout: round === 0 ? 15_000 : 3000 } )
			.then(
				() => true,
				() => false
			);
		if ( ! opened ) {
			return;
		}
		await dialogs
			.first()
			.getByRole( 'button', { name: 'Close' } )
			.first()
			.click();
		await dialogs
			.first()
			.waitFor( { state: 'hidden' } )
			.catch( () => {} );
	}
}

/**
 * Opens a new post as the page's user, with a title. The users `loginAs`
 * creates have the first-visit dialogs switched off, so none can open over
 * the editor while a test types.
 *
 * @param page  A page logged in through `loginAs`.
 * @param title The post title.
 */
export async function newPost( page: Page, title: string ): Promise< Editor > {
	const editor = new Editor( { page } );
	await page.goto( '/wp-admin/post-new.php' );
	const titleBox = editor.canvas.getByRole( 'textbox', {
		name: 'Add title',
	} );
	await titleBox.fill( title );
	return editor;
}

/**
 * Inserts a block with the keyboard only, through the slash inserter: types
 * "/" and the block's title where the caret is (an empty paragraph), checks
 * the block is offered, and picks it with Enter.
 *
 * @param page  Editor page, caret in an empty paragraph.
 * @param title The block's title, as the inserter shows it.
 */
export async function slashInsert( page: Page, title: string ) {
	await page.keyboard.type( `/${ title.toLowerCase() }` );
	await expect( page.getByRole( 'option', { name: title } ) ).toBeVisible();
	await page.keyboard.press( 'Enter' );
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
