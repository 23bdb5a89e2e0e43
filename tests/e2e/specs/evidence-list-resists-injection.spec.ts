/**
 * Hostile text in every field of an evidence item, from an Author in the
 * editor and from a Contributor over REST: nothing runs, nothing is injected.
 */
import { expect, test } from '../fixtures';
import { setAttributesAsTyped } from '../utils/attributes';
import { newPost, openBlockSettings } from '../utils/editor';
import { evidenceList } from '../utils/markup';
import {
	TEXT_PAYLOADS,
	URL_PAYLOADS,
	expectHostilePostHarmless,
	expectTypedHostilePostHarmless,
	watchDialogs,
} from '../utils/xss';
const SOURCE_FIELDS = [ 'Authors', 'Title', 'Journal', 'Year', 'DOI', 'PMID' ];

test( 'a contributor’s hostile evidence, sent over REST, runs nothing anywhere', async ( {
	restAs,
	requestUtils,
	reader,
	admin,
	page,
	createdPosts,
} ) => {
	const content = evidenceList(
		TEXT_PAYLOADS.map( ( payload, index ) => ( {
			finding: payload,
			condition: payload,
			summary: payload,
			source: {
				authors: payload,
				title: payload,
				journal: payload,
				year: payload,
				doi: URL_PAYLOADS[ index % URL_PAYLOADS.length ],
				pmid: payload,
				url: URL_PAYLOADS[ ( index + 1 ) % URL_PAYLOADS.length ],
			},
		} ) )
	);
	await expectHostilePostHarmless(
		{ restAs, requestUtils, reader, admin, page, createdPosts },
		'Hostile evidence',
		content
	);
} );

test( 'an author’s hostile text in every evidence field, one typed by hand, runs nothing', async ( {
	loginAs,
	requestUtils,
	reader,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const dialogs = watchDialogs( page );
	const editor = await newPost( page, 'Typed hostile evidence' );
	await editor.insertBlock( { name: 'william-health/evidence-list' } );
	const item = editor.canvas
		.locator( '[data-type="william-health/evidence-item"]' )
		.first();
	const hostile = TEXT_PAYLOADS.join( ' ' );
	// One field typed by hand; the others set as the same typed text.
	await item.getByRole( 'textbox', { name: 'Finding' } ).click();
	await page.keyboard.type( hostile );
	await setAttributesAsTyped( page, item, { condition: hostile } );

	// The item's source, added to the post's References list from the
	// sidebar, every field hostile.
	await openBlockSettings( editor, page );
	await page.getByRole( 'button', { name: 'Add a new source' } ).click();
	const form = page.getByRole( 'dialog', { name: 'Add a source' } );
	for ( const field of SOURCE_FIELDS ) {
		await form
			.getByRole( 'textbox', { name: field, exact: true } )
			.fill( hostile );
	}
	await form
		.getByRole( 'textbox', { name: 'Web address' } )
		.fill( URL_PAYLOADS[ 0 ] );
	await form.getByRole( 'button', { name: 'Add and choose' } ).click();
	// Each bad identifier is explained in the list; none is dropped.
	const references = editor.canvas.locator(
		'[data-type="william-health/references"]'
	);
	await expect(
		references.locator( '.william-health-field-message' )
	).toHaveCount( 3 );

	await expectTypedHostilePostHarmless(
		{ page, editor, requestUtils, reader, createdPosts },
		{
			dialogs,
			blockName: 'william-health/evidence-item',
			typedField: 'Finding',
			hostile,
			onPage: async ( readerPage ) => {
				const reference = readerPage.locator(
					'.wp-block-william-health-references li'
				);
				await expect( reference ).toContainText( 'javascript:' );
				// Only the link back to the item: no identifier is linked.
				await expect(
					reference.locator(
						'a:not(.wp-block-william-health-references__backlink)'
					)
				).toHaveCount( 0 );
			},
		}
	);
} );
