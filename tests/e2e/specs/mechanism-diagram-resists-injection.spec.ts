/**
 * Hostile text in every field of a mechanism diagram, from an Author in the
 * editor and from a Contributor over REST: nothing runs, nothing is injected.
 */
import { expect, test } from '../fixtures';
import { setAttributesAsTyped } from '../utils/attributes';
import { newPost } from '../utils/editor';
import { mechanismDiagram } from '../utils/markup';
import {
	TEXT_PAYLOADS,
	expectHostilePostHarmless,
	expectTypedHostilePostHarmless,
	watchDialogs,
} from '../utils/xss';

test( 'a contributor’s hostile diagram, sent over REST, runs nothing anywhere', async ( {
	restAs,
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
		{ restAs, requestUtils, reader, admin, page, createdPosts },
		'Hostile diagram',
		content
	);
} );

test( 'an author’s hostile text in every diagram field, one typed by hand, runs nothing', async ( {
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
	// One field typed by hand; the others set as the same typed text.
	await steps.nth( 0 ).getByRole( 'textbox', { name: 'Step label' } ).click();
	await page.keyboard.type( hostile );
	await setAttributesAsTyped( page, steps.nth( 0 ), {
		description: hostile,
	} );
	await setAttributesAsTyped( page, steps.nth( 1 ), {
		relation: 'custom',
		relationText: hostile,
		label: 'Second step',
	} );
	await setAttributesAsTyped(
		page,
		editor.canvas.locator(
			'[data-type="william-health/mechanism-diagram"]'
		),
		{ caption: hostile }
	);
	await expect(
		editor.canvas.getByRole( 'textbox', { name: 'Diagram caption' } )
	).toHaveText( hostile );

	await expectTypedHostilePostHarmless(
		{ page, editor, requestUtils, reader, createdPosts },
		{
			dialogs,
			blockName: 'william-health/mechanism-step',
			typedField: 'Step label',
			hostile,
			onPage: async ( readerPage ) => {
				await expect(
					readerPage.locator(
						'.wp-block-william-health-mechanism-step'
					)
				).toHaveCount( 2 );
			},
		}
	);
} );
