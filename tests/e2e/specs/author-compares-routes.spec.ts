/**
 * An author builds a route table by keyboard; readers get a real table when
 * there is room and labelled cards when there is not, sorting by keyboard
 * where the author allows it, and the whole table without JavaScript.
 */
import { anonymousContext, editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import {
	newPost,
	openBlockSettings,
	pressToolbarButton,
	slashInsert,
} from '../utils/editor';

const ROUTES = [
	[ 'Oral tablet', 'Racemic ketamine', '20–25%' ],
	[ 'Intravenous infusion', 'Racemic ketamine', '100%' ],
	[ 'Intranasal spray', 'Esketamine', '45–50%' ],
	[ 'Sublingual', 'Racemic ketamine', '' ],
];

test( 'an author builds a four-row table by keyboard, hides a column, and readers can sort it', async ( {
	loginAs,
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'Ways to take it' );
	await page.keyboard.press( 'Enter' );
	await slashInsert( page, 'Administration routes' );

	const table = editor.canvas.locator(
		'[data-type="william-health/administration-routes"]'
	);
	await table.getByRole( 'textbox', { name: 'Table caption' } ).focus();
	await page.keyboard.type( 'Routes compared' );
	for ( const [
		index,
		[ route, product, bioavailability ],
	] of ROUTES.entries() ) {
		if ( index > 0 ) {
			await pressToolbarButton( page, 'Add row after' );
		}
		const row = index + 1;
		await table
			.getByRole( 'textbox', { name: `Route, row ${ row }` } )
			.focus();
		await page.keyboard.type( route );
		// Tab moves to the next cell, as in a spreadsheet.
		await page.keyboard.press( 'Tab' );
		await expect(
			table.getByRole( 'textbox', {
				name: `Product or form, row ${ row }`,
			} )
		).toBeFocused();
		await page.keyboard.type( product );
		if ( bioavailability ) {
			await table
				.getByRole( 'textbox', {
					name: `Bioavailability, row ${ row }`,
				} )
				.focus();
			await page.keyboard.type( bioavailability );
		}
	}
	await openBlockSettings( editor, page );
	await page.getByRole( 'checkbox', { name: 'Challenges' } ).uncheck();
	await page
		.getByRole( 'checkbox', { name: 'Let readers sort by a column' } )
		.check();

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await table.waitFor();
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect( table.locator( 'tbody tr' ) ).toHaveCount( 4 );

	const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/posts',
		params: { include: String( postId ) },
	} );

	// Wide: a real table, with headings for columns and for rows.
	let context = await anonymousContext( browser, {
		viewport: { width: 1280, height: 900 },
	} );
	let reader = await context.newPage();
	await reader.goto( post.link );
	const readerTable = reader.getByRole( 'table', {
		name: /Routes compared/,
	} );
	await expect( readerTable ).toBeVisible();
	await expect( readerTable.getByRole( 'columnheader' ) ).toHaveCount( 6 );
	await expect(
		readerTable.getByRole( 'columnheader', { name: 'Challenges' } )
	).toHaveCount( 0 );
	await expect(
		readerTable.getByRole( 'rowheader', { name: 'Oral tablet' } )
	).toBeVisible();
	await readerTable.screenshot( {
		path: test.info().outputPath( 'routes-1280.png' ),
	} );

	// Sorting by keyboard: Tab to a heading's button, Enter; aria-sort follows.
	const routeHeading = readerTable.getByRole( 'columnheader', {
		name: /Route/,
	} );
	await routeHeading.getByRole( 'button' ).focus();
	await reader.keyboard.press( 'Enter' );
	await expect( routeHeading ).toHaveAttribute( 'aria-sort', 'ascending' );
	await expect( readerTable.getByRole( 'rowheader' ) ).toHaveText( [
		'Intranasal spray',
		'Intravenous infusion',
		'Oral tablet',
		'Sublingual',
	] );
	await reader.keyboard.press( 'Enter' );
	await expect( routeHeading ).toHaveAttribute( 'aria-sort', 'descending' );
	await expect( readerTable.getByRole( 'rowheader' ).first() ).toHaveText(
		'Sublingual'
	);

	expect(
		await wcagViolations( reader, [
			'.wp-block-william-health-administration-routes',
		] )
	).toEqual( [] );
	await context.close();

	// Narrow: each row a card whose cells are labelled with their column.
	context = await anonymousContext( browser, {
		viewport: { width: 360, height: 900 },
	} );
	reader = await context.newPage();
	await reader.goto( post.link );
	const cell = reader.locator( 'td[data-label="Product or form"]' ).first();
	const label = await cell.evaluate(
		( element ) => getComputedStyle( element, '::before' ).content
	);
	expect( label ).toBe( '"Product or form"' );
	expect(
		await cell.evaluate(
			( element ) => getComputedStyle( element ).display
		)
	).toBe( 'block' );
	const overflow = await reader.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect( overflow ).toBeLessThanOrEqual( 0 );
	await reader
		.locator( '.wp-block-william-health-administration-routes' )
		.screenshot( {
			path: test.info().outputPath( 'routes-360.png' ),
		} );
	await context.close();

	// Without JavaScript the table is complete.
	context = await anonymousContext( browser, { javaScriptEnabled: false } );
	reader = await context.newPage();
	await reader.goto( post.link );
	await expect(
		reader
			.getByRole( 'table', { name: /Routes compared/ } )
			.getByRole( 'row' )
	).toHaveCount( 5 );
	await context.close();
} );

test( 'the article’s route table sends readers no script', async ( {
	reader,
	articleUrl,
} ) => {
	const scripts: string[] = [];
	reader.on( 'request', ( request ) => {
		if ( request.resourceType() === 'script' ) {
			scripts.push( request.url() );
		}
	} );
	await reader.goto( articleUrl );
	const table = reader.getByRole( 'table', {
		name: /How ketamine is given/,
	} );
	await expect( table.getByRole( 'rowheader' ) ).toHaveText( [
		'Intravenous Infusion',
		'Intranasal Spray',
		'Oral Tablets',
	] );
	await expect( table ).toContainText( 'Facts as of November 27, 2026' );
	await expect( table.getByRole( 'button' ) ).toHaveCount( 0 );
	expect( scripts ).toEqual( [] );
} );
