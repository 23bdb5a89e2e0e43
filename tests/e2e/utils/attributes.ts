/**
 * Filling block fields through the block editor's API instead of the
 * keyboard, for tests that need many fields filled and type only one: the
 * values are set as typed text (escaped), as the keyboard would leave them.
 */
import type { Locator, Page } from '@playwright/test';

/**
 * Sets attributes of the block an element belongs to, each string as the
 * rich-text HTML of that text typed by hand.
 *
 * @param page       The editor page.
 * @param block      The block's element in the canvas.
 * @param attributes Attribute values, as plain text.
 */
export async function setAttributesAsTyped(
	page: Page,
	block: Locator,
	attributes: Record< string, string >
) {
	const clientId = await block.getAttribute( 'data-block' );
	await page.evaluate(
		( { id, values } ) => {
			const escape = ( text: string ) =>
				text
					.replace( /&/g, '&amp;' )
					.replace( /</g, '&lt;' )
					.replace( />/g, '&gt;' );
			const { wp } = window as unknown as {
				wp: {
					data: {
						dispatch: ( store: string ) => {
							updateBlockAttributes: (
								clientId: string,
								attributes: Record< string, string >
							) => void;
						};
					};
				};
			};
			wp.data
				.dispatch( 'core/block-editor' )
				.updateBlockAttributes(
					id,
					Object.fromEntries(
						Object.entries( values ).map( ( [ key, value ] ) => [
							key,
							escape( value ),
						] )
					)
				);
		},
		{ id: clientId as string, values: attributes }
	);
}
