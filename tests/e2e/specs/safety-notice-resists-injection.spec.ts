/**
 * Hostile text in every field of a safety notice, from an Author in the
 * editor and from a Contributor over REST: nothing runs, nothing is injected,
 * in the editor or on the page.
 */
import { expect, normalizeText, test } from '../fixtures';
import { setAttributesAsTyped } from '../utils/attributes';
import { newPost, openBlockSettings } from '../utils/editor';
import { safetyNotice } from '../utils/markup';
import {
	TEXT_PAYLOADS,
	URL_PAYLOADS,
	expectHostilePostHarmless,
	expectTypedHostilePostHarmless,
	watchDialogs,
} from '../utils/xss';

test( 'a contributor’s hostile notices, sent over REST, run nothing anywhere', async ( {
	restAs,
	requestUtils,
	reader,
	admin,
	page,
	createdPosts,
} ) => {
	const content = TEXT_PAYLOADS.map( ( payload, index ) =>
		safetyNotice( {
			level: 'warning',
			label: payload,
			heading: payload,
			body: payload,
			action: payload,
			crisisText: payload,
			crisisContact: URL_PAYLOADS[ index % URL_PAYLOADS.length ],
			headingId: payload,
		} )
	).join( '\n\n' );
	await expectHostilePostHarmless(
		{ restAs, requestUtils, reader, admin, page, createdPosts },
		'Hostile notices',
		content
	);
} );

test( 'an author’s hostile text in every field of a notice, one typed by hand, runs nothing', async ( {
	loginAs,
	requestUtils,
	reader,
	createdPosts,
} ) => {
	const page = await loginAs( 'author' );
	const dialogs = watchDialogs( page );
	const editor = await newPost( page, 'Typed hostile notice' );
	await editor.insertBlock( { name: 'william-health/safety-notice' } );
	const notice = editor.canvas.locator(
		'[data-type="william-health/safety-notice"]'
	);
	const hostile = TEXT_PAYLOADS.join( ' ' );

	// One field typed by hand; the others set as the same typed text.
	await notice.getByRole( 'textbox', { name: 'Notice heading' } ).click();
	await page.keyboard.type( hostile );
	await setAttributesAsTyped( page, notice, {
		action: hostile,
		crisisText: hostile,
	} );
	await openBlockSettings( editor, page );
	await page
		.getByLabel( 'Crisis line phone number or web address' )
		.fill( URL_PAYLOADS[ 0 ] );
	// A bad address is kept as typed and explained next to the field.
	await expect(
		page
			.getByText( 'Only http:// and https:// addresses can be linked.' )
			.first()
	).toBeVisible();
	await expect(
		notice.getByRole( 'textbox', { name: 'Crisis line text' } )
	).toHaveText( hostile );

	await expectTypedHostilePostHarmless(
		{ page, editor, requestUtils, reader, createdPosts },
		{
			dialogs,
			blockName: 'william-health/safety-notice',
			typedField: 'Notice heading',
			hostile,
			onPage: async ( readerPage ) => {
				const landmark = readerPage.getByRole( 'complementary', {
					name: /^Important: /,
				} );
				await expect( landmark ).toBeVisible();
				// WordPress curls the quotes on display; the characters are the author's.
				const shownHeading = await landmark
					.locator(
						'.wp-block-william-health-safety-notice__heading-text'
					)
					.innerText();
				expect( normalizeText( shownHeading ) ).toBe(
					normalizeText( hostile )
				);
				await expect(
					landmark.locator(
						'.wp-block-william-health-safety-notice__crisis-contact'
					)
				).toHaveText( URL_PAYLOADS[ 0 ] );
			},
		}
	);
} );
