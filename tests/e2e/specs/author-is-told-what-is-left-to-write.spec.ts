/**
 * A post started from the starter pattern and not yet written: before
 * publishing, the health checks list every block that still holds the
 * pattern's guidance (it reads like real content), and a line selects the
 * block to write over. Publishing stays allowed.
 */
import { expect, test } from '../fixtures';

test( 'the pre-publish checks list the guidance a post from the starter pattern still holds', async ( {
	admin,
	editor,
	page,
	requestUtils,
} ) => {
	await admin.createNewPost();
	const chooser = page.getByRole( 'dialog', { name: 'Choose a pattern' } );
	const starter = chooser.getByRole( 'option' ).first();
	await expect( starter ).toHaveAccessibleName( /^Evidence-based article/, {
		timeout: 30_000,
	} );
	await starter.click();
	await editor.canvas
		.locator( '.wp-block-william-health-administration-routes' )
		.waitFor();
	const postId = await page.evaluate( () =>
		(
			window as unknown as {
				wp: {
					data: {
						select: ( store: 'core/editor' ) => {
							getCurrentPostId: () => number;
						};
					};
				};
			}
		 ).wp.data
			.select( 'core/editor' )
			.getCurrentPostId()
	);
	try {
		await editor.canvas
			.getByRole( 'textbox', { name: 'Add title' } )
			.fill( 'Unwritten' );
		await page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: 'Publish', exact: true } )
			.click();
		const lines = page
			.locator( '.william-health-checks' )
			.getByRole( 'listitem' );
		const guidance = lines.filter( {
			hasText: 'is guidance from a pattern',
		} );
		// One line per block with guidance, from the intro to the route table.
		for ( const line of [
			'Paragraph: “Start with what readers most need to know,',
			'Mechanism step: “The treatment” is guidance',
			'Mechanism step: “What changes in the body” is guidance',
			'Mechanism diagram: “Say in one sentence what the diagram shows,',
			'Evidence item: “The claim in a few words:',
			'Safety notice: “Name the risk in a few words” is guidance',
			'Paragraph: “Describe the risk in plain words:',
			'Route table: “How the treatment is given” is guidance',
		] ) {
			await expect(
				guidance.filter( { hasText: line } ).first()
			).toBeVisible();
		}
		// Outline headings are not guidance.
		await expect(
			guidance.filter( { hasText: '“How it works”' } )
		).toHaveCount( 0 );
		expect( await guidance.count() ).toBeGreaterThanOrEqual( 12 );

		// A line selects the block to write over.
		await guidance
			.getByRole( 'button', { name: /“The treatment”/ } )
			.click();
		await expect(
			editor.canvas
				.locator( '[data-type="william-health/mechanism-step"]' )
				.first()
		).toHaveClass( /is-selected/ );
		// Publishing was never blocked: the post's own Publish is there.
		await expect(
			page
				.getByRole( 'region', { name: 'Editor top bar' } )
				.getByRole( 'button', { name: 'Publish', exact: true } )
		).toBeEnabled();
	} finally {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/posts/${ postId }`,
			params: { force: true },
		} );
	}
} );
