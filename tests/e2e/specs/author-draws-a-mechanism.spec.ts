/**
 * An author builds a mechanism as steps by keyboard and mouse, Enter moving
 * through each step's fields and on to the next step; readers get boxes and
 * arrows side by side when there is room, a vertical chain when there is
 * not (never a word broken in two), and the chain in words for screen
 * readers and without the plugin.
 */
import { anonymousContext, editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { newPost, openBlockSettings, slashInsert } from '../utils/editor';
import { mouseInsert } from '../utils/inserter';
import { arrangement, brokenWords } from '../utils/layout';
import { savedBlock } from '../utils/saved-blocks';

const STEP = '[data-type="william-health/mechanism-step"]';

const CHAIN = [
	{ label: 'Ketamine', relation: '' },
	{ label: 'NMDA receptors', relation: 'blocks' },
	{ label: 'Glutamate surge', relation: 'leads to' },
	{ label: 'AMPA receptors', relation: 'activates' },
	{ label: 'BDNF', relation: 'increases' },
	{ label: 'Rapid relief', relation: 'leads to' },
];

test( 'an author builds the six-step chain with Enter and the toolbar, and readers see it drawn', async ( {
	loginAs,
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'How ketamine works, step by step' );
	await page.keyboard.press( 'Enter' );
	await slashInsert( page, 'Mechanism diagram' );

	const steps = editor.canvas.locator( STEP );
	await expect( steps ).toHaveCount( 2 );
	for ( const [ index, { label, relation } ] of CHAIN.entries() ) {
		const step = steps.nth( index );
		// The caret is in this step's label: typed at once, words land there.
		await page.keyboard.type( label );
		await expect(
			step.getByRole( 'textbox', { name: 'Step label' } )
		).toHaveText( label );
		if ( relation && relation !== 'leads to' ) {
			// The arrow's words, picked in the toolbar after typing; then a
			// click back into the step's empty description.
			await editor.clickBlockToolbarButton(
				'Relation from the step before'
			);
			await page
				.getByRole( 'menuitem', { name: relation, exact: true } )
				.click();
			await expect(
				step.getByRole( 'textbox', { name: 'Relation words' } )
			).toHaveText( relation );
			await step
				.getByRole( 'textbox', { name: 'Step description (optional)' } )
				.click();
		} else {
			// Enter: from the label to the description.
			await page.keyboard.press( 'Enter' );
		}
		if ( index < CHAIN.length - 1 ) {
			// Enter at the end of the description: on to the next step.
			await page.keyboard.press( 'Enter' );
			await expect( steps ).toHaveCount( Math.max( 2, index + 2 ) );
		}
	}
	await editor.canvas
		.getByRole( 'textbox', { name: 'Diagram caption' } )
		.click();
	await page.keyboard.type(
		'How ketamine is thought to relieve depression.'
	);

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await steps.first().waitFor();
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect( steps ).toHaveCount( 6 );

	const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/posts',
		params: { include: String( postId ) },
	} );

	for ( const width of [ 1280, 360 ] ) {
		const context = await anonymousContext( browser, {
			viewport: { width, height: 900 },
		} );
		const reader = await context.newPage();
		await reader.goto( post.link );
		const figure = reader.getByRole( 'figure', {
			name: 'How ketamine is thought to relieve depression.',
		} );
		await expect( figure ).toBeVisible();
		const boxes = figure.locator(
			'.wp-block-william-health-mechanism-step__box'
		);
		await expect( boxes ).toHaveCount( 6 );
		// Six boxes do not fit one row of this theme's wide width (64rem)
		// without breaking words, so they stay a column, top to bottom.
		expect( await arrangement( boxes ) ).toBe( 'column' );
		expect( await brokenWords( boxes ) ).toEqual( [] );
		const overflow = await reader.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect( overflow ).toBeLessThanOrEqual( 0 );
		// How it is drawn (boxes, arrows, their words), compared with the
		// reviewed picture in tests/e2e/snapshots/.
		await reader.evaluate( () => document.fonts.ready );
		await expect( figure ).toHaveScreenshot( `mechanism-${ width }.png` );

		if ( width === 1280 ) {
			// What screen readers get: the steps in order, with the relation words.
			await expect( figure.getByRole( 'list' ) ).toMatchAriaSnapshot( `
				- list:
				  - listitem:
				    - strong: Ketamine
				    - text: Drug
				  - listitem:
				    - text: blocks
				    - strong: NMDA receptors
				    - text: Receptor
				  - listitem:
				    - text: leads to
				    - strong: Glutamate surge
				    - text: Process
				  - listitem:
				    - text: activates
				    - strong: AMPA receptors
				    - text: Process
				  - listitem:
				    - text: increases
				    - strong: BDNF
				    - text: Process
				  - listitem:
				    - text: leads to
				    - strong: Rapid relief
				    - text: Process
			` );
			expect(
				await wcagViolations( reader, [
					'.wp-block-william-health-mechanism-diagram',
				] )
			).toEqual( [] );
			// Nothing runs to draw it.
			expect( await reader.locator( 'script:not([type])' ).count() ).toBe(
				0
			);
		}
		await context.close();
	}

	// With the plugin switched off every step is still on the page, in order.
	await requestUtils.deactivatePlugin( 'william-health-blocks' );
	try {
		const context = await anonymousContext( browser );
		const reader = await context.newPage();
		await reader.goto( post.link );
		const items = reader.locator( '.wp-block-post-content ol > li' );
		await expect( items ).toHaveCount( 6 );
		for ( const [ index, { label, relation } ] of CHAIN.entries() ) {
			await expect( items.nth( index ) ).toContainText(
				`${ relation } ${ label }`.trim()
			);
		}
		await context.close();
	} finally {
		await requestUtils.activatePlugin( 'william-health-blocks' );
	}
} );

test( 'an author inserts a diagram with the mouse; Enter and "Add step after" put the caret in the next label', async ( {
	loginAs,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'How lithium works' );
	await mouseInsert( editor, page, 'Mechanism diagram' );
	const steps = editor.canvas.locator( STEP );
	const field = ( index: number, name: string ) =>
		steps.nth( index ).getByRole( 'textbox', { name } );
	const caption = editor.canvas.getByRole( 'textbox', {
		name: 'Diagram caption',
	} );

	// Typed at once, the words land in the first step's label, not the caption.
	await page.keyboard.type( 'Lithium' );
	await expect( field( 0, 'Step label' ) ).toHaveText( 'Lithium' );
	await expect( caption ).toHaveText( '' );

	// Enter: on to the description, where Shift+Enter breaks the line.
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Taken daily' );
	await page.keyboard.press( 'Shift+Enter' );
	await page.keyboard.type( 'as tablets' );
	const description = field( 0, 'Step description (optional)' );
	await expect( description.locator( 'br' ) ).toHaveCount( 1 );

	// Enter at its end: the next (still empty) step's label.
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Enzymes in the brain' );
	await expect( steps ).toHaveCount( 2 );
	await expect( field( 1, 'Step label' ) ).toHaveText(
		'Enzymes in the brain'
	);

	// The arrow's own words; Enter there goes on to the label.
	await field( 1, 'Relation words' ).click();
	await page.keyboard.press( 'ControlOrMeta+a' );
	await page.keyboard.type( 'inhibits' );
	await page.keyboard.press( 'Enter' );
	await expect( field( 1, 'Step label' ) ).toBeFocused();
	await expect( field( 1, 'Relation words' ) ).toHaveText( 'inhibits' );

	// "Add step after", with the mouse: the caret is in the new label.
	await editor.clickBlockToolbarButton( 'Add step after' );
	await page.keyboard.type( 'Steadier mood' );
	await expect( steps ).toHaveCount( 3 );
	await expect( field( 2, 'Step label' ) ).toHaveText( 'Steadier mood' );
	await expect( field( 2, 'Relation words' ) ).toHaveText( 'leads to' );

	// Enter at the end of the caption continues after the diagram.
	await caption.click();
	await page.keyboard.type( 'How lithium is thought to work.' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'After the diagram.' );
	const after = editor.canvas.locator(
		'[data-type="william-health/mechanism-diagram"] + [data-type="core/paragraph"]'
	);
	await expect( after ).toHaveText( 'After the diagram.' );
	await expect( caption ).toHaveText( 'How lithium is thought to work.' );

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await steps.first().waitFor();
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect(
		steps.getByRole( 'textbox', { name: 'Step label' } )
	).toHaveText( [ 'Lithium', 'Enzymes in the brain', 'Steadier mood' ] );
	await expect( description ).toHaveText( /^Taken daily\s*as tablets$/ );
	await expect( description.locator( 'br' ) ).toHaveCount( 1 );
	await expect( field( 1, 'Relation words' ) ).toHaveText( 'inhibits' );
	await expect( caption ).toHaveText( 'How lithium is thought to work.' );
	await expect( after ).toHaveText( 'After the diagram.' );
} );

test( 'Backspace in an empty step removes it; “Own words” selects the arrow’s words to type over', async ( {
	loginAs,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'How lithium steadies mood' );
	await mouseInsert( editor, page, 'Mechanism diagram' );
	const steps = editor.canvas.locator( STEP );
	const field = ( index: number, name: string ) =>
		steps.nth( index ).getByRole( 'textbox', { name } );

	await page.keyboard.type( 'Lithium' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Taken daily' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Enzymes in the brain' );
	await expect( steps ).toHaveCount( 2 );

	// "Add step after" once too often: Backspace in the empty label removes
	// the step, and the caret is back at the end of the step before.
	await editor.clickBlockToolbarButton( 'Add step after' );
	await expect( steps ).toHaveCount( 3 );
	await expect( field( 2, 'Step label' ) ).toBeFocused();
	await page.keyboard.press( 'Backspace' );
	await expect( steps ).toHaveCount( 2 );
	await page.keyboard.type( ' and cells' );
	await expect( field( 1, 'Step label' ) ).toHaveText(
		'Enzymes in the brain and cells'
	);

	// Enter at the end of a description starts a step; Backspace in it goes
	// back to the end of that description.
	await field( 0, 'Step description (optional)' ).click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	await expect( steps ).toHaveCount( 3 );
	await expect( field( 1, 'Step label' ) ).toBeFocused();
	await page.keyboard.press( 'Backspace' );
	await expect( steps ).toHaveCount( 2 );
	await page.keyboard.type( ' as tablets' );
	await expect( field( 0, 'Step description (optional)' ) ).toHaveText(
		'Taken daily as tablets'
	);

	// A step that still has a description is not removed.
	await field( 1, 'Step description (optional)' ).click();
	await page.keyboard.type( 'Fewer swings' );
	await field( 1, 'Step label' ).click();
	await page.keyboard.press( 'ControlOrMeta+a' );
	await page.keyboard.press( 'Delete' );
	await page.keyboard.press( 'Backspace' );
	await expect( steps ).toHaveCount( 2 );
	await expect( field( 1, 'Step description (optional)' ) ).toHaveText(
		'Fewer swings'
	);
	await page.keyboard.type( 'Mood' );

	// "Own words" in the sidebar, after typing: the arrow's words are
	// selected on the canvas, and typing replaces them.
	await openBlockSettings( editor, page );
	await page
		.getByRole( 'combobox', { name: 'Relation from the step before' } )
		.selectOption( { label: 'Own words' } );
	await expect( field( 1, 'Relation words' ) ).toBeFocused();
	await page.keyboard.type( 'dampens' );
	await expect( field( 1, 'Relation words' ) ).toHaveText( 'dampens' );
	await expect( field( 1, 'Step label' ) ).toHaveText( 'Mood' );

	// The same from the toolbar's menu.
	await editor.clickBlockToolbarButton( 'Relation from the step before' );
	await page
		.getByRole( 'menuitem', { name: 'inhibits', exact: true } )
		.click();
	await expect( field( 1, 'Relation words' ) ).toHaveText( 'inhibits' );
	await editor.clickBlockToolbarButton( 'Relation from the step before' );
	await page
		.getByRole( 'menuitem', { name: 'Own words', exact: true } )
		.click();
	await expect( field( 1, 'Relation words' ) ).toBeFocused();
	await page.keyboard.type( 'calms' );
	await expect( field( 1, 'Relation words' ) ).toHaveText( 'calms' );
} );

test( 'readers get a short chain as one row of whole words when there is room, and a column when there is not', async ( {
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'A three-step chain',
			status: 'publish',
			content: savedBlock( 'mechanism-diagram' ),
		},
	} );
	createdPosts.push( post.id );
	for ( const [ width, expected ] of [
		[ 1280, 'row' ],
		[ 360, 'column' ],
	] as const ) {
		const context = await anonymousContext( browser, {
			viewport: { width, height: 900 },
		} );
		const reader = await context.newPage();
		await reader.goto( post.link );
		const boxes = reader.locator(
			'.wp-block-william-health-mechanism-step__box'
		);
		await expect( boxes ).toHaveCount( 3 );
		expect( await arrangement( boxes ), `at ${ width } px` ).toBe(
			expected
		);
		expect( await brokenWords( boxes ) ).toEqual( [] );
		await context.close();
	}
} );
