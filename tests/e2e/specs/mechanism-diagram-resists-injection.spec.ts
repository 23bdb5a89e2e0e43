/**
 * Hostile text in every field of a mechanism diagram, from an Author in the
 * editor and from a Contributor over REST: nothing runs, nothing is injected.
 */
import { editorBlocks, expect, test } from '../fixtures';
import { newPost } from '../utils/editor';
import { mechanismDiagram } from '../utils/markup';
import {
	TEXT_PAYLOADS,
	expectNothingInjected,
	expectHostilePostHarmless,
	watchDialogs,
} from '../utils/xss';

const CONTENT = '.wp-block-post-content';

test( 'a contributor’s hostile diagram, sent over REST, runs nothing anywhere', async ( {
	loginAs,
	requestUtils,
	reader,
	admin,
	page,
	createdPosts,
} ) => {
	const content = mechanismDiagram(
		TEXT_PAYLOADS.map( ( payload, index ) => ( {
			label: payload,
			kind: index ? `process" onmouseover="alert(1)` : 'drug',
			kindLabel: payload,
			relationText: index ? payload : '',
			description: payload,
		} ) ),
		TEXT_PAYLOADS.join( ' ' )
	);
	await expectHostilePostHarmless(
		{ loginAs, requestUtils, reader, admin, page, createdPosts },
		'Hostile diagram',
		content
	);
} );

test( 'an author typing hostile text into every diagram field runs nothing', async ( {
	loginAs,
	requestUtils,
	reader,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const dialogs = watchDialogs( page );
	const editor = await newPost( page, 'Typed hostile diagram' );
	await editor.insertBlock( { name: 'william-health/mechanism-diagram' } );
	const hostile = TEXT_PAYLOADS.join( ' ' );
	const steps = editor.canvas.locator(
		'[data-type="william-health/mechanism-step"]'
	);
	for ( const name of [ 'Step label', 'Step description (optional)' ] ) {
		await steps.nth( 0 ).getByRole( 'textbox', { name } ).focus();
		await page.keyboard.type( hostile );
	}
	await steps
		.nth( 1 )
		.getByRole( 'textbox', { name: 'Relation words' } )
		.focus();
	await page.keyboard.press( 'ControlOrMeta+a' );
	await page.keyboard.type( hostile );
	await steps.nth( 1 ).getByRole( 'textbox', { name: 'Step label' } ).focus();
	await page.keyboard.type( 'NMDA receptors' );
	await editor.canvas
		.getByRole( 'textbox', { name: 'Diagram caption' } )
		.focus();
	await page.keyboard.type( hostile );

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await steps.first().waitFor();
	await expectNothingInjected(
		page.frame( { name: 'editor-canvas' } )!,
		dialogs,
		'.is-root-container'
	);
	// The author's hostile text round-trips through KSES without breaking the block.
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect(
		steps.nth( 0 ).getByRole( 'textbox', { name: 'Step label' } )
	).toHaveText( hostile );

	const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/posts',
		params: { include: String( postId ) },
	} );
	const readerDialogs = watchDialogs( reader );
	await reader.goto( post.link );
	await expect(
		reader.locator( '.wp-block-william-health-mechanism-step' )
	).toHaveCount( 2 );
	await reader.waitForTimeout( 500 );
	await expectNothingInjected( reader, readerDialogs, CONTENT );
} );
