/**
 * Medical review as the people who do it: an Author drafts and leaves a
 * note, a Medical reviewer marks the article reviewed, the Author's later
 * edit shows as changed since review; a Contributor cannot name a reviewer;
 * the pre-publish checks list what to fix; the posts list finds the
 * overdue articles.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';

type Meta = Record< string, string | number >;

/**
 * Opens a post in the editor. The person before may still hold its edit
 * lock (given up on leaving the editor, which this one-request-at-a-time
 * server may not have handled yet): they take over, as a person who knows
 * the other is done does.
 *
 * @param page   A logged-in page.
 * @param postId The post.
 */
async function openPost( page: Page, postId: number ) {
	await page.goto( `/wp-admin/post.php?post=${ postId }&action=edit` );
	const topBar = page.getByRole( 'region', { name: 'Editor top bar' } );
	const locked = page.getByRole( 'dialog', {
		name: 'This post is already being edited',
	} );
	// The editor loads slowly on this server.
	await expect( topBar.or( locked ) ).toBeVisible( { timeout: 60_000 } );
	if ( await locked.isVisible() ) {
		await locked.getByRole( 'link', { name: 'Take over' } ).click();
		await expect( topBar ).toBeVisible( { timeout: 60_000 } );
	}
}

/**
 * Opens the "Medical review" panel of the post settings.
 *
 * @param page An editor page.
 */
async function openReviewPanel( page: Page ) {
	const topBar = page.getByRole( 'region', { name: 'Editor top bar' } );
	await topBar.waitFor( { timeout: 60_000 } );
	const settings = page.getByRole( 'region', { name: 'Editor settings' } );
	if ( ! ( await settings.isVisible() ) ) {
		await topBar
			.getByRole( 'button', { name: 'Settings', exact: true } )
			.click();
	}
	await settings.getByRole( 'tab', { name: 'Post' } ).click();
	const toggle = settings.getByRole( 'button', { name: 'Medical review' } );
	if ( ( await toggle.getAttribute( 'aria-expanded' ) ) === 'false' ) {
		await toggle.click();
	}
	return settings;
}

/**
 * Saves the draft from the editor's top bar and waits for it to be saved.
 *
 * @param page An editor page.
 */
async function saveDraft( page: Page ) {
	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Save draft' } )
		.click();
	await expect(
		page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: 'Saved' } )
	).toBeVisible();
}

test( 'an author drafts, a medical reviewer marks it reviewed, and the author’s later edit shows as changed since review', async ( {
	loginAs,
	requestUtils,
	createdPosts,
} ) => {
	test.setTimeout( 240_000 );
	const author = await loginAs( 'author' );
	await author.goto( '/wp-admin/post-new.php' );
	const canvas = author.frameLocator( '[name="editor-canvas"]' );
	await canvas
		.getByRole( 'textbox', { name: 'Add title' } )
		.fill( 'Taking lithium safely' );
	await author.keyboard.press( 'Enter' );
	await author.keyboard.type(
		'Have your blood level checked every three months.'
	);
	let panel = await openReviewPanel( author );
	// The Author reads the review and may leave a note, but not change it.
	await expect(
		panel.getByText(
			'Only medical reviewers, editors and administrators can change the review.'
		)
	).toBeVisible();
	await expect(
		panel.getByRole( 'button', { name: 'Mark as reviewed today' } )
	).toHaveCount( 0 );
	await panel
		.getByRole( 'textbox', { name: 'Note for the reviewer' } )
		.fill( 'Please check the testing interval.' );
	await saveDraft( author );
	const postId = await author.evaluate( () =>
		(
			window as unknown as {
				wp: {
					data: {
						select: ( store: string ) => {
							getCurrentPostId: () => number;
						};
					};
				};
			}
		 ).wp.data
			.select( 'core/editor' )
			.getCurrentPostId()
	);
	createdPosts.push( postId );
	// The Author closes the editor; its edit lock lasts a while yet.
	await author.close();

	const reviewer = await loginAs( 'medical_reviewer' );
	await openPost( reviewer, postId );
	panel = await openReviewPanel( reviewer );
	await expect( panel.getByText( 'Never reviewed.' ) ).toBeVisible();
	await expect(
		panel.getByRole( 'textbox', { name: 'Note for the reviewer' } )
	).toHaveValue( 'Please check the testing interval.' );
	await panel
		.getByRole( 'button', { name: 'Mark as reviewed today' } )
		.click();
	const today = await reviewer.evaluate( () =>
		(
			window as unknown as {
				wp: { date: { date: ( f: string ) => string } };
			}
		 ).wp.date.date( 'Y-m-d' )
	);
	await expect( panel.getByLabel( 'Last reviewed' ) ).toHaveValue( today );
	// A reviewer who marks it reviewed is named, unless someone else was.
	await expect(
		panel.getByRole( 'combobox', { name: 'Reviewer' } )
	).not.toHaveValue( '0' );
	await saveDraft( reviewer );
	// A reviewer cannot publish.
	await expect(
		reviewer
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: 'Publish', exact: true } )
	).toHaveCount( 0 );

	// The reviewer closes the editor too.
	await reviewer.close();

	const saved = await requestUtils.rest< { meta: Meta } >( {
		path: `/wp/v2/posts/${ postId }`,
		params: { context: 'edit' },
	} );
	expect( saved.meta.william_health_last_reviewed ).toBe( today );
	expect( saved.meta.william_health_next_review ).toBe(
		`${ Number( today.slice( 0, 4 ) ) + 1 }${ today.slice( 4 ) }`
	);

	// The Author comes back and changes the words: the panel says so after
	// saving.
	const returning = await loginAs( 'author' );
	await openPost( returning, postId );
	await returning
		.frameLocator( '[name="editor-canvas"]' )
		.getByRole( 'document', { name: /Block: Paragraph/ } )
		.first()
		.click();
	await returning.keyboard.press( 'End' );
	await returning.keyboard.type( ' Drink plenty of water.' );
	await saveDraft( returning );
	await returning.reload();
	panel = await openReviewPanel( returning );
	await expect( panel.getByText( /^Changed since review/ ) ).toBeVisible();
	// The review date stays the date of the review: never refreshed silently.
	const edited = await requestUtils.rest< { meta: Meta } >( {
		path: `/wp/v2/posts/${ postId }`,
		params: { context: 'edit' },
	} );
	expect( edited.meta.william_health_last_reviewed ).toBe( today );
} );

test( 'a contributor’s REST request to name a reviewer is refused and changes nothing', async ( {
	restAs,
	requestUtils,
	createdPosts,
} ) => {
	const contributor = await restAs( 'contributor' );
	const draft = await contributor.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: { title: 'My draft', status: 'draft', content: 'Words.' },
	} );
	createdPosts.push( draft.id );
	const refusal = await contributor.request.post(
		`${ contributor.storageState?.rootURL }wp/v2/posts/${ draft.id }`,
		{
			headers: { 'X-WP-Nonce': contributor.storageState?.nonce ?? '' },
			data: {
				meta: {
					william_health_reviewer: 1,
					william_health_last_reviewed: '2026-11-01',
				},
			},
		}
	);
	expect( refusal.status() ).toBe( 403 );
	const after = await requestUtils.rest< { meta: Meta } >( {
		path: `/wp/v2/posts/${ draft.id }`,
		params: { context: 'edit' },
	} );
	expect( after.meta.william_health_reviewer ).toBe( 0 );
	expect( after.meta.william_health_last_reviewed ).toBe( '' );
} );

test( 'the pre-publish checks list each problem of a prepared post, and a line opens what fixes it', async ( {
	admin,
	page,
} ) => {
	await admin.createNewPost( { title: 'Needs work' } );
	// The blocks, made in the editor by our own block types from attributes.
	await page.evaluate( () => {
		const { wp } = window as unknown as {
			wp: {
				blocks: {
					createBlock: (
						name: string,
						attributes?: Record< string, unknown >,
						inner?: unknown[]
					) => unknown;
				};
				data: {
					dispatch: ( store: string ) => {
						resetBlocks: ( blocks: unknown[] ) => void;
					};
				};
			};
		};
		const { createBlock } = wp.blocks;
		const notice = ( level: string, heading: string ) =>
			createBlock( 'william-health/safety-notice', { level, heading }, [
				createBlock( 'core/paragraph', { content: 'Body.' } ),
			] );
		wp.data.dispatch( 'core/block-editor' ).resetBlocks( [
			createBlock( 'william-health/evidence-list', {}, [
				createBlock( 'william-health/evidence-item', {
					finding: 'A claim with no source.',
				} ),
				createBlock( 'william-health/evidence-item', {
					finding: 'A claim.',
					refId: 'rshort',
				} ),
			] ),
			notice( 'urgent', 'One' ),
			notice( 'emergency', 'Two' ),
			notice( 'urgent', '' ),
			// The second claim's source, with a DOI that cannot be linked.
			createBlock( 'william-health/references', {
				references: [
					{ id: 'rshort', title: 'Short', doi: '10.1/short' },
				],
			} ),
		] );
	} );
	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	const checks = page.locator( '.william-health-checks' );
	await expect( checks.getByRole( 'listitem' ) ).toHaveText( [
		/^Reference 1 \(Short\): the DOI “10\.1\/short” is not valid/,
		/^Evidence item 1 has no source/,
		/^Safety notice 3 has no heading/,
		/^3 notices ask readers to act now/,
		/^No medical reviewer is named/,
	] );
	await checks
		.getByRole( 'button', { name: /^No medical reviewer/ } )
		.click();
	await expect(
		page
			.getByRole( 'region', { name: 'Editor settings' } )
			.getByRole( 'combobox', { name: 'Reviewer' } )
	).toBeVisible();
} );

test( 'the posts list’s overdue filter lists exactly the overdue posts among 200', async ( {
	admin,
	page,
	requestUtils,
} ) => {
	test.setTimeout( 240_000 );
	const today = new Date().toISOString().slice( 0, 10 );
	const daysAgo = ( days: number ) =>
		new Date( Date.now() - days * 86_400_000 ).toISOString().slice( 0, 10 );
	const requests = Array.from( { length: 200 }, ( _, index ) => {
		let meta: Meta = {};
		if ( index % 4 === 0 ) {
			meta = {
				william_health_last_reviewed: '2024-01-01',
				william_health_next_review: daysAgo( index + 2 ),
			};
		} else if ( index % 4 === 1 ) {
			meta = { william_health_last_reviewed: today };
		}
		return {
			method: 'POST' as const,
			// Only the id back: preparing whole posts is most of the time.
			path: '/wp/v2/posts?_fields=id',
			body: { title: `Generated ${ index }`, status: 'publish', meta },
		};
	} );
	// Small batches: each request of this one-request-at-a-time server
	// must end well within the request timeout.
	const inBatches = async (
		all: Parameters< typeof requestUtils.batchRest >[ 0 ]
	) => {
		const replies: Array< { body: { id: number } } > = [];
		for ( let at = 0; at < all.length; at += 10 ) {
			replies.push(
				...( await requestUtils.batchRest< { body: { id: number } } >(
					all.slice( at, at + 10 )
				) )
			);
		}
		return replies;
	};
	const ids = ( await inBatches( requests ) ).map( ( { body } ) => body.id );
	try {
		const overdue = ids.filter( ( _, index ) => index % 4 === 0 );
		await admin.visitAdminPage(
			'edit.php',
			'william_health_review=overdue&orderby=william_health_review&order=asc'
		);
		await expect(
			page.getByLabel( 'Filter by medical review' )
		).toHaveValue( 'overdue' );
		await expect( page.locator( '.displaying-num' ).first() ).toHaveText(
			`${ overdue.length } items`
		);
		// Oldest due first, each saying so in words.
		await expect( page.locator( '#the-list tr' ).first() ).toContainText(
			'Generated 196'
		);
		await expect(
			page.locator( '#the-list td.column-william_health_review' ).first()
		).toContainText( 'Overdue since' );
	} finally {
		await inBatches(
			ids.map( ( id ) => ( {
				method: 'DELETE' as const,
				path: `/wp/v2/posts/${ id }?force=true&_fields=id`,
			} ) )
		);
	}
} );
