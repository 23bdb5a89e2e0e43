/**
 * An author editing the cited article: the keyboard shortcuts help lists
 * "Cite"; it finds a source by its PMID
 * typed as PubMed prints it ("PMID 16894061"), Enter with nothing typed
 * cites the first source as the help says, and removing the References
 * list (which takes every source with it) is announced at once with Undo.
 * Nothing is saved: the published article stays as it was.
 */
import { atLeast } from '../../../blocks/shared/at-least';
import { ARTICLE_SLUG, expect, test } from '../fixtures';

test( 'an author cites by a PMID as PubMed prints it, and is warned with Undo when the References list goes', async ( {
	admin,
	editor,
	page,
	requestUtils,
} ) => {
	const [ article ] = atLeast(
		await requestUtils.rest< Array< { id: number } > >( {
			path: '/wp/v2/posts',
			params: { slug: ARTICLE_SLUG, _fields: 'id' },
		} ),
		1
	);
	await admin.editPost( article.id );
	const firstParagraph = editor.canvas
		.getByRole( 'document', { name: 'Block: Paragraph' } )
		.first();
	const markers = firstParagraph.locator( 'sup.william-health-citation' );
	await expect( markers ).toHaveText( [ '1' ] );

	// The shortcut is in the editor's keyboard shortcuts help.
	await firstParagraph.click();
	await page.keyboard.press( 'Shift+Alt+H' );
	const help = page.getByRole( 'dialog', { name: 'Keyboard shortcuts' } );
	await expect( help ).toContainText(
		'Cite a source for the text before the caret.'
	);
	await page.keyboard.press( 'Escape' );
	await expect( help ).toBeHidden();

	// Caret at the end of the first paragraph, with the mouse and End.
	await firstParagraph.click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Shift+Alt+C' );
	const search = page.getByRole( 'searchbox', {
		name: 'Find a source of this post, or add one by DOI, PMID or PMCID',
	} );
	await expect( search ).toBeFocused();
	await page.keyboard.type( 'PMID 16894061' );
	const popover = page.locator( '.william-health-cite' );
	await expect( popover.getByRole( 'status' ) ).toHaveText(
		'1 source found.'
	);
	await expect(
		popover.getByRole( 'button', { name: /^1\. Zarate 2006: / } )
	).toBeVisible();
	await page.keyboard.press( 'Enter' );
	await expect( search ).toBeHidden();
	await expect( markers ).toHaveText( [ '1', '1' ] );

	// Another claim, the caret after a space; nothing typed in the search:
	// Enter cites the first source listed, right after the claim's last word.
	await page.keyboard.type( ' Its effect lasted days. ' );
	await page.keyboard.press( 'Shift+Alt+C' );
	await expect( search ).toBeFocused();
	await page.keyboard.press( 'Enter' );
	await expect( search ).toBeHidden();
	await expect( markers ).toHaveText( [ '1', '1', '1' ] );
	// The caret is still after the space: the next sentence follows it.
	await page.keyboard.type( 'More.' );
	await expect( firstParagraph ).toContainText( 'lasted days.1 More.' );

	// The References list removed from its block toolbar.
	const list = editor.canvas.locator(
		'[data-type="william-health/references"]'
	);
	await list.locator( 'li' ).first().click();
	await editor.clickBlockOptionsMenuItem( 'Delete' );
	await expect( list ).toHaveCount( 0 );
	const warning = page
		.locator( '.components-notice' )
		.filter( { hasText: 'The References list was removed' } );
	await expect( warning ).toContainText(
		/: \d+ citations now point to no source\./
	);
	await warning.getByRole( 'button', { name: 'Undo' } ).click();
	await expect( list ).toHaveCount( 1 );
	await expect( warning ).toHaveCount( 0 );
	await expect( list.locator( 'li' ).first() ).toContainText( 'Zarate CA' );
} );

test( 'a reader who follows a marker and comes back sees the claim, not a marker at the window’s edge, and prints no ring', async ( {
	reader,
	articleUrl,
} ) => {
	await reader.setViewportSize( { width: 1440, height: 900 } );
	await reader.goto( articleUrl );
	const marker = reader
		.locator( '.wp-block-post-content p sup.william-health-citation' )
		.first();
	await marker.getByRole( 'link' ).click();
	const entry = reader.locator(
		'.wp-block-william-health-references li:target'
	);
	await expect( entry ).toBeInViewport();
	// The entry's outline is not cut off by the top of the window.
	expect( ( await entry.boundingBox() )?.y ).toBeGreaterThan( 8 );

	await entry
		.locator( '.wp-block-william-health-references__backlink' )
		.first()
		.click();
	const cited = reader.locator( 'sup:target' );
	await expect( cited ).toBeInViewport();
	// The lines before the marker are in view too: it lands well below the top.
	expect( ( await cited.boundingBox() )?.y ).toBeGreaterThan( 900 * 0.2 );
	// On screen the marker is ringed; printed, the page has no ring.
	const ring = () =>
		cited.evaluate(
			( element ) => getComputedStyle( element ).outlineStyle
		);
	expect( await ring() ).toBe( 'solid' );
	await reader.emulateMedia( { media: 'print' } );
	expect( await ring() ).toBe( 'none' );
} );
