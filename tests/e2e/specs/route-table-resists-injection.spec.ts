/**
 * Hostile text in every cell, heading and the caption of a route table,
 * from an Author in the editor and from a Contributor over REST.
 */
import { editorBlocks, expect, test } from '../fixtures';
import { newPost } from '../utils/editor';
import { routeTable } from '../utils/markup';
import {
	TEXT_PAYLOADS,
	expectNothingInjected,
	expectHostilePostHarmless,
	watchDialogs,
} from '../utils/xss';

const CONTENT = '.wp-block-post-content';

test( 'a contributor’s hostile route table, sent over REST, runs nothing anywhere', async ( {
	loginAs,
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
		{ loginAs, requestUtils, reader, admin, page, createdPosts },
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

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await table.waitFor();
	await expectNothingInjected(
		page.frame( { name: 'editor-canvas' } )!,
		dialogs,
		'.is-root-container'
	);
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect(
		table.getByRole( 'textbox', { name: 'Route, row 1' } )
	).toHaveText( hostile );

	const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/posts',
		params: { include: String( postId ) },
	} );
	const readerDialogs = watchDialogs( reader );
	await reader.goto( post.link );
	await expect( reader.getByRole( 'table' ) ).toBeVisible();
	await reader.waitForTimeout( 500 );
	await expectNothingInjected( reader, readerDialogs, CONTENT );
} );
