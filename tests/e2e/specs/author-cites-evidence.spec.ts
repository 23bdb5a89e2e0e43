/**
 * An author builds an evidence list by keyboard and mouse, Enter starting
 * the next finding as in a core list; a bad DOI is flagged in its field and
 * before publishing without being lost; readers get numbered, linked
 * references.
 */
import type { Locator } from '@playwright/test';

import { editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import {
	newPost,
	openBlockSettings,
	pressToolbarButton,
	slashInsert,
} from '../utils/editor';
import { mouseInsert } from '../utils/inserter';
import { atLeast } from '../../../blocks/shared/at-least';

const FINDINGS = [
	'Intravenous ketamine reduced depressive symptoms within a day.',
	'Ketamine eased social anxiety more than placebo.',
	'A single dose reduced suicidal thoughts within a day.',
] as const;

test( 'an author adds three cited findings by keyboard, is shown a bad DOI before publishing, and fixes it', async ( {
	loginAs,
	reader,
	requestUtils,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'What the studies show' );
	await page.keyboard.press( 'Enter' );
	await slashInsert( page, 'Evidence list' );

	const items = editor.canvas.locator(
		'[data-type="william-health/evidence-item"]'
	);
	const finding = ( index: number ) =>
		items.nth( index ).getByRole( 'textbox', { name: 'Finding' } );
	// Typed at once, the first finding; Enter starts the next item; the
	// toolbar's "Add evidence item" puts the caret in the new finding too.
	await page.keyboard.type( FINDINGS[ 0 ] );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( FINDINGS[ 1 ] );
	await pressToolbarButton( page, 'Add evidence item' );
	await page.keyboard.type( FINDINGS[ 2 ] );
	await expect( items ).toHaveCount( 3 );
	for ( const [ index, text ] of FINDINGS.entries() ) {
		await expect( finding( index ) ).toHaveText( text );
	}

	// Each item's source is added to the post's References list from the
	// sidebar. The second item's PMID is wrong and stays wrong: publishing
	// is allowed.
	const addSource = async (
		fields: Record< string, string >,
		check?: ( form: Locator ) => Promise< void >
	) => {
		await page.getByRole( 'button', { name: 'Add a new source' } ).click();
		const form = page.getByRole( 'dialog', { name: 'Add a source' } );
		for ( const [ name, value ] of Object.entries( fields ) ) {
			await form
				.getByRole( 'textbox', { name, exact: true } )
				.fill( value );
		}
		await check?.( form );
		await form.getByRole( 'button', { name: 'Add and choose' } ).click();
		await expect( form ).toBeHidden();
	};
	await finding( 0 ).click();
	await openBlockSettings( editor, page );
	await addSource(
		{ Title: 'A randomized trial', DOI: '10.1/archpsyc' },
		async ( form ) => {
			const doi = form.getByRole( 'textbox', {
				name: 'DOI',
				exact: true,
			} );
			// The mistake is flagged in the field itself; the text stays.
			await expect( doi ).toHaveAttribute( 'aria-invalid', 'true' );
			await expect( doi ).toHaveAccessibleDescription(
				/A DOI looks like 10\.1001\/archpsyc/
			);
			await expect( doi ).toHaveValue( '10.1/archpsyc' );
		}
	);
	await finding( 1 ).click();
	await addSource( { Title: 'Social anxiety', PMID: 'PMC5729569' } );
	// Each item shows its study's number, as readers will see it.
	await expect( items.locator( 'sup.william-health-citation' ) ).toHaveText( [
		'1',
		'2',
	] );
	const references = editor.canvas.locator(
		'[data-type="william-health/references"]'
	);
	await expect(
		references.locator( 'li' ).first().getByRole( 'status' )
	).toContainText( 'A DOI looks like' );

	// Before publishing, the checks list both, beside what else is missing
	// (a source for item 3, a reviewer); a line selects the list.
	await finding( 2 ).click();
	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	const checks = page.locator( '.william-health-checks' );
	await expect( checks.getByRole( 'listitem' ) ).toHaveText( [
		'Reference 1 (A randomized trial): the DOI “10.1/archpsyc” is not valid and will not be linked.',
		'Reference 2 (Social anxiety): the PMID “PMC5729569” is not valid and will not be linked.',
		/^Evidence item 3 has no source/,
		/^No medical reviewer is named/,
	] );
	await checks
		.getByRole( 'button', { name: /Reference 1 \(A randomized trial\)/ } )
		.click();
	await expect( references ).toHaveClass( /is-selected/ );
	await references
		.getByRole( 'button', { name: 'Edit A randomized trial' } )
		.click();
	const editForm = page.getByRole( 'dialog', { name: 'Edit source' } );
	const doi = editForm.getByRole( 'textbox', { name: 'DOI', exact: true } );
	await expect( doi ).toHaveAttribute( 'aria-invalid', 'true' );
	await doi.fill( '10.1001/archpsyc.63.8.856' );
	await expect( doi ).not.toHaveAttribute( 'aria-invalid', 'true' );
	await editForm
		.getByRole( 'textbox', { name: 'PMID', exact: true } )
		.fill( '16894061' );
	await editForm.getByRole( 'button', { name: 'Save' } ).click();
	await expect(
		references.locator( 'li' ).first().getByRole( 'status' )
	).toHaveCount( 0 );

	await finding( 0 ).click();
	await page
		.getByRole( 'combobox', { name: 'Study design' } )
		.selectOption( 'randomised-controlled-trial' );
	// The count as people write it: the number is kept, and the field says
	// so and what readers will see, grouped as in the author's language.
	const participants = page.getByRole( 'textbox', { name: 'Participants' } );
	await participants.click();
	await page.keyboard.type( '1200 adults' );
	await expect( participants ).toHaveValue( '1200 adults' );
	await expect( participants ).toHaveAccessibleDescription(
		'Only the number is kept: readers see “1,200 participants”. Say who took part in the condition under the finding.'
	);

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await items.first().waitFor();
	const blocks = await editorBlocks( page );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );
	await expect( items ).toHaveCount( 3 );

	const [ post ] = atLeast(
		await requestUtils.rest< Array< { link: string } > >( {
			path: '/wp/v2/posts',
			params: { include: String( postId ) },
		} ),
		1
	);
	await reader.goto( post.link );
	const list = reader.locator(
		'ol.wp-block-william-health-evidence-list__items'
	);
	await expect( list.getByRole( 'listitem' ) ).toHaveCount( 3 );
	const first = list.getByRole( 'listitem' ).first();
	await expect( first ).toContainText( FINDINGS[ 0 ] );
	await expect( first ).toContainText(
		'Randomised controlled trial, 1,200 participants'
	);
	// Each item's number leads to its study in the References list.
	await first.getByRole( 'link', { name: '1' } ).click();
	const entry = reader.locator(
		'.wp-block-william-health-references li:target'
	);
	await expect(
		entry.getByRole( 'link', { name: '10.1001/archpsyc.63.8.856' } )
	).toHaveAttribute( 'href', 'https://doi.org/10.1001/archpsyc.63.8.856' );
	await expect(
		entry.getByRole( 'link', { name: '16894061' } )
	).toHaveAttribute( 'href', 'https://pubmed.ncbi.nlm.nih.gov/16894061/' );
	// The PMID left wrong is there as typed, as text.
	const second = reader
		.locator( '.wp-block-william-health-references li' )
		.nth( 1 );
	await expect( second ).toContainText( 'PMID: PMC5729569' );
	await expect(
		second.locator( 'a:not(.wp-block-william-health-references__backlink)' )
	).toHaveCount( 0 );
	expect(
		await wcagViolations( reader, [
			'.wp-block-william-health-evidence-list',
			'.wp-block-william-health-references',
		] )
	).toEqual( [] );
} );

test( 'an author inserts an evidence list with the mouse; Enter splits, continues and leaves it as in a core list', async ( {
	loginAs,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'Findings written with Enter' );
	await mouseInsert( editor, page, 'Evidence list' );
	const items = editor.canvas.locator(
		'[data-type="william-health/evidence-item"]'
	);
	const findings = items.getByRole( 'textbox', { name: 'Finding' } );

	// Typed at once, the words land in the first finding; Enter in the
	// middle moves the rest into a new item, caret at its start.
	await page.keyboard.type(
		'Fewer relapses on treatment. Mild side effects.'
	);
	await expect( findings ).toHaveText( [
		'Fewer relapses on treatment. Mild side effects.',
	] );
	for ( let step = 0; step < 'Mild side effects.'.length; step++ ) {
		await page.keyboard.press( 'ArrowLeft' );
	}
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'Only ' );
	await expect( findings ).toHaveText( [
		/^Fewer relapses on treatment\.\s*$/,
		'Only Mild side effects.',
	] );

	// Shift+Enter breaks the line within a finding.
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Shift+Enter' );
	await page.keyboard.type( 'Most stopped within a week.' );
	await expect( findings.nth( 1 ).locator( 'br' ) ).toHaveCount( 1 );

	// Enter at the end starts an item; Enter in that empty last item leaves
	// the list for a paragraph after it.
	await page.keyboard.press( 'Enter' );
	await expect( items ).toHaveCount( 3 );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( 'After the list.' );
	await expect( items ).toHaveCount( 2 );
	const after = editor.canvas.locator(
		'[data-type="william-health/evidence-list"] + [data-type="core/paragraph"]'
	);
	await expect( after ).toHaveText( 'After the list.' );

	// An empty condition takes a click and what is typed.
	await items.nth( 0 ).getByRole( 'textbox', { name: 'Condition' } ).click();
	await page.keyboard.type( 'Adults with the condition' );

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await items.first().waitFor();
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect( findings ).toHaveText( [
		/^Fewer relapses on treatment\.\s*$/,
		/^Only Mild side effects\.\s*Most stopped within a week\.$/,
	] );
	await expect(
		items.nth( 0 ).getByRole( 'textbox', { name: 'Condition' } )
	).toHaveText( 'Adults with the condition' );
	await expect( after ).toHaveText( 'After the list.' );
} );

test( 'Backspace in an empty evidence item removes it and the caret goes back to the end of the item before', async ( {
	loginAs,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'An item too many' );
	await mouseInsert( editor, page, 'Evidence list' );
	const items = editor.canvas.locator(
		'[data-type="william-health/evidence-item"]'
	);
	const findings = items.getByRole( 'textbox', { name: 'Finding' } );

	// Enter once too often: an empty item. Backspace takes it away, and
	// what is typed next ends the finding before it.
	await page.keyboard.type( 'Fewer relapses on treatment.' );
	await page.keyboard.press( 'Enter' );
	await expect( items ).toHaveCount( 2 );
	await page.keyboard.press( 'Backspace' );
	await expect( items ).toHaveCount( 1 );
	await page.keyboard.type( ' Most stayed well.' );
	await expect( findings ).toHaveText( [
		'Fewer relapses on treatment. Most stayed well.',
	] );

	// An item that holds words elsewhere is not removed: its condition stays.
	await editor.clickBlockToolbarButton( 'Add evidence item' );
	await items.nth( 1 ).getByRole( 'textbox', { name: 'Condition' } ).click();
	await page.keyboard.type( 'Adults with the condition' );
	await findings.nth( 1 ).click();
	await page.keyboard.press( 'Backspace' );
	await expect( items ).toHaveCount( 2 );
	await expect(
		items.nth( 1 ).getByRole( 'textbox', { name: 'Condition' } )
	).toHaveText( 'Adults with the condition' );

	// After an item with a condition, the caret goes to that condition's end.
	await items.nth( 0 ).getByRole( 'textbox', { name: 'Condition' } ).click();
	await page.keyboard.type( 'Adults' );
	await findings.nth( 0 ).click();
	await page.keyboard.press( 'End' );
	await page.keyboard.press( 'Enter' );
	await expect( items ).toHaveCount( 3 );
	await page.keyboard.press( 'Backspace' );
	await expect( items ).toHaveCount( 2 );
	await page.keyboard.type( ' in hospital' );
	await expect(
		items.nth( 0 ).getByRole( 'textbox', { name: 'Condition' } )
	).toHaveText( 'Adults in hospital' );
	await expect( findings ).toHaveText( [
		'Fewer relapses on treatment. Most stayed well.',
		'',
	] );
} );

test( 'the published article’s evidence cites the checked studies in its References list', async ( {
	reader,
	articleUrl,
} ) => {
	await reader.goto( articleUrl );
	const items = reader.locator(
		'ol.wp-block-william-health-evidence-list__items > li'
	);
	await expect( items ).toHaveCount( 3 );
	// Each item's study is a numbered link to its entry; the anxiety item
	// also cites Glue 2017 in its finding.
	const markers = reader.locator(
		'.wp-block-william-health-evidence-list sup.william-health-citation a'
	);
	await expect( markers ).toHaveText( [ '1', '3', '4', '2' ] );
	const studyLinks: string[][] = [];
	for ( const href of await markers.evaluateAll( ( links ) =>
		links.map( ( link ) => link.getAttribute( 'href' ) ?? '' )
	) ) {
		studyLinks.push(
			await reader
				.locator(
					`.wp-block-william-health-references li[id="${ href.slice(
						1
					) }"] a:not(.wp-block-william-health-references__backlink)`
				)
				.evaluateAll( ( links ) =>
					links.map( ( link ) => link.getAttribute( 'href' ) ?? '' )
				)
		);
	}
	expect( studyLinks ).toEqual( [
		[
			'https://doi.org/10.1001/archpsyc.63.8.856',
			'https://pubmed.ncbi.nlm.nih.gov/16894061/',
		],
		[
			'https://doi.org/10.1177/0269881117705089',
			'https://pubmed.ncbi.nlm.nih.gov/28441895/',
		],
		[
			'https://doi.org/10.1038/npp.2017.194',
			'https://pmc.ncbi.nlm.nih.gov/articles/PMC5729569/',
		],
		[
			'https://doi.org/10.1176/appi.ajp.2017.17040472',
			'https://pubmed.ncbi.nlm.nih.gov/28969441/',
		],
	] );
	await expect(
		reader.locator( '.wp-block-william-health-evidence-list__as-of time' )
	).toHaveAttribute( 'datetime', '2026-11-27' );
} );

test( 'every block of the article is valid in the editor', async ( {
	admin,
	page,
	requestUtils,
} ) => {
	const [ post ] = atLeast(
		await requestUtils.rest< Array< { id: number } > >( {
			path: '/wp/v2/posts',
			params: {
				slug: 'why-ketamine-works-for-severe-depression-and-anxiety',
			},
		} ),
		1
	);
	await admin.editPost( post.id );
	await page
		.frameLocator( '[name="editor-canvas"]' )
		.locator( '.wp-block-william-health-evidence-list' )
		.waitFor();
	const blocks = await editorBlocks( page );
	expect( blocks.length ).toBeGreaterThan( 10 );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );
} );
