/**
 * Hostile text in every cell, heading and the caption of a route table (and
 * in a row's route code), from a Contributor over REST; and from an Author
 * in the editor: typed with the keyboard into one cell, filled into the
 * caption, a heading and another cell.
 */
import { expect, test } from '../fixtures';
import { newPost } from '../utils/editor';
import { routeTable } from '../utils/markup';
import {
	TEXT_PAYLOADS,
	expectHostilePostHarmless,
	expectTypedHostilePostHarmless,
	watchDialogs,
} from '../utils/xss';

test( 'a contributor’s hostile route table, sent over REST, runs nothing anywhere', async ( {
	restAs,
	requestUtils,
	reader,
	admin,
	page,
	createdPosts,
} ) => {
	const content = routeTable(
		TEXT_PAYLOADS.slice( 0, 6 ),
		TEXT_PAYLOADS.map( ( payload ) => Array( 6 ).fill( payload ) ),
		TEXT_PAYLOADS.join( ' ' )
	);
	await expectHostilePostHarmless(
		{ restAs, requestUtils, reader, admin, page, createdPosts },
		'Hostile routes',
		content
	);
} );

test( 'an author typing hostile text into cells, headings and the caption runs nothing', async ( {
	loginAs,
	requestUtils,
	reader,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const dialogs = watchDialogs( page );
	const editor = await newPost( page, 'Typed hostile routes' );
	await editor.insertBlock( {
		name: 'william-health/administration-routes',
	} );
	const table = editor.canvas.locator(
		'[data-type="william-health/administration-routes"]'
	);
	const hostile = TEXT_PAYLOADS.join( ' ' );
	// One field typed key by key, as the author would …
	await table.getByRole( 'textbox', { name: 'Route, row 1' } ).click();
	await page.keyboard.type( hostile );
	// … the others filled at once (the same input events, without the wait).
	for ( const name of [
		'Table caption',
		'Product or form, row 1',
		'Column heading: Benefits',
	] ) {
		await table.getByRole( 'textbox', { name } ).fill( hostile );
	}
	await expect(
		table.getByRole( 'textbox', { name: 'Table caption' } )
	).toHaveText( hostile );

	await expectTypedHostilePostHarmless(
		{ page, editor, requestUtils, reader, createdPosts },
		{
			dialogs,
			blockName: 'william-health/administration-routes',
			typedField: 'Route, row 1',
			hostile,
			onPage: async ( readerPage ) => {
				const routes = readerPage.getByRole( 'table' );
				await expect( routes ).toBeVisible();
				// Filled fields stay the author's text, as text, too (the
				// page curls its quotes, so compare a payload without any).
				await expect( routes.locator( 'caption' ) ).toContainText(
					TEXT_PAYLOADS[ 0 ] ?? ''
				);
			},
		}
	);
} );
