/**
 * Hostile text in every cell, heading and the caption of a route table,
 * from an Author in the editor and from a Contributor over REST.
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
	for ( const name of [
		'Table caption',
		'Route, row 1',
		'Product or form, row 1',
		'Column heading: Benefits',
	] ) {
		const field = table.getByRole( 'textbox', { name } );
		await field.focus();
		await page.keyboard.press( 'ControlOrMeta+a' );
		await page.keyboard.type( hostile );
	}

	await expectTypedHostilePostHarmless(
		{ page, editor, requestUtils, reader, createdPosts },
		{
			dialogs,
			blockName: 'william-health/administration-routes',
			typedField: 'Route, row 1',
			hostile,
			onPage: async ( readerPage ) => {
				await expect( readerPage.getByRole( 'table' ) ).toBeVisible();
			},
		}
	);
} );
