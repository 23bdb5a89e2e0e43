/**
 * An Author cites claims in ordinary paragraphs with the keyboard: the same
 * DOI twice gets one number, a PMID is looked up (answered by the lookup
 * fixtures, tests/mu-plugins/william-lookup-fixtures.php), and the numbers
 * follow when paragraphs move. A reader follows a marker to its reference
 * and back. The markers survive the Author's save (no unfiltered_html),
 * and a Contributor's hostile reference, sent over REST, stays text.
 */
import type { Locator, Page } from '@playwright/test';

import fs from 'node:fs';
import path from 'node:path';

import {
	ARTICLE_SLUG,
	ROOT,
	anonymousContext,
	editorBlocks,
	expect,
	test,
} from '../fixtures';
import { newPost, openBlockSettings } from '../utils/editor';
import { expectHostilePostHarmless, TEXT_PAYLOADS } from '../utils/xss';

const ZARATE_DOI = '10.1001/archpsyc.63.8.856';
const WILKINSON_PMID = '28969441';

/**
 * Cites a source for the words before the caret, with the keyboard only:
 * the shortcut opens "Cite", the identifier is typed and Enter either cites
 * the post's source it finds or looks the identifier up, and Enter again
 * adds what the lookup found.
 *
 * @param page       The editor page, caret after the claim.
 * @param identifier A DOI or PMID.
 * @param isNew      Whether the post has no source for it yet.
 */
async function citeByKeyboard(
	page: Page,
	identifier: string,
	isNew: boolean
) {
	await page.keyboard.press( 'Shift+Alt+C' );
	const search = page.getByRole( 'searchbox', {
		name: 'Find a source of this post, or add one by DOI, PMID or PMCID',
	} );
	await expect( search ).toBeFocused();
	await page.keyboard.type( identifier );
	await page.keyboard.press( 'Enter' );
	if ( isNew ) {
		const form = page.locator( '.william-health-reference-form' );
		await expect( form.getByRole( 'status' ) ).toContainText( 'Found:', {
			timeout: 40_000,
		} );
		await expect(
			form.getByRole( 'textbox', { name: 'DOI, PMID or PMCID' } )
		).toBeFocused();
		await page.keyboard.press( 'Enter' );
	}
	await expect( search ).toBeHidden();
}

/**
 * Collects what the editor logs about selectors that return a new value
 * for the same state (`useSelect` and React's warnings of the kind), which
 * mean needless re-rendering on every change.
 *
 * @param page The editor page, before it loads the editor.
 * @return The warnings so far; empty while there are none.
 */
function selectorWarnings( page: Page ): string[] {
	const warnings: string[] = [];
	page.on( 'console', ( message ) => {
		const text = message.text();
		if (
			/useSelect|returns? (a )?different values? when called with the same state|getSnapshot should be cached/i.test(
				text
			) &&
			// WordPress 7.1's own block inspector (BlockBindingsAttributeControl)
			// warns so for its binding sources whenever a paragraph is
			// selected: not ours to fix.
			! text.includes( 'core/post-meta' )
		) {
			warnings.push( text );
		}
	} );
	return warnings;
}

/**
 * Whether the post in the editor has changes to save, and its content as
 * it would be saved.
 *
 * @param page The editor page.
 */
function editedPost( page: Page ) {
	return page.evaluate( () => {
		const { wp } = window as unknown as {
			wp: {
				data: {
					select: ( store: string ) => {
						isEditedPostDirty: () => boolean;
						getEditedPostContent: () => string;
					};
				};
			};
		};
		const editor = wp.data.select( 'core/editor' );
		return {
			dirty: editor.isEditedPostDirty(),
			content: editor.getEditedPostContent(),
		};
	} );
}

/**
 * The numbers the markers of the editor canvas show, in reading order.
 *
 * @param canvas The editor canvas.
 */
function markerNumbers( canvas: Locator ) {
	return canvas.locator( 'p sup.william-health-citation' );
}

test( 'an author cites by keyboard, looks a PMID up and reorders; a reader follows the marker and back', async ( {
	loginAs,
	browser,
	createdPosts,
	requestUtils,
} ) => {
	test.setTimeout( 150_000 );
	const page = await loginAs( 'author' );
	const warnings = selectorWarnings( page );
	const editor = await newPost( page, 'Ketamine, cited' );
	const canvas = editor.canvas.locator( 'body' );

	// First claim: Enter from the title starts a paragraph.
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Ketamine eased depression within a day.' );
	await citeByKeyboard( page, ZARATE_DOI, true );
	await expect( markerNumbers( canvas ) ).toHaveText( [ '1' ] );
	// Adding the first source started a References list at the end.
	const list = editor.canvas.locator(
		'[data-type="william-health/references"]'
	);
	await expect( list.locator( 'li' ) ).toHaveCount( 1 );
	await expect( list.locator( 'li' ) ).toContainText(
		'A randomized trial of an N-methyl-D-aspartate antagonist'
	);

	// Second claim to the same DOI, in a paragraph clicked into with the mouse.
	await editor.canvas
		.getByRole( 'document', { name: 'Block: Paragraph' } )
		.first()
		.click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'The effect faded within a week.' );
	await citeByKeyboard( page, ZARATE_DOI, false );
	await expect( markerNumbers( canvas ) ).toHaveText( [ '1', '1' ] );
	await expect( list.locator( 'li' ) ).toHaveCount( 1 );

	// Third claim: a PMID, looked up.
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'It also eased suicidal thoughts.' );
	await citeByKeyboard( page, WILKINSON_PMID, true );
	await expect( markerNumbers( canvas ) ).toHaveText( [ '1', '1', '2' ] );
	await expect( list.locator( 'li' ).nth( 1 ) ).toContainText(
		'Wilkinson ST'
	);

	// The third paragraph moves to the top: the numbers follow.
	await page.keyboard.press( 'Escape' );
	const third = editor.canvas
		.getByRole( 'document', { name: 'Block: Paragraph' } )
		.filter( { hasText: 'suicidal thoughts' } );
	await third.click();
	const moveUp = page
		.getByRole( 'toolbar', { name: 'Block tools' } )
		.getByRole( 'button', { name: 'Move up' } );
	await moveUp.click();
	await moveUp.click();
	await expect(
		editor.canvas.getByRole( 'document', { name: 'Block: Paragraph' } )
	).toContainText( [ 'suicidal thoughts', 'within a day', 'within a week' ] );
	await expect( markerNumbers( canvas ) ).toHaveText( [ '1', '2', '2' ] );
	await expect( list.locator( 'li' ).first() ).toContainText(
		'Wilkinson ST'
	);

	// Publish, through the pre-publish panel (its checks raise nothing
	// here); this slow, shared machine may take a while to save.
	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	await page
		.getByRole( 'region', { name: 'Editor publish' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	await expect( page.getByText( 'is now live' ) ).toBeVisible( {
		timeout: 45_000,
	} );
	const postId = Number( new URL( page.url() ).searchParams.get( 'post' ) );
	createdPosts.push( postId );
	// Citing, looking up and renumbering re-rendered nothing needlessly.
	expect( warnings ).toEqual( [] );

	// Saved by an Author (no unfiltered_html): every marker kept whole.
	const saved = await requestUtils.rest< { content: { raw: string } } >( {
		path: `/wp/v2/posts/${ postId }`,
		params: { context: 'edit' },
	} );
	const markers =
		saved.content.raw.match(
			/<sup [^>]*class="william-health-citation"[^>]*>.*?<\/sup>/g
		) ?? [];
	expect( markers ).toHaveLength( 3 );
	for ( const savedMarker of markers ) {
		expect( savedMarker ).toMatch( / data-ref="r[a-z0-9]+"/ );
		expect( savedMarker ).toMatch( / id="cite-[a-z0-9]+"/ );
		expect( savedMarker ).toMatch( /<a href="#ref-r[a-z0-9]+">\d<\/a>/ );
	}

	// A reader, no JavaScript needed: the marker goes to the entry and back.
	const context = await anonymousContext( browser, {
		javaScriptEnabled: false,
	} );
	const reader = await context.newPage();
	const post = await requestUtils.rest< { link: string } >( {
		path: `/wp/v2/posts/${ postId }`,
	} );
	await reader.goto( post.link );
	const content = reader.locator( '.wp-block-post-content' );
	const secondMarker = content
		.locator( 'p' )
		.filter( { hasText: 'within a day' } )
		.getByRole( 'link', { name: '2' } );
	await secondMarker.click();
	const entry = reader.locator(
		'.wp-block-william-health-references li:target'
	);
	await expect( entry ).toContainText( 'Zarate CA Jr' );
	await expect( entry ).toContainText( `doi: ${ ZARATE_DOI }` );
	// Cited twice: a link back to each place.
	const back = entry.getByRole( 'link', { name: /^Back to the text/ } );
	await expect( back ).toHaveCount( 2 );
	await back.first().click();
	await expect( reader.locator( 'sup:target' ) ).toHaveText( '2' );
	await expect(
		reader.locator( 'p' ).filter( { has: reader.locator( 'sup:target' ) } )
	).toContainText( 'within a day' );
	await context.close();
} );

test( 'the published article opens with nothing to save and no selector warnings', async ( {
	admin,
	editor,
	page,
	requestUtils,
} ) => {
	const warnings = selectorWarnings( page );
	const [ article ] = await requestUtils.rest< { id: number }[] >( {
		path: '/wp/v2/posts',
		params: { slug: ARTICLE_SLUG },
	} );
	expect( article ).toBeDefined();
	await admin.editPost( article?.id ?? 0 );
	// Settled: the References list and the markers show their numbers.
	const list = editor.canvas.locator(
		'[data-type="william-health/references"]'
	);
	await expect( list.locator( 'li' ) ).toHaveCount( 4 );
	await expect(
		editor.canvas.locator( 'sup.william-health-citation' )
	).toHaveText( [ '1', '1', '2', '1', '3', '4', '2', '1' ] );
	// Opening changed nothing: "Save" ("Update" before WordPress 7.0) has
	// nothing to save.
	await expect(
		page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: /^(Save|Update)$/ } )
	).toBeDisabled();
	expect( await editedPost( page ) ).toMatchObject( { dirty: false } );
	expect( warnings ).toEqual( [] );
} );

test( 'a References list saved without its backlinks’ name opens unchanged, and gets the name with the author’s first change', async ( {
	admin,
	editor,
	page,
	requestUtils,
	createdPosts,
} ) => {
	const [ article ] = await requestUtils.rest<
		{ content: { raw: string } }[]
	>( {
		path: '/wp/v2/posts',
		params: { slug: ARTICLE_SLUG, context: 'edit' },
	} );
	// The article as a list saved before the name was written.
	const content = ( article?.content.raw ?? '' )
		.replace( / \{"backText":"Back to the text"\}/, '' )
		.replace( / aria-label="Back to the text[ a-z]*"/g, '' );
	expect( content ).not.toContain( 'Back to the text' );
	const { id } = await requestUtils.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: { title: 'Cited before names', status: 'draft', content },
	} );
	createdPosts.push( id );
	await admin.editPost( id );
	const list = editor.canvas.locator(
		'[data-type="william-health/references"]'
	);
	await expect( list.locator( 'li' ) ).toHaveCount( 4 );
	await expect(
		editor.canvas.locator( 'sup.william-health-citation' )
	).toHaveCount( 8 );
	expect( await editedPost( page ) ).toMatchObject( { dirty: false } );

	// The author picks AMA in the list's sidebar: the name is saved with it.
	await list.locator( 'li' ).first().click();
	// The sidebar as the author left it in another post may be closed.
	await openBlockSettings( editor, page );
	await page
		.getByRole( 'region', { name: 'Editor settings' } )
		.getByRole( 'combobox', { name: 'Style' } )
		.selectOption( 'ama' );
	const edited = await editedPost( page );
	expect( edited.dirty ).toBe( true );
	expect( edited.content ).toContain(
		'"citationStyle":"ama","backText":"Back to the text"'
	);
	expect( edited.content ).toContain( 'aria-label="Back to the text a"' );
} );

test( 'a contributor’s hostile reference and markers, sent over REST, stay text', async ( {
	restAs,
	requestUtils,
	reader,
	admin,
	page,
	createdPosts,
} ) => {
	const R = 'wp-block-william-health-references';
	const hostile = TEXT_PAYLOADS.join( ' ' );
	const content = [
		'<!-- wp:paragraph -->',
		`<p>A claim.<sup class="william-health-citation" data-ref="rbad1" id="cite-bad01"><a href="#ref-rbad1">1</a></sup> ${ hostile }</p>`,
		'<!-- /wp:paragraph -->',
		'<!-- wp:william-health/references {"backText":"Back to the text"} -->',
		`<div class="${ R }"><ol class="${ R }__list"><li id="ref-rbad1" data-ref="rbad1" class="${ R }__entry">`,
		`<span class="${ R }__authors" data-value="${ hostile.replace( /"/g, '&quot;' ) }">${ hostile }</span>. `,
		`<span class="${ R }__title">${ hostile }</span>. `,
		`doi: <a href="javascript:alert(1)"><span class="${ R }__doi">${ hostile }</span></a>`,
		`<span class="${ R }__backlinks"> <a class="${ R }__backlink" href="#cite-bad01" aria-label="Back to the text">↩</a></span></li></ol></div>`,
		'<!-- /wp:william-health/references -->',
	].join( '' );
	await expectHostilePostHarmless(
		{ restAs, requestUtils, reader, admin, page, createdPosts },
		'Hostile references',
		content
	);
	// The marker is still a numbered link to its entry after KSES.
	await expect(
		reader.locator( 'sup.william-health-citation a[href="#ref-rbad1"]' )
	).toHaveText( '1' );
} );

test( 'an evidence list saved when items held their source has its sources moved into a References list when opened', async ( {
	requestUtils,
	admin,
	editor,
	page,
	createdPosts,
} ) => {
	const { id } = await requestUtils.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Saved before citations',
			status: 'draft',
			// Exactly what version 1 of the evidence item saved.
			content: fs.readFileSync(
				path.join(
					ROOT,
					'blocks/evidence-item/test/fixtures/v1-full-list.html'
				),
				'utf8'
			),
		},
	} );
	createdPosts.push( id );
	await admin.editPost( id );
	const list = editor.canvas.locator(
		'[data-type="william-health/references"]'
	);
	// One entry per study, each item citing its own.
	await expect( list.locator( 'li' ) ).toHaveCount( 2 );
	await expect( list.locator( 'li' ).first() ).toContainText(
		'Lithium in the prevention of suicide in mood disorders'
	);
	// The bad DOI is kept as typed, and flagged.
	await expect( list.locator( 'li' ).nth( 1 ) ).toContainText( 'not a DOI' );
	await expect(
		editor.canvas.locator(
			'[data-type="william-health/evidence-item"] sup.william-health-citation'
		)
	).toHaveText( [ '1', '2' ] );
	// Each item names its entry; none prints its own source any more.
	await expect(
		editor.canvas.locator( '.is-source-note' ).first()
	).toHaveText( /^Source: Cipriani 2013: Lithium/ );
	await expect(
		editor.canvas.locator(
			'.wp-block-william-health-evidence-item__reference:not(.is-source-note)'
		)
	).toHaveCount( 0 );
	const blocks = await editorBlocks( page );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );
} );
