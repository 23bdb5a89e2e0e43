/**
 * The plugin is active, and an author finds each of our blocks in the inserter.
 */
import { expect, test } from '../fixtures';
import { closeStartDialogs } from '../utils/editor';

type BlockType = { name: string; title: string; parent: string[] | null };

test( 'the plugin is active', async ( { requestUtils } ) => {
	const plugin = await requestUtils.rest< { status: string } >( {
		path: '/wp/v2/plugins/william-health-blocks/william-health-blocks',
	} );
	expect( plugin.status ).toBe( 'active' );
} );

test( 'an administrator opens the editor and finds every block of ours in the inserter', async ( {
	admin,
	editor,
	page,
	requestUtils,
} ) => {
	const blockTypes = await requestUtils.rest< BlockType[] >( {
		path: '/wp/v2/block-types/william-health',
	} );
	expect( blockTypes.map( ( { name } ) => name ).sort() ).toEqual( [
		'william-health/administration-routes',
		'william-health/evidence-item',
		'william-health/evidence-list',
		'william-health/mechanism-diagram',
		'william-health/mechanism-step',
		'william-health/references',
		'william-health/safety-notice',
	] );
	// Items and steps live inside their list and diagram only.
	expect(
		blockTypes
			.filter( ( { parent } ) => parent?.length )
			.map( ( { name } ) => name )
			.sort()
	).toEqual( [
		'william-health/evidence-item',
		'william-health/mechanism-step',
	] );

	await admin.createNewPost();
	// New posts offer the starter pattern first; this test is about the inserter.
	await closeStartDialogs( page );
	await expect(
		editor.canvas.getByRole( 'textbox', { name: 'Add title' } )
	).toBeVisible();

	// Child blocks (such as an evidence item) are inserted inside their parent only.
	for ( const blockType of blockTypes.filter(
		( { parent } ) => ! parent?.length
	) ) {
		await page
			.getByRole( 'button', { name: 'Block Inserter', exact: true } )
			.click();
		await page
			.getByRole( 'searchbox', { name: 'Search' } )
			.fill( blockType.title );
		await expect(
			page
				.getByRole( 'listbox', { name: 'Blocks' } )
				.getByRole( 'option', { name: blockType.title } )
		).toBeVisible();
		await page
			.getByRole( 'button', { name: 'Close Block Inserter' } )
			.click();
	}
} );
