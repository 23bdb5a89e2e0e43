/**
 * Inserting a block with the mouse, as an author does where they write: the
 * "+" (Add block) button in the canvas, its search field, a click on the
 * block. Unlike the inserter sidebar, which keeps focus for the next pick,
 * this inserter hands the caret to the new block, so the author can type.
 */
import type { Page } from '@playwright/test';
import type { Editor } from '@wordpress/e2e-test-utils-playwright';

/**
 * Inserts a block through the canvas's last "Add block" button.
 *
 * @param editor The editor.
 * @param page   Its page.
 * @param title  The block's title, as the inserter shows it.
 */
export async function mouseInsert( editor: Editor, page: Page, title: string ) {
	await editor.canvas
		.getByRole( 'button', { name: 'Add block' } )
		.last()
		.click();
	await page
		.getByRole( 'searchbox', { name: /Search/ } )
		.first()
		.fill( title );
	// The option's name starts with its icon's space: match the title in it.
	await page
		.getByRole( 'listbox', { name: 'Blocks' } )
		.getByRole( 'option', { name: title } )
		.click();
}
