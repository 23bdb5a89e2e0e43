/**
 * The medical disclaimer under every article is site-wide text: neutral by
 * default, so an article on any treatment carries no other article's words,
 * and changed by an administrator in one place, the Site Editor's
 * "Medical disclaimer" template part (as the README says).
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';

const PART = 'william-inc//medical-disclaimer';
const DEFAULT_TEXT =
	'It is not medical advice and does not replace a consultation with a doctor who knows your history.';
const NEW_TEXT =
	'Our articles explain research. Your own doctor knows your situation: ask them before changing a treatment.';
const OTHER_ARTICLES = /ketamine|esketamine/i;
/** The Site Editor's list of parts loads slowly on this shared Playground. */
const PARTS_LOAD = 60_000;

type Pattern = { name: string; content: string };

/**
 * Brings back the theme's disclaimer: deletes the administrator's copy of the
 * template part, if there is one (a failed run may have left it).
 *
 * @param requestUtils REST helpers.
 */
async function restoreDisclaimer( requestUtils: RequestUtils ) {
	const part = await requestUtils.rest< { source: string } >( {
		path: `/wp/v2/template-parts/${ PART }`,
	} );
	if ( part.source === 'custom' ) {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/template-parts/${ PART }`,
			params: { force: true },
		} );
	}
}

/**
 * Publishes "Lithium for bipolar disorder": a paragraph of its own and the
 * starter article's blocks, so the page holds all four of ours.
 *
 * @param requestUtils REST helpers.
 * @param createdPosts The test's posts, deleted after it.
 */
async function publishLithiumPost(
	requestUtils: RequestUtils,
	createdPosts: number[]
): Promise< string > {
	const patterns = await requestUtils.rest< Pattern[] >( {
		path: '/wp/v2/block-patterns/patterns',
	} );
	const starter = patterns.find(
		( { name } ) =>
			name === 'william-health-blocks/starter-evidence-article'
	);
	expect( starter ).toBeTruthy();
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Lithium for bipolar disorder',
			status: 'publish',
			content: `<!-- wp:paragraph -->\n<p>Lithium has been used to prevent the mood episodes of bipolar disorder for decades, and blood tests keep its level in a safe range.</p>\n<!-- /wp:paragraph -->\n\n${
				starter!.content
			}`,
		},
	} );
	createdPosts.push( post.id );
	return post.link;
}

test( 'an article on another topic carries the neutral disclaimer, on screen and in print, and no other article’s words', async ( {
	requestUtils,
	reader,
	createdPosts,
} ) => {
	await restoreDisclaimer( requestUtils );
	const link = await publishLithiumPost( requestUtils, createdPosts );

	await reader.goto( link );
	await expect( reader.getByRole( 'heading', { level: 1 } ) ).toHaveText(
		'Lithium for bipolar disorder'
	);
	const disclaimer = reader.locator( '.william-inc-disclaimer' );
	await expect( disclaimer ).toContainText( 'Medical disclaimer:' );
	await expect( disclaimer ).toContainText( DEFAULT_TEXT );
	expect( await reader.locator( 'body' ).innerText() ).not.toMatch(
		OTHER_ARTICLES
	);
	// Not in the markup either: no hidden text, structured data or attribute.
	expect( await reader.content() ).not.toMatch( OTHER_ARTICLES );
	expect( await wcagViolations( reader ) ).toEqual( [] );

	await reader.emulateMedia( { media: 'print' } );
	await expect( disclaimer ).toBeVisible();
	await expect( disclaimer ).toContainText( DEFAULT_TEXT );
} );

test( 'an administrator changes the disclaimer in the Site Editor, and every article shows the new text', async ( {
	admin,
	editor,
	page,
	requestUtils,
	reader,
	articleUrl,
	createdPosts,
} ) => {
	await restoreDisclaimer( requestUtils );
	const link = await publishLithiumPost( requestUtils, createdPosts );
	try {
		// Appearance → Editor → Patterns → General (the template parts of no
		// area), opened by its address: the list of all patterns that the
		// "Patterns" screen shows first takes half a minute here.
		await admin.visitAdminPage(
			'site-editor.php',
			'p=%2Fpattern&postType=wp_template_part&categoryId=uncategorized'
		);
		await editor.setPreferences( 'core/edit-site', {
			welcomeGuide: false,
			welcomeGuideTemplate: false,
		} );
		await expect(
			page.getByRole( 'heading', { name: 'General', level: 2 } )
		).toBeVisible();
		await page
			.getByRole( 'button', { name: 'Medical disclaimer', exact: true } )
			.first()
			.click( { timeout: PARTS_LOAD } );

		const paragraph = editor.canvas.getByRole( 'document', {
			name: 'Block: Paragraph',
		} );
		await expect( paragraph ).toContainText( DEFAULT_TEXT, {
			timeout: 30_000,
		} );
		await paragraph.click();
		await page.keyboard.press( 'ControlOrMeta+a' );
		await page.keyboard.type( NEW_TEXT );
		await expect( paragraph ).toHaveText( NEW_TEXT );
		await editor.saveSiteEditorEntities( {
			isOnlyCurrentEntityDirty: true,
		} );

		for ( const url of [ link, articleUrl ] ) {
			await reader.goto( url );
			const disclaimer = reader.locator( '.william-inc-disclaimer' );
			await expect( disclaimer ).toHaveText( NEW_TEXT );
			expect(
				await wcagViolations( reader, [ '.william-inc-disclaimer' ] )
			).toEqual( [] );
		}

		// "Reset" in the part's actions brings the theme's text back.
		await editor.openDocumentSettingsSidebar();
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );
		await settings.getByRole( 'tab', { name: 'Template Part' } ).click();
		await settings.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Reset' } ).click();
		await page
			.getByRole( 'dialog' )
			.getByRole( 'button', { name: 'Reset' } )
			.click();
		await expect(
			page
				.getByRole( 'button', { name: 'Dismiss this notice' } )
				.filter( { hasText: /Medical disclaimer.*reset/ } )
		).toBeVisible();
		await reader.goto( link );
		await expect(
			reader.locator( '.william-inc-disclaimer' )
		).toContainText( DEFAULT_TEXT );
	} finally {
		await restoreDisclaimer( requestUtils );
	}
} );
