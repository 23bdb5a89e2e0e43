/**
 * An author builds a route table by keyboard, and by mouse as people do
 * (clicks into empty cells, adds rows, picks in the sidebar after typing);
 * readers get a real table when there is room and labelled cards when there
 * is not, sorting by keyboard where the author allows it, and the whole
 * table without JavaScript.
 */
import type { Locator, Page } from '@playwright/test';

import { anonymousContext, editorBlocks, expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import {
	closeStartDialogs,
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
	await slashInsert( page, 'Route table' );

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
	// Wide, so readers get a real table beside the text column.
	await pressToolbarButton( page, 'Align' );
	await page.getByRole( 'menuitemradio', { name: 'Wide width' } ).focus();
	await page.keyboard.press( 'Enter' );
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

	// Sort arrows stay on their heading's last line.
	await expect( readerTable.getByRole( 'button' ).first() ).toBeVisible();
	expect(
		( await sortArrowDrops( reader ) ).filter(
			( { linesBelow } ) => linesBelow > 0
		)
	).toEqual( [] );

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
	// Seven columns in the text column: cards whose lines of fields each
	// fill the card.
	const lines = await cardLines( table );
	expect( lines.length ).toBeGreaterThan( 0 );
	expect( lines.filter( ( { gap } ) => Math.abs( gap ) > 1 ) ).toEqual( [] );
	expect( scripts ).toEqual( [] );
} );

/**
 * Clicks a cell with the mouse: in its middle, or just inside its start or
 * end edge (where an empty cell once had no field at all).
 *
 * @param cell  The cell.
 * @param where Where in the cell.
 */
async function clickInCell(
	cell: Locator,
	where: 'middle' | 'start edge' | 'end edge'
) {
	const box = await cell.boundingBox();
	if ( ! box ) {
		throw new Error( 'The cell is not on screen' );
	}
	const x = {
		middle: box.width / 2,
		'start edge': 2,
		'end edge': box.width - 2,
	}[ where ];
	await cell.click( { position: { x, y: box.height / 2 } } );
}

/**
 * The lines of fields in each card of a table shown as cards (the route
 * heading left out): how many fields each line holds, and how far the
 * line falls short of the card's inner width (0 when it fills it).
 *
 * @param table The reader's table.
 */
function cardLines( table: Locator ) {
	return table.evaluate( ( element ) =>
		Array.from( element.querySelectorAll( 'tbody tr' ) ).flatMap(
			( card ) => {
				const fields = Array.from(
					card.querySelectorAll< HTMLElement >( ':scope > td' )
				).filter( ( field ) => field.offsetParent );
				const tops = new Map< number, number[] >();
				for ( const field of fields ) {
					const box = field.getBoundingClientRect();
					const top = Math.round( box.top );
					tops.set( top, [
						...( tops.get( top ) ?? [] ),
						box.width,
					] );
				}
				return Array.from( tops.values(), ( widths ) => ( {
					fields: widths.length,
					gap:
						card.clientWidth -
						widths.reduce( ( sum, width ) => sum + width, 0 ),
				} ) );
			}
		)
	);
}

/**
 * How far below its heading's last letter each sort button ends: about one
 * line when the arrow wrapped onto a line of its own, about none otherwise.
 *
 * @param reader A reader's page with a sortable table.
 */
function sortArrowDrops( reader: Page ) {
	return reader.evaluate( () =>
		Array.from(
			document.querySelectorAll< HTMLElement >(
				'.wp-block-william-health-administration-routes__sort'
			)
		)
			.filter( ( button ) => button.offsetParent )
			.map( ( button ) => {
				const walker = document.createTreeWalker(
					button,
					NodeFilter.SHOW_TEXT
				);
				let last: Text | null = null;
				while ( walker.nextNode() ) {
					const node = walker.currentNode as Text;
					if ( node.data.trim() ) {
						last = node;
					}
				}
				const text = last?.data.trimEnd() ?? '';
				const range = document.createRange();
				if ( last ) {
					range.setStart( last, text.length - 1 );
					range.setEnd( last, text.length );
				}
				const letter = range.getBoundingClientRect();
				return {
					heading: text,
					linesBelow: Math.round(
						( button.getBoundingClientRect().bottom -
							letter.bottom ) /
							letter.height
					),
				};
			} )
	);
}

test( 'an author fills empty cells by mouse, adds a row, and picks in the sidebar without losing a typed word', async ( {
	loginAs,
	browser,
	requestUtils,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const editor = await newPost( page, 'Lithium for bipolar disorder' );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( '## How it is taken' );
	await page.keyboard.press( 'Enter' );
	await slashInsert( page, 'Route table' );

	const table = editor.canvas.locator(
		'[data-type="william-health/administration-routes"]'
	);
	const cell = ( name: string ) =>
		table.getByRole( 'textbox', { name, exact: true } );

	await cell( 'Table caption' ).click();
	await page.keyboard.type( 'How lithium is taken' );
	// Empty cells take a click in the middle and at either edge.
	await clickInCell( cell( 'Route, row 1' ), 'middle' );
	await page.keyboard.type( 'Oral solution (liquid)' );
	await clickInCell( cell( 'Product or form, row 1' ), 'start edge' );
	await page.keyboard.type( 'Lithium citrate' );
	await clickInCell( cell( 'Care setting, row 1' ), 'end edge' );
	await page.keyboard.type( 'At home, with blood tests' );
	await clickInCell( cell( 'Regulatory status, row 1' ), 'end edge' );
	await page.keyboard.type( 'Approved (FDA, 1970)' );
	await expect( cell( 'Route, row 1' ) ).toHaveText(
		'Oral solution (liquid)'
	);
	await expect( cell( 'Product or form, row 1' ) ).toHaveText(
		'Lithium citrate'
	);
	await expect( cell( 'Care setting, row 1' ) ).toHaveText(
		'At home, with blood tests'
	);

	// The route kind is a route, read from the route word the cell starts
	// with; every hint quotes the cell's own words.
	await openBlockSettings( editor, page );
	const route = page.getByRole( 'combobox', { name: 'Route kind' } );
	await expect( route ).toHaveValue( 'oral' );
	await expect( route.locator( 'option:checked' ) ).toHaveText( 'Oral' );
	await expect( route ).toHaveAccessibleDescription(
		/^Read from the cell’s words “Oral solution \(liquid\)”/
	);
	await route.selectOption( { label: 'Not a listed route' } );
	await expect( route ).toHaveAccessibleDescription(
		'Not set. The cell’s words “Oral solution (liquid)” read as “Oral”: pick it to use it.'
	);
	await route.selectOption( { label: 'Oral' } );
	await expect( route ).toHaveAccessibleDescription(
		/^Read from the cell’s words/
	);
	// The kinds are routes, alphabetical.
	await expect( route.locator( 'option' ) ).toHaveText( [
		'Not a listed route',
		'Buccal',
		'Inhaled',
		'Intramuscular',
		'Intranasal',
		'Intravenous',
		'Oral',
		'Rectal',
		'Subcutaneous',
		'Sublingual',
		'Topical',
		'Transdermal',
	] );

	// The sidebar reads the status from the typed words ...
	const status = page.getByRole( 'combobox', {
		name: 'Regulatory status',
	} );
	await expect( status ).toHaveValue( 'approved' );
	await expect( status ).toHaveAccessibleDescription(
		/Read from the cell’s words/
	);
	// ... and a pick there, the same or another, keeps every typed word;
	// one the words contradict says so, quoting them (publishing lists it).
	await status.selectOption( 'approved' );
	await status.selectOption( 'off-label' );
	await expect( status ).toHaveAccessibleDescription(
		/^Chosen here, but the cell’s words “Approved \(FDA, 1970\)” read as “Approved”/
	);
	await expect( cell( 'Regulatory status, row 1' ) ).toHaveText(
		'Approved (FDA, 1970)'
	);

	// "Add row after" puts the caret in the new row: typing goes there.
	await editor.clickBlockToolbarButton( 'Add row after' );
	await page.keyboard.type( 'Intravenous infusion' );
	await expect( cell( 'Route, row 2' ) ).toHaveText( 'Intravenous infusion' );

	// The reverse: a pick fills the EMPTY status cell, typing adds to it.
	await expect( status ).toHaveValue( '' );
	await status.selectOption( 'investigational' );
	await expect( cell( 'Regulatory status, row 2' ) ).toHaveText(
		'Investigational'
	);
	await clickInCell( cell( 'Regulatory status, row 2' ), 'end edge' );
	await page.keyboard.type( ' (phase 3 trials)' );
	await expect( cell( 'Regulatory status, row 2' ) ).toHaveText(
		'Investigational (phase 3 trials)'
	);
	await expect( status ).toHaveValue( 'investigational' );

	// A hidden column keeps its words; readers are offered sorting. Five
	// visible columns do not fit the text column: the sidebar says readers
	// get cards.
	await page.getByRole( 'checkbox', { name: 'Care setting' } ).uncheck();
	await expect( cell( 'Care setting, row 1' ) ).toHaveCount( 0 );
	await page.getByRole( 'checkbox', { name: 'Bioavailability' } ).uncheck();
	await expect(
		page.getByText(
			'Readers see each row as a card: 5 columns need more room than the text column.',
			{ exact: false }
		)
	).toBeVisible();
	await page
		.getByRole( 'checkbox', { name: 'Let readers sort by a column' } )
		.check();

	// The current row is marked only while the table is selected.
	await expect( table.locator( 'tr.is-active-row' ) ).toHaveCount( 1 );
	await editor.canvas.getByRole( 'textbox', { name: 'Add title' } ).click();
	await expect( table.locator( 'tr.is-active-row' ) ).toHaveCount( 0 );

	// Publishing lists the row whose status contradicts its words; the line
	// selects the table, and the author fixes the pick in row 1.
	const topBar = page.getByRole( 'region', { name: 'Editor top bar' } );
	await topBar
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	const contradiction = page
		.locator( '.william-health-checks' )
		.getByRole( 'button', {
			name: 'Route table “How lithium is taken”, row 1: the status cell says “Approved (FDA, 1970)” (Approved), but the regulatory status picked in the block settings is Off-label. Make them agree.',
		} );
	await contradiction.click();
	await clickInCell( cell( 'Regulatory status, row 1' ), 'end edge' );
	await expect(
		page.getByRole( 'button', { name: 'Row 1', exact: true } )
	).toBeVisible();
	await status.selectOption( 'approved' );
	await expect( status ).toHaveAccessibleDescription(
		/^Read from the cell’s words “Approved \(FDA, 1970\)”/
	);
	await topBar
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	await expect(
		page.locator( '.william-health-checks' ).getByRole( 'listitem' ).first()
	).toBeVisible();
	await expect( page.locator( '.william-health-checks' ) ).not.toContainText(
		'Route table'
	);
	await page
		.getByRole( 'region', { name: 'Editor publish' } )
		.getByRole( 'button', { name: 'Cancel' } )
		.click();

	const postId = Number( await editor.publishPost() );
	createdPosts.push( postId );
	await page.reload();
	await table.waitFor();
	expect(
		( await editorBlocks( page ) ).filter( ( { isValid } ) => ! isValid )
	).toEqual( [] );
	await expect( cell( 'Regulatory status, row 1' ) ).toHaveText(
		'Approved (FDA, 1970)'
	);
	await expect( cell( 'Regulatory status, row 2' ) ).toHaveText(
		'Investigational (phase 3 trials)'
	);
	await cell( 'Route, row 1' ).click();
	await openBlockSettings( editor, page );
	await page.getByRole( 'checkbox', { name: 'Care setting' } ).check();
	await expect( cell( 'Care setting, row 1' ) ).toHaveText(
		'At home, with blood tests'
	);

	const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/posts',
		params: { include: String( postId ) },
	} );
	const context = await anonymousContext( browser, {
		viewport: { width: 1280, height: 900 },
	} );
	const reader = await context.newPage();
	await reader.goto( post.link );
	const readerTable = reader.getByRole( 'table', {
		name: /How lithium is taken/,
	} );
	for ( const words of [
		'Oral solution (liquid)',
		'Lithium citrate',
		'Approved (FDA, 1970)',
		'Intravenous infusion',
		'Investigational (phase 3 trials)',
	] ) {
		await expect( readerTable ).toContainText( words );
	}
	// The hidden column's words are in the page, and not shown.
	await expect(
		reader.getByText( 'At home, with blood tests' )
	).toBeHidden();
	await expect(
		readerTable.getByRole( 'columnheader', { name: /Care setting/ } )
	).toHaveCount( 0 );
	// Five columns are more than the text column holds: labelled cards,
	// with the sort buttons above them; their four fields two by two, every
	// line of fields as wide as the card.
	await expect(
		readerTable.locator( 'td[data-label="Product or form"]' ).first()
	).toHaveCSS( 'display', 'block' );
	const lines = await cardLines( readerTable );
	expect( lines.map( ( { fields } ) => fields ) ).toEqual( [ 2, 2, 2, 2 ] );
	expect( lines.filter( ( { gap } ) => Math.abs( gap ) > 1 ) ).toEqual( [] );
	// An empty cell says "Not stated" to assistive technology (after its
	// card label).
	await expect(
		readerTable
			.getByRole( 'row', { name: /Intravenous infusion/ } )
			.getByRole( 'cell' )
			.first()
	).toHaveAccessibleName( /^(Product or form )?Not stated$/ );
	// Sort arrows stay on their heading's last line.
	await expect( readerTable.getByRole( 'button' ).first() ).toBeVisible();
	const drops = await sortArrowDrops( reader );
	expect( drops.length ).toBeGreaterThan( 3 );
	expect( drops.filter( ( { linesBelow } ) => linesBelow > 0 ) ).toEqual(
		[]
	);
	// Content width by default: the table and its caption start where the
	// article's headings start.
	const headingBox = await reader
		.getByRole( 'heading', { name: 'How it is taken' } )
		.boundingBox();
	const tableBox = await readerTable.boundingBox();
	const captionBox = await readerTable.locator( 'caption' ).boundingBox();
	expect( Math.round( tableBox?.x ?? -1 ) ).toBe(
		Math.round( headingBox?.x ?? -2 )
	);
	expect( Math.round( captionBox?.x ?? -1 ) ).toBe(
		Math.round( headingBox?.x ?? -2 )
	);
	await context.close();
} );

test( 'the inserter shows the route table whole: a preview, a title in whole words, its own icon', async ( {
	admin,
	page,
} ) => {
	await page.setViewportSize( { width: 1440, height: 900 } );
	await admin.createNewPost();
	await closeStartDialogs( page );
	await page
		.getByRole( 'button', { name: 'Block Inserter', exact: true } )
		.click();
	const blocks = page.getByRole( 'listbox', { name: 'Blocks' } );
	await page
		.getByRole( 'searchbox', { name: 'Search' } )
		.fill( 'administration routes' );
	const option = blocks.getByRole( 'option', { name: 'Route table' } );
	await expect( option ).toBeVisible();

	// No word of the title is broken over two lines.
	const brokenWords = await option.evaluate( ( element ) => {
		const title = element.querySelector(
			'.block-editor-block-types-list__item-title'
		);
		const text = title?.firstChild ?? title;
		const words = title?.textContent ?? '';
		const broken: string[] = [];
		let at = 0;
		for ( const word of words.split( ' ' ) ) {
			const range = document.createRange();
			if ( text?.nodeType === Node.TEXT_NODE ) {
				range.setStart( text, at );
				range.setEnd( text, at + word.length );
				const lines = new Set(
					Array.from( range.getClientRects(), ( rect ) =>
						Math.round( rect.top )
					)
				);
				if ( lines.size > 1 ) {
					broken.push( word );
				}
			}
			at += word.length + 1;
		}
		return broken;
	} );
	expect( brokenWords ).toEqual( [] );

	// A preview of a table, not "No preview available".
	await option.hover();
	const preview = page.locator( '.block-editor-inserter__preview-container' );
	await expect( preview ).toBeVisible();
	await expect( preview ).not.toContainText( 'No preview available' );
	await expect(
		preview.locator( '.block-editor-block-preview__container' )
	).toBeVisible();

	// Its icon is not core Table's.
	const iconOf = ( name: string ) =>
		blocks
			.getByRole( 'option', { name, exact: true } )
			.locator( 'svg' )
			.evaluate( ( svg ) => svg.innerHTML );
	const ours = await iconOf( 'Route table' );
	await page.getByRole( 'searchbox', { name: 'Search' } ).fill( 'table' );
	await expect(
		blocks.getByRole( 'option', { name: 'Table', exact: true } )
	).toBeVisible();
	expect( await iconOf( 'Table' ) ).not.toBe( ours );
} );
