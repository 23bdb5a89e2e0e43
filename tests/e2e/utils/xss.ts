/**
 * Hostile input for the security tests, and the checks that none of it ran
 * or became an element. Every payload sets a global marker and opens a
 * dialog if it runs.
 */
import type { Frame, Page } from '@playwright/test';
import type {
	Admin,
	Editor,
	RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

import { editorBlocks, expect } from '../fixtures';
import { atLeast } from '../../../blocks/shared/at-least';

export const MARKER = '__williamXss';
const RUN = `window.${ MARKER }=1;alert(1)`;

/** Payloads for rich-text and plain-text fields. */
export const TEXT_PAYLOADS = [
	`<script>${ RUN }</script>`,
	`<img src=x onerror="${ RUN }">`,
	`<svg onload="${ RUN }"><circle r="9"></circle></svg>`,
	`"><img src=x onerror=${ RUN }>`,
	`' onmouseover='${ RUN }' data-x='`,
	`<a href="javascript:${ RUN }">link</a>`,
	`<iframe srcdoc="<script>parent.${ MARKER }=1</script>"></iframe>`,
];

/** Payloads for fields that become link targets. */
export const URL_PAYLOADS = [
	`javascript:${ RUN }`,
	`JaVaScRiPt:${ RUN }`,
	`data:text/html,<script>${ RUN }</script>`,
] as const;

/** Elements that only an injection would create. */
const INJECTED = [
	'script:not([type="application/ld+json"]):not([type="speculationrules"]):not([src])',
	'[onerror]',
	'[onload]',
	'[onmouseover]',
	'iframe[srcdoc]',
	'svg circle',
	'a[href^="javascript:" i]',
	'a[href^="data:" i]',
];

/**
 * Records every dialog a page opens (and dismisses it).
 *
 * @param page Page to watch.
 */
export function watchDialogs( page: Page ): string[] {
	const dialogs: string[] = [];
	page.on( 'dialog', async ( dialog ) => {
		dialogs.push( dialog.message() );
		await dialog.dismiss();
	} );
	return dialogs;
}

/**
 * Asserts nothing ran and no injected element exists in the page or frame.
 *
 * @param target  Page or frame (the editor canvas is an iframe).
 * @param dialogs What watchDialogs recorded.
 * @param scope   CSS selector of the content to inspect.
 */
export async function expectNothingInjected(
	target: Page | Frame,
	dialogs: string[],
	scope: string
) {
	expect( dialogs ).toEqual( [] );
	expect(
		await target.evaluate( ( marker ) => marker in window, MARKER )
	).toBe( false );
	const found = await target
		.locator( scope )
		.evaluateAll(
			( roots, selectors ) =>
				roots.flatMap( ( root ) =>
					selectors.flatMap( ( selector ) =>
						Array.from( root.querySelectorAll( selector ) ).map(
							( element ) =>
								`${ selector }: ${ element.outerHTML.slice( 0, 80 ) }`
						)
					)
				),
			INJECTED
		);
	expect( found ).toEqual( [] );
}

type HostileFixtures = {
	restAs: ( role: 'contributor' ) => Promise< RequestUtils >;
	requestUtils: RequestUtils;
	reader: Page;
	admin: Admin;
	page: Page;
	createdPosts: number[];
};

/**
 * A Contributor sends hostile post content over REST; once an editor has
 * published it unchanged, nothing runs and nothing is injected for a reader
 * or in the administrator's editor, whatever KSES and the parser made of it.
 *
 * @param fixtures The test's fixtures.
 * @param title    Post title.
 * @param content  Hostile block markup.
 */
export async function expectHostilePostHarmless(
	fixtures: HostileFixtures,
	title: string,
	content: string
) {
	const { restAs, requestUtils, reader, admin, page, createdPosts } =
		fixtures;
	// The Contributor's own REST session: their nonce, their capabilities
	// (no unfiltered_html, so KSES filters what they send), pending review.
	const contributor = await restAs( 'contributor' );
	const { id } = await contributor.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: { title, content, status: 'pending' },
	} );
	createdPosts.push( id );
	// Publishing changes only the status: the content stays as the contributor's save left it.
	const post = await requestUtils.rest< { link: string } >( {
		method: 'POST',
		path: `/wp/v2/posts/${ id }`,
		data: { status: 'publish' },
	} );

	const readerDialogs = watchDialogs( reader );
	await reader.goto( post.link );
	// Broken-out quotes break the markup itself; KSES leaves the pieces as
	// text, so the words stay on the page and nothing runs.
	await expect( reader.locator( '.wp-block-post-content' ) ).toContainText(
		'onmouseover'
	);
	// Handlers of broken images and frames have run by the load event.
	await reader.waitForLoadState( 'load' );
	await expectNothingInjected(
		reader,
		readerDialogs,
		'.wp-block-post-content'
	);

	const editorDialogs = watchDialogs( page );
	await admin.editPost( id );
	const canvas = page.frame( { name: 'editor-canvas' } );
	expect( canvas ).not.toBeNull();
	await canvas!
		.locator( '.is-root-container [data-block]' )
		.first()
		.waitFor();
	await expectNothingInjected( canvas!, editorDialogs, '.is-root-container' );
}

type TypedFixtures = {
	/** The author's editor page, watched since before they typed. */
	page: Page;
	editor: Editor;
	requestUtils: RequestUtils;
	reader: Page;
	createdPosts: number[];
};

type TypedChecks = {
	/** What watchDialogs recorded on the author's page. */
	dialogs: string[];
	/** A block that must be back in the editor after the reload. */
	blockName: string;
	/** The name of a field the author typed the hostile text into. */
	typedField: string;
	hostile: string;
	/** The block's own checks on the reader's page, before the injection check. */
	onPage: ( reader: Page ) => Promise< void >;
};

/**
 * An Author has typed hostile text into a block: publish it, reopen the
 * editor, and check that nothing ran or was injected there, every block is
 * still valid and the typed text is kept; then the same for a reader.
 *
 * @param fixtures The test's fixtures, with the author's page and editor.
 * @param checks   What to look for.
 */
export async function expectTypedHostilePostHarmless(
	fixtures: TypedFixtures,
	checks: TypedChecks
) {
	const { page, editor, requestUtils, reader, createdPosts } = fixtures;
	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await editor.canvas
		.locator( `[data-type="${ checks.blockName }"]` )
		.first()
		.waitFor();
	await expectNothingInjected(
		page.frame( { name: 'editor-canvas' } )!,
		checks.dialogs,
		'.is-root-container'
	);
	// The hostile text round-trips through KSES without breaking a block…
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	// …and stays the author's text, as text.
	await expect(
		editor.canvas
			.getByRole( 'textbox', { name: checks.typedField } )
			.first()
	).toHaveText( checks.hostile );

	const [ post ] = atLeast(
		await requestUtils.rest< Array< { link: string } > >( {
			path: '/wp/v2/posts',
			params: { include: String( postId ) },
		} ),
		1
	);
	const readerDialogs = watchDialogs( reader );
	await reader.goto( post.link );
	await checks.onPage( reader );
	await reader.waitForLoadState( 'load' );
	await expectNothingInjected(
		reader,
		readerDialogs,
		'.wp-block-post-content'
	);
}
