/**
 * An editor writes an article on another topic than the example, with all
 * four blocks, by mouse and keyboard as a person does: blocks from the
 * inserter and the slash command, clicks into empty fields and cells, Enter
 * to move on, choices in the sidebar after the words are typed. Nothing
 * typed is lost, no block is invalid, and the page says nothing of ketamine.
 */
import type { Page } from '@playwright/test';

import { editorBlocks, expect, test } from '../fixtures';
import { newPost, openBlockSettings, slashInsert } from '../utils/editor';
import { atLeast } from '../../../blocks/shared/at-least';

/**
 * Inserts a block from the inserter panel of the top toolbar, by mouse, in
 * place of the empty paragraph the caret is in; the panel is closed again.
 *
 * @param page  Editor page.
 * @param title The block's title, as the inserter shows it.
 */
async function insertFromPanel( page: Page, title: string ) {
	await page
		.getByRole( 'button', { name: 'Block Inserter', exact: true } )
		.click();
	await page.getByRole( 'searchbox', { name: 'Search' } ).fill( title );
	await page
		.getByRole( 'listbox', { name: 'Blocks' } )
		.getByRole( 'option', { name: title } )
		.click();
	await page.getByRole( 'button', { name: 'Close Block Inserter' } ).click();
}

/** Everything the editor types, in the order they type it. */
const TYPED = {
	intro: 'Lithium is the oldest mood stabiliser and still one of the most effective.',
	steps: [
		[ 'Lithium', 'A salt taken by mouth' ],
		[ 'GSK-3 enzyme', 'Its activity falls' ],
		[ 'Fewer mood episodes', 'Over months of treatment' ],
	],
	caption: 'How lithium is thought to steady mood.',
	findings: [
		'Lithium lowered the risk of suicide compared with placebo.',
		'Lithium prevented relapse better than placebo.',
	],
	condition: 'Bipolar disorder',
	noticeHeading: 'Signs that the lithium level is too high',
	noticeBody: 'Diarrhoea, vomiting, unsteadiness or confusion.',
	tableCaption: 'How lithium is taken',
	route: 'Oral tablet',
	product: 'Lithium carbonate',
	status: 'Approved (FDA, 1970)',
	secondRoute: 'Oral liquid',
} as const;

test( 'an editor writes a lithium article with all four blocks by mouse and keyboard, and no word is lost', async ( {
	loginAs,
	reader,
	requestUtils,
	createdPosts,
} ) => {
	// A long journey through four blocks: its own budget, still used at
	// well under half on this machine.
	test.setTimeout( 300_000 );
	const page = await loginAs( 'editor' );
	const editor = await newPost( page, 'Lithium for bipolar disorder' );
	const canvas = editor.canvas;
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( TYPED.intro );
	await page.keyboard.press( 'Enter' );

	// The diagram, from the inserter panel with the mouse; a click into the
	// empty first label; Enter moves through label, description, next step.
	await insertFromPanel( page, 'Mechanism diagram' );
	const steps = canvas.locator(
		'[data-type="william-health/mechanism-step"]'
	);
	await steps.first().getByRole( 'textbox', { name: 'Step label' } ).click();
	for ( const [ index, [ label, description ] ] of TYPED.steps.entries() ) {
		if ( index > 0 ) {
			await page.keyboard.press( 'Enter' );
		}
		await page.keyboard.type( label );
		await page.keyboard.press( 'Enter' );
		await page.keyboard.type( description );
	}
	await expect( steps ).toHaveCount( 3 );
	// The relation is picked in the sidebar after the words are typed.
	await steps.nth( 1 ).getByRole( 'textbox', { name: 'Step label' } ).click();
	await openBlockSettings( editor, page );
	await page
		.getByRole( 'combobox', { name: 'Relation from the step before' } )
		.selectOption( { label: 'inhibits' } );
	await expect(
		steps.nth( 1 ).getByRole( 'textbox', { name: 'Relation words' } )
	).toHaveText( 'inhibits' );
	await canvas.getByRole( 'textbox', { name: 'Diagram caption' } ).click();
	await page.keyboard.type( TYPED.caption );

	// Enter leaves the caption for a paragraph; the evidence list by slash.
	await page.keyboard.press( 'Enter' );
	await slashInsert( page, 'Evidence list' );
	await page.keyboard.type( TYPED.findings[ 0 ] );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( TYPED.findings[ 1 ] );
	const items = canvas.locator(
		'[data-type="william-health/evidence-item"]'
	);
	await expect( items ).toHaveCount( 2 );
	// A click into the empty condition of the first item, then its study
	// in the sidebar.
	await items.first().getByRole( 'textbox', { name: 'Condition' } ).click();
	await page.keyboard.type( TYPED.condition );
	await openBlockSettings( editor, page );
	await page
		.getByRole( 'combobox', { name: 'Study design' } )
		.selectOption( { label: 'Meta-analysis' } );
	// Its source goes into the post's References list, typed by hand.
	await page.getByRole( 'button', { name: 'Add a new source' } ).click();
	const sourceForm = page.getByRole( 'dialog', { name: 'Add a source' } );
	await sourceForm
		.getByRole( 'textbox', { name: 'DOI', exact: true } )
		.fill( '10.1136/bmj.f3646' );
	await sourceForm.getByRole( 'button', { name: 'Add and choose' } ).click();
	await expect( items.first().locator( 'sup' ) ).toHaveText( '1' );
	await expect(
		items.first().getByRole( 'textbox', { name: 'Condition' } )
	).toHaveText( TYPED.condition );

	// The notice, by slash command after the list; level from the toolbar.
	await items.last().getByRole( 'textbox', { name: 'Finding' } ).click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	// Enter in the new, empty last item leaves the list, as in core.
	await page.keyboard.press( 'Enter' );
	await slashInsert( page, 'Safety notice' );
	await page.keyboard.type( TYPED.noticeHeading );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( TYPED.noticeBody );
	const notice = canvas.locator(
		'[data-type="william-health/safety-notice"]'
	);
	await notice.getByRole( 'textbox', { name: 'Notice heading' } ).click();
	await editor.clickBlockToolbarButton( 'Severity level' );
	await page.getByRole( 'menuitem', { name: /Ask a doctor/ } ).click();
	await expect(
		notice.getByRole( 'textbox', { name: 'Notice heading' } )
	).toHaveText( TYPED.noticeHeading );

	// Enter twice at the end of the notice's body leaves the notice, as in a
	// core quote; the route table from the inserter panel; clicks into
	// empty cells.
	await notice
		.getByRole( 'document', { name: /Block: Paragraph/ } )
		.last()
		.click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.press( 'Enter' );
	await insertFromPanel( page, 'Route table' );
	const table = canvas.locator(
		'[data-type="william-health/administration-routes"]'
	);
	await table.getByRole( 'textbox', { name: 'Table caption' } ).click();
	await page.keyboard.type( TYPED.tableCaption );
	const cell = ( name: string ) =>
		table.getByRole( 'textbox', { name, exact: true } );
	await cell( 'Route, row 1' ).click();
	await page.keyboard.type( TYPED.route );
	await cell( 'Product or form, row 1' ).click( {
		position: { x: 4, y: 4 },
	} );
	await page.keyboard.type( TYPED.product );
	await cell( 'Regulatory status, row 1' ).click();
	await page.keyboard.type( TYPED.status );
	// The status is read from the words; picking it again changes no word.
	await openBlockSettings( editor, page );
	const status = page.getByRole( 'combobox', { name: 'Regulatory status' } );
	await expect( status ).toHaveValue( 'approved' );
	await status.selectOption( { label: 'Approved' } );
	await expect( cell( 'Regulatory status, row 1' ) ).toHaveText(
		TYPED.status
	);
	await editor.clickBlockToolbarButton( 'Add row after' );
	await page.keyboard.type( TYPED.secondRoute );
	await expect( cell( 'Route, row 2' ) ).toHaveText( TYPED.secondRoute );

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await table.waitFor();
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	const words = [
		TYPED.intro,
		...TYPED.steps.flat(),
		TYPED.caption,
		...TYPED.findings,
		TYPED.condition,
		TYPED.noticeHeading,
		TYPED.noticeBody,
		TYPED.tableCaption,
		TYPED.route,
		TYPED.product,
		TYPED.status,
		TYPED.secondRoute,
	];
	const editorText = await canvas.locator( '.is-root-container' ).innerText();
	expect( words.filter( ( word ) => ! editorText.includes( word ) ) ).toEqual(
		[]
	);

	const [ post ] = atLeast(
		await requestUtils.rest< Array< { link: string } > >( {
			path: '/wp/v2/posts',
			params: { include: String( postId ) },
		} ),
		1
	);
	await reader.goto( post.link );
	const pageText = await reader.locator( 'body' ).innerText();
	expect( words.filter( ( word ) => ! pageText.includes( word ) ) ).toEqual(
		[]
	);
	expect( pageText ).not.toMatch( /ketamine/i );
	expect( await reader.content() ).not.toMatch( /ketamine/i );
	await expect(
		reader.getByRole( 'complementary', {
			name: `Ask a doctor: ${ TYPED.noticeHeading }`,
		} )
	).toBeVisible();
} );
