/**
 * An author builds a mechanism as steps by keyboard; readers get boxes and
 * arrows side by side when wide, a vertical chain when narrow, and the
 * chain in words for screen readers and without the plugin.
 */
import { anonymousContext, editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { newPost, pressToolbarButton, slashInsert } from '../utils/editor';

const CHAIN = [
	{ label: 'Ketamine', relation: '' },
	{ label: 'NMDA receptors', relation: 'blocks' },
	{ label: 'Glutamate surge', relation: 'leads to' },
	{ label: 'AMPA receptors', relation: 'activates' },
	{ label: 'BDNF', relation: 'increases' },
	{ label: 'Rapid relief', relation: 'leads to' },
];

test( 'an author builds the six-step chain by keyboard and readers see it drawn', async ( {
	loginAs,
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'How ketamine works, step by step' );
	await page.keyboard.press( 'Enter' );
	await slashInsert( page, 'Mechanism diagram' );

	const steps = editor.canvas.locator(
		'[data-type="william-health/mechanism-step"]'
	);
	await expect( steps ).toHaveCount( 2 );
	for ( const [ index, { label, relation } ] of CHAIN.entries() ) {
		if ( index >= 2 ) {
			await pressToolbarButton( page, 'Add step after' );
			await expect( steps ).toHaveCount( index + 1 );
		}
		const step = steps.nth( index );
		await step.getByRole( 'textbox', { name: 'Step label' } ).focus();
		await page.keyboard.type( label );
		if ( relation ) {
			const words = step.getByRole( 'textbox', {
				name: 'Relation words',
			} );
			await words.focus();
			await page.keyboard.press( 'ControlOrMeta+a' );
			await page.keyboard.type( relation );
		}
	}
	await editor.canvas
		.getByRole( 'textbox', { name: 'Diagram caption' } )
		.focus();
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
		const boxes = await figure
			.locator( '.wp-block-william-health-mechanism-step__box' )
			.evaluateAll( ( elements ) =>
				elements.map( ( element ) => {
					const { x, y } = element.getBoundingClientRect();
					return { x: Math.round( x ), y: Math.round( y ) };
				} )
			);
		expect( boxes ).toHaveLength( 6 );
		const pairs = boxes
			.slice( 1 )
			.map( ( box, index ) => [ boxes[ index ], box ] );
		if ( width === 1280 ) {
			// Side by side: one row, left to right.
			expect(
				pairs.every( ( [ a, b ] ) => a.y === b.y && b.x > a.x )
			).toBe( true );
		} else {
			// A vertical chain: one column, top to bottom.
			expect(
				pairs.every( ( [ a, b ] ) => a.x === b.x && b.y > a.y )
			).toBe( true );
		}
		const overflow = await reader.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect( overflow ).toBeLessThanOrEqual( 0 );
		await figure.screenshot( {
			path: test.info().outputPath( `mechanism-${ width }.png` ),
		} );

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
