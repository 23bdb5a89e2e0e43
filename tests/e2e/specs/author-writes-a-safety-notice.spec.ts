/**
 * An author writes safety notices with the keyboard and the mouse, Enter
 * moving on as in core, and readers get them with the level announced
 * before the heading and the same icon as the editor showed.
 */
import type { Locator } from '@playwright/test';

import { anonymousContext, editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { newPost, openBlockSettings, slashInsert } from '../utils/editor';
import { mouseInsert } from '../utils/inserter';

const LEVELS = [
	{ label: 'Information', heading: 'How the infusion feels' },
	{ label: 'Important', heading: 'Possible side effects' },
	{ label: 'Ask a doctor', heading: 'Blood pressure rises' },
	{ label: 'Call emergency services', heading: 'Thoughts of suicide' },
];

const NOTICE = '[data-type="william-health/safety-notice"]';

/**
 * The path data of the icon a notice's badge draws (a CSS mask), read from
 * the computed style of its ::before.
 *
 * @param badge The badge element, in the editor or on the page.
 */
async function badgeIconPath( badge: Locator ): Promise< string > {
	const mask = await badge.evaluate(
		( element ) => getComputedStyle( element, '::before' ).maskImage
	);
	return /\sd='([^']+)'/.exec( decodeURIComponent( mask ) )?.[ 1 ] ?? '';
}

test( 'an author inserts notices by keyboard, picks each level, and readers hear the level', async ( {
	loginAs,
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'Notices at every level' );
	await page.keyboard.press( 'Enter' );

	const iconPaths = new Map< string, string >();
	for ( const [ index, { label, heading } ] of LEVELS.entries() ) {
		await slashInsert( page, 'Safety notice' );

		const notice = editor.canvas.locator( NOTICE ).nth( index );
		await expect( notice ).toBeVisible();
		// Insertion puts the caret in the heading: typed at once, it lands there.
		await page.keyboard.type( heading );
		await expect(
			notice.getByRole( 'textbox', { name: 'Notice heading' } )
		).toHaveText( heading );

		// The level, from the block toolbar; its icon there is the icon the
		// badge draws, and the one beside the level in the sidebar.
		await editor.clickBlockToolbarButton( 'Severity level' );
		const choice = page.getByRole( 'menuitem', { name: label } );
		const menuPath = await choice.locator( 'path' ).getAttribute( 'd' );
		await choice.click();
		expect( menuPath ).toBeTruthy();
		await expect
			.poll( () =>
				badgeIconPath(
					notice.locator(
						'.wp-block-william-health-safety-notice__badge'
					)
				)
			)
			.toBe( menuPath );
		await openBlockSettings( editor, page );
		await expect(
			page.getByRole( 'radio', { name: new RegExp( `^${ label }` ) } )
		).toBeChecked();
		await expect(
			page
				.locator( '.william-health-severity-control__option' )
				.filter( { hasText: label } )
				.locator( 'path' )
		).toHaveAttribute( 'd', menuPath! );
		iconPaths.set( label, menuPath! );

		// A list in the body, typed with markdown-style shortcuts.
		await notice
			.getByRole( 'document', { name: /Empty block/ } )
			.first()
			.click();
		await page.keyboard.type( '- Dissociation' );
		await page.keyboard.press( 'Enter' );
		await page.keyboard.type( 'Nausea' );
		// Leave the notice: a new paragraph after it, ready for the next one.
		await editor.selectBlocks( notice );
		await page.keyboard.press( 'Escape' );
		await editor.insertBlock( { name: 'core/paragraph' } );
	}

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await editor.canvas.getByRole( 'textbox', { name: 'Add title' } ).waitFor();
	const blocks = await editorBlocks( page );
	expect(
		blocks.filter( ( { name } ) => name === 'william-health/safety-notice' )
	).toHaveLength( 4 );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );

	// A reader from outside.
	const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/posts',
		params: { include: String( postId ) },
	} );
	const reader = await ( await anonymousContext( browser ) ).newPage();
	await reader.goto( post.link );
	for ( const { label, heading } of LEVELS ) {
		const landmark = reader.getByRole( 'complementary', {
			name: `${ label }: ${ heading }`,
		} );
		await expect( landmark ).toBeVisible();
		await expect( landmark.getByRole( 'listitem' ) ).toHaveText( [
			'Dissociation',
			'Nausea',
		] );
		// The prefix is read, not seen.
		const prefix = landmark.locator(
			'.wp-block-william-health-safety-notice__level-prefix'
		);
		await expect( prefix ).toHaveText( `${ label }: ` );
		expect( await prefix.boundingBox() ).toMatchObject( {
			width: 1,
			height: 1,
		} );
	}
	await expect( reader.locator( '[role="alert"]' ) ).toHaveCount( 0 );
	// Readers see the icon the author saw, and each level has its own.
	for ( const { label, heading } of LEVELS ) {
		expect(
			await badgeIconPath(
				reader
					.getByRole( 'complementary', {
						name: `${ label }: ${ heading }`,
					} )
					.locator( '.wp-block-william-health-safety-notice__badge' )
			)
		).toBe( iconPaths.get( label ) );
	}
	expect( new Set( iconPaths.values() ).size ).toBe( LEVELS.length );

	expect(
		await wcagViolations( reader, [
			'.wp-block-william-health-safety-notice',
		] )
	).toEqual( [] );
	// How the four levels look (colour, border, icon, badge), compared with
	// the reviewed picture in tests/e2e/snapshots/.
	await reader.evaluate( () => document.fonts.ready );
	await expect( reader.locator( '.wp-block-post-content' ) ).toHaveScreenshot(
		'notice-levels.png'
	);
	await reader.context().close();
} );

test( 'an author inserts a notice with the mouse and Enter moves through it as in core', async ( {
	loginAs,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'A notice written with Enter' );
	await mouseInsert( editor, page, 'Safety notice' );
	const notice = editor.canvas.locator( NOTICE );
	const heading = notice.getByRole( 'textbox', { name: 'Notice heading' } );
	const body = notice.locator( '[data-type="core/paragraph"]' );
	const action = notice.getByRole( 'textbox', {
		name: 'What to do (optional)',
	} );
	const crisisText = notice.getByRole( 'textbox', {
		name: 'Crisis line text',
	} );

	// The crisis line is offered before any number is typed.
	await expect( crisisText ).toBeVisible();

	// Typed at once, the words land in the heading. Enter in its middle
	// takes the rest into the body, and the caret with it.
	await page.keyboard.type( 'Side effects Most are mild.' );
	await expect( heading ).toHaveText( 'Side effects Most are mild.' );
	for ( let step = 0; step < 'Most are mild.'.length; step++ ) {
		await page.keyboard.press( 'ArrowLeft' );
	}
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Good news: ' );
	await expect( heading ).toHaveText( /^Side effects\s*$/ );
	await expect( body ).toHaveText( [ 'Good news: Most are mild.' ] );

	// Enter at the end of the heading: the caret goes to the body, never a
	// line break in the heading.
	await heading.click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Tell your doctor first.' );
	await expect( heading.locator( 'br' ) ).toHaveCount( 0 );
	await expect( body ).toHaveText( [
		'Tell your doctor first.',
		'Good news: Most are mild.',
	] );

	// "What to do": Shift+Enter breaks the line, Enter at the end moves on
	// to the crisis line, and Enter at its end to a paragraph after it.
	await action.click();
	await page.keyboard.type( 'Stop the treatment' );
	await page.keyboard.press( 'Shift+Enter' );
	await page.keyboard.type( 'and call your doctor.' );
	await expect( action.locator( 'br' ) ).toHaveCount( 1 );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'In crisis? Call' );
	await expect( crisisText ).toHaveText( 'In crisis? Call' );
	await expect( action ).toHaveText(
		/Stop the treatment\s*and call your doctor\.$/
	);

	// The number, in the sidebar field beside the crisis line's words.
	await openBlockSettings( editor, page );
	await expect(
		page.getByRole( 'textbox', { name: 'Crisis line text' } )
	).toHaveValue( 'In crisis? Call' );
	await page
		.getByRole( 'textbox', {
			name: 'Crisis line phone number or web address',
		} )
		.fill( '0800 123 456' );

	await crisisText.click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'After the notice.' );
	const after = editor.canvas.locator(
		`${ NOTICE } + [data-type="core/paragraph"]`
	);
	await expect( after ).toHaveText( 'After the notice.' );
	await expect( crisisText ).toHaveText( 'In crisis? Call' );

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await heading.waitFor();
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect( heading ).toHaveText( /^Side effects\s*$/ );
	await expect( body ).toHaveText( [
		'Tell your doctor first.',
		'Good news: Most are mild.',
	] );
	await expect( action ).toHaveText(
		/Stop the treatment\s*and call your doctor\.$/
	);
	await expect( crisisText ).toHaveText( 'In crisis? Call' );
	await expect(
		notice.locator(
			'.wp-block-william-health-safety-notice__crisis-contact'
		)
	).toHaveText( '0800 123 456' );
	await expect( after ).toHaveText( 'After the notice.' );
} );

const CRISIS_LINE = 'william_health_crisis_line';

test.describe( 'the site’s crisis line', () => {
	let before: unknown;
	test.beforeAll( async ( { requestUtils } ) => {
		before = (
			await requestUtils.rest< Record< string, unknown > >( {
				path: '/wp/v2/settings',
			} )
		)[ CRISIS_LINE ];
	} );
	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: { [ CRISIS_LINE ]: before ?? { text: '', contact: '' } },
		} );
	} );

	test( 'an administrator makes a notice’s crisis line the site’s at once, with no Save waiting', async ( {
		admin,
		editor,
		page,
		requestUtils,
		createdPosts,
	} ) => {
		// The administrator's draft (an empty post would open the pattern
		// chooser); the notice inserted by keyboard after its paragraph.
		const draft = await requestUtils.rest< { id: number } >( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: 'Where to get help',
				status: 'draft',
				content:
					'<!-- wp:paragraph -->\n<p>Help is there.</p>\n<!-- /wp:paragraph -->',
			},
		} );
		createdPosts.push( draft.id );
		await admin.editPost( draft.id );
		await editor.canvas.getByText( 'Help is there.' ).click();
		await page.keyboard.press( 'End' );
		await page.keyboard.press( 'Enter' );
		await slashInsert( page, 'Safety notice' );
		await page.keyboard.type( 'When to get help now' );
		await openBlockSettings( editor, page );
		await page
			.getByRole( 'textbox', { name: 'Crisis line text' } )
			.fill( 'Talk to the Lifeline' );
		await page
			.getByRole( 'textbox', {
				name: 'Crisis line phone number or web address',
			} )
			.fill( '0800 111 222' );
		const topBar = page.getByRole( 'region', { name: 'Editor top bar' } );
		const publish = topBar.getByRole( 'button', {
			name: 'Publish',
			exact: true,
		} );
		await expect( publish ).toBeVisible();

		// Saved there and then, and said so; the post's own buttons are
		// unchanged, and no site edit waits behind them.
		await page
			.getByRole( 'button', { name: 'Make this the site’s crisis line' } )
			.click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: 'Saved as the site’s crisis line' } )
		).toBeVisible();
		const saved = await requestUtils.rest< Record< string, unknown > >( {
			path: '/wp/v2/settings',
		} );
		expect( saved[ CRISIS_LINE ] ).toEqual( {
			text: 'Talk to the Lifeline',
			contact: '0800 111 222',
		} );
		await expect(
			page.getByText( 'This is the site’s crisis line.' )
		).toBeVisible();
		await expect( publish ).toBeVisible();
		await expect(
			topBar.getByRole( 'button', { name: 'Save', exact: true } )
		).toHaveCount( 0 );
		const dirty = await page.evaluate( () =>
			(
				window as unknown as {
					wp: {
						data: {
							select: ( store: 'core' ) => {
								__experimentalGetDirtyEntityRecords: () => Array< {
									name: string;
								} >;
							};
						};
					};
				}
			 ).wp.data
				.select( 'core' )
				.__experimentalGetDirtyEntityRecords()
				.map( ( { name } ) => name )
		);
		expect( dirty ).not.toContain( 'site' );
	} );

	test( 'an author, who may not read the site’s settings, is offered its crisis line', async ( {
		loginAs,
		requestUtils,
	} ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: {
				[ CRISIS_LINE ]: {
					text: 'Call the Samaritans on',
					contact: '116 123',
				},
			},
		} );
		const page = await loginAs( 'author' );
		const editor = await newPost( page, 'A notice with help' );
		await mouseInsert( editor, page, 'Safety notice' );
		await page.keyboard.type( 'Thoughts of suicide' );
		await openBlockSettings( editor, page );
		// Offered to use it, not to change it.
		await expect(
			page.getByRole( 'button', {
				name: 'Make this the site’s crisis line',
			} )
		).toHaveCount( 0 );
		await page
			.getByRole( 'button', { name: 'Use the site’s crisis line' } )
			.click();
		await expect(
			page.getByRole( 'textbox', {
				name: 'Crisis line phone number or web address',
			} )
		).toHaveValue( '116 123' );
		const notice = editor.canvas.locator( NOTICE );
		await expect(
			notice.getByRole( 'textbox', { name: 'Crisis line text' } )
		).toHaveText( 'Call the Samaritans on' );
		await expect(
			notice.locator(
				'.wp-block-william-health-safety-notice__crisis-contact'
			)
		).toHaveText( '116 123' );
	} );
} );
