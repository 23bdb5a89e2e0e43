/**
 * An author writes safety notices with the keyboard, and readers get them
 * with the level announced before the heading.
 */
import { anonymousContext, editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { newPost, slashInsert } from '../utils/editor';

const LEVELS = [
	{ label: 'Information', heading: 'How the infusion feels' },
	{ label: 'Important', heading: 'Possible side effects' },
	{ label: 'Ask a doctor', heading: 'Blood pressure rises' },
	{ label: 'Call emergency services', heading: 'Thoughts of suicide' },
];

test( 'an author inserts notices by keyboard, picks each level, and readers hear the level', async ( {
	loginAs,
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'Notices at every level' );
	await page.keyboard.press( 'Enter' );

	for ( const [ index, { label, heading } ] of LEVELS.entries() ) {
		await slashInsert( page, 'Safety notice' );

		const notice = editor.canvas
			.locator( '[data-type="william-health/safety-notice"]' )
			.nth( index );
		await expect( notice ).toBeVisible();
		// Insertion puts the caret in the heading.
		await expect(
			notice.getByRole( 'textbox', { name: 'Notice heading' } )
		).toBeFocused();
		await page.keyboard.type( heading );

		// The level, from the block toolbar.
		await editor.clickBlockToolbarButton( 'Severity level' );
		await page.getByRole( 'menuitem', { name: label } ).click();

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

	expect(
		await wcagViolations( reader, [
			'.wp-block-william-health-safety-notice',
		] )
	).toEqual( [] );
	await reader.screenshot( {
		path: test.info().outputPath( 'notices-reader.png' ),
		fullPage: true,
	} );
	await reader.context().close();
} );
