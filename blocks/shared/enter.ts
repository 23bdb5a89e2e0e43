/**
 * Enter in the rich-text fields of our blocks, the way core's list item
 * handles it: a keydown listener (here on the block's wrapper, for all its
 * fields) that runs before rich text's own Enter handling and the writing
 * flow's, and cancels them when the block has taken the key. The store's
 * selection names the field the caret is in. Shift+Enter is never taken: it
 * keeps rich text's line break, as in core.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { useRefEffect } from '@wordpress/compose';
import { useRegistry } from '@wordpress/data';
import { useRef } from '@wordpress/element';
import { create, slice, toHTMLString } from '@wordpress/rich-text';

export type EnterSplit = {
	/** The field's HTML before the caret (a selected range is left out). */
	before: string;
	/** The field's HTML after the caret. */
	after: string;
	/** The caret, or the end of the selected range, is at the field's end. */
	atEnd: boolean;
	/** Whether text was selected: taking the key then removes it, as core does. */
	hadSelection: boolean;
};

/**
 * Decides what Enter does in one field.
 *
 * @return Whether the block took the key; when false, rich text does what it
 *         does by default (a line break).
 */
export type EnterHandler = ( split: EnterSplit ) => boolean;

/**
 * Splits rich-text HTML at text offsets, formats and all.
 *
 * @param html  The field's HTML.
 * @param start Offset of the selection's start in the field's text.
 * @param end   Offset of the selection's end.
 */
export function splitHtml(
	html: string,
	start: number,
	end: number = start
): EnterSplit {
	const value = create( { html } );
	const length = value.text.length;
	const from = Math.max( 0, Math.min( start, end, length ) );
	const to = Math.min( length, Math.max( start, end, from ) );
	return {
		before: toHTMLString( { value: slice( value, 0, from ) } ),
		after: toHTMLString( { value: slice( value, to, length ) } ),
		atEnd: to === length,
		hadSelection: from !== to,
	};
}

/** What Enter does per field, keyed by the fields' RichText identifiers. */
export type EnterHandlers = Partial< Record< string, EnterHandler > >;

/**
 * A ref for the block wrapper (`useBlockProps( { ref } )`) that hands plain
 * Enter in the block's own fields to their handlers. Fields without one, and
 * inner blocks, keep their usual Enter.
 *
 * @param clientId The block.
 * @param handlers What Enter does in each field; read when the key is pressed.
 */
export function useEnter( clientId: string, handlers: EnterHandlers ) {
	const registry = useRegistry();
	const current = useRef( handlers );
	current.current = handlers;

	return useRefEffect< HTMLElement >(
		( element ) => {
			function onKeyDown( event: KeyboardEvent ) {
				if (
					event.defaultPrevented ||
					event.key !== 'Enter' ||
					event.shiftKey ||
					event.altKey ||
					event.ctrlKey ||
					event.metaKey ||
					// An input method is composing: Enter confirms its text.
					event.isComposing
				) {
					return;
				}
				const editor = registry.select( blockEditorStore );
				const start = editor.getSelectionStart();
				const end = editor.getSelectionEnd();
				const attributeKey = start.attributeKey;
				// The caret must be in one field of this block (not an inner
				// block, not a range across fields) that has a handler.
				const handler = attributeKey
					? current.current[ attributeKey ]
					: undefined;
				if (
					! handler ||
					! attributeKey ||
					start.clientId !== clientId ||
					end.clientId !== clientId ||
					end.attributeKey !== attributeKey ||
					typeof start.offset !== 'number' ||
					typeof end.offset !== 'number'
				) {
					return;
				}
				const html = String(
					editor.getBlockAttributes( clientId )?.[ attributeKey ] ??
						''
				);
				if ( handler( splitHtml( html, start.offset, end.offset ) ) ) {
					event.preventDefault();
				}
			}
			element.addEventListener( 'keydown', onKeyDown );
			return () => element.removeEventListener( 'keydown', onKeyDown );
		},
		[ registry, clientId ]
	);
}
