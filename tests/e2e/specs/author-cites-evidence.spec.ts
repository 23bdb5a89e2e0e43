/**
 * An author builds an evidence list by keyboard, is told about a bad DOI
 * without losing it, and readers get numbered, linked references.
 */
import { editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import {
	newPost,
	openBlockSettings,
	pressToolbarButton,
	slashInsert,
} from '../utils/editor';

const FINDINGS = [
	'Intravenous ketamine reduced depressive symptoms within a day.',
	'Ketamine eased social anxiety more than placebo.',
	'A single dose reduced suicidal thoughts within a day.',
];

test( 'an author adds three cited findings by keyboard and fixes a bad DOI', async ( {
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
	for ( const [ index, finding ] of FINDINGS.entries() ) {
		if ( index > 0 ) {
			await pressToolbarButton( page, 'Add evidence item' );
		}
		const finder = items
			.nth( index )
			.getByRole( 'textbox', { name: 'Finding' } );
		await expect( items ).toHaveCount( index + 1 );
		await finder.focus();
		await page.keyboard.type( finding );
	}

	// The first item's source, in the sidebar.
	await items.nth( 0 ).getByRole( 'textbox', { name: 'Finding' } ).focus();
	await openBlockSettings( editor, page );
	const doi = page.getByRole( 'textbox', { name: 'DOI' } );
	await doi.fill( '10.1/archpsyc' );
	// The mistake is explained next to the field and in the item; the text stays.
	await expect(
		page.getByText( /A DOI looks like 10\.1001\/archpsyc/ ).first()
	).toBeVisible();
	await expect( items.nth( 0 ).getByRole( 'status' ) ).toContainText(
		'A DOI looks like'
	);
	await expect( doi ).toHaveValue( '10.1/archpsyc' );
	await doi.fill( '10.1001/archpsyc.63.8.856' );
	await expect( items.nth( 0 ).getByRole( 'status' ) ).toHaveCount( 0 );
	await page.getByRole( 'textbox', { name: 'PMID' } ).fill( '16894061' );
	await page
		.getByRole( 'combobox', { name: 'Study design' } )
		.selectOption( 'randomised-controlled-trial' );
	await page.getByRole( 'spinbutton', { name: 'Participants' } ).fill( '18' );

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await items.first().waitFor();
	const blocks = await editorBlocks( page );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );
	await expect( items ).toHaveCount( 3 );

	const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/posts',
		params: { include: String( postId ) },
	} );
	await reader.goto( post.link );
	const list = reader.locator(
		'ol.wp-block-william-health-evidence-list__items'
	);
	await expect( list.getByRole( 'listitem' ) ).toHaveCount( 3 );
	const first = list.getByRole( 'listitem' ).first();
	await expect( first ).toContainText( FINDINGS[ 0 ] );
	await expect( first ).toContainText(
		'Randomised controlled trial, 18 participants'
	);
	await expect(
		first.getByRole( 'link', { name: '10.1001/archpsyc.63.8.856' } )
	).toHaveAttribute( 'href', 'https://doi.org/10.1001/archpsyc.63.8.856' );
	await expect(
		first.getByRole( 'link', { name: '16894061' } )
	).toHaveAttribute( 'href', 'https://pubmed.ncbi.nlm.nih.gov/16894061/' );
	expect(
		await wcagViolations( reader, [
			'.wp-block-william-health-evidence-list',
		] )
	).toEqual( [] );
} );

test( 'the published article’s evidence links to the checked studies', async ( {
	reader,
	articleUrl,
} ) => {
	await reader.goto( articleUrl );
	const items = reader.locator(
		'ol.wp-block-william-health-evidence-list__items > li'
	);
	await expect( items ).toHaveCount( 3 );
	const hrefs = await reader
		.locator( '.wp-block-william-health-evidence-list a' )
		.evaluateAll( ( links ) =>
			links.map( ( link ) => link.getAttribute( 'href' ) )
		);
	expect( hrefs ).toEqual( [
		'https://doi.org/10.1001/archpsyc.63.8.856',
		'https://pubmed.ncbi.nlm.nih.gov/16894061/',
		'https://doi.org/10.1038/npp.2017.194',
		'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5729569/',
		'https://doi.org/10.1176/appi.ajp.2017.17040472',
		'https://pubmed.ncbi.nlm.nih.gov/28969441/',
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
	const [ post ] = await requestUtils.rest< Array< { id: number } > >( {
		path: '/wp/v2/posts',
		params: {
			slug: 'why-ketamine-works-for-severe-depression-and-anxiety',
		},
	} );
	await admin.editPost( post.id );
	await page
		.frameLocator( '[name="editor-canvas"]' )
		.locator( '.wp-block-william-health-evidence-list' )
		.waitFor();
	const blocks = await editorBlocks( page );
	expect( blocks.length ).toBeGreaterThan( 10 );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );
} );
