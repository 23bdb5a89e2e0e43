/**
 * Backspace at the start of an empty item (an evidence item, a mechanism
 * step) removes it, as in a core list: the caret goes to the end of the
 * item before, or to the start of the one after when it was the first.
 * An item that still holds words is never removed; a sole item stays, so
 * the list keeps somewhere to type. Given to the first field's RichText as
 * `onMerge`, which rich text calls for Backspace at its start (and Delete at
 * its end, which does nothing here: the item's other fields come between).
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { useDispatch, useRegistry } from '@wordpress/data';
import { useCallback } from '@wordpress/element';

import { canRemoveBlock } from './editor-store';

/** A place for the caret: a field of a block and an offset in its text. */
export type CaretPlace = { attributeKey: string; offset: number };

export type RemoveEmptyOptions< Attributes > = {
	/** Whether an item with these attributes holds nothing worth keeping. */
	isEmpty: ( attributes: Attributes ) => boolean;
	/** The end of an item's last field with words (its reading order). */
	endOf: ( attributes: Attributes ) => CaretPlace;
	/** The field a person types in first. */
	firstField: string;
};

/**
 * A block's attributes, as the block type that owns the item knows them
 * (the store types them loosely; its values carry the block's defaults).
 *
 * @param registry The editor's data registry.
 * @param clientId A block of the item's type.
 */
function attributesOf< Attributes extends object >(
	registry: ReturnType< typeof useRegistry >,
	clientId: string
): Attributes | null {
	return registry
		.select( blockEditorStore )
		.getBlockAttributes( clientId ) as Attributes | null;
}

/**
 * The `onMerge` handler of an item's first field.
 *
 * @param clientId The item.
 * @param options  What empty means and where the caret goes.
 */
export function useRemoveWhenEmpty< Attributes extends object >(
	clientId: string,
	options: RemoveEmptyOptions< Attributes >
): ( forward: boolean ) => void {
	const { isEmpty, endOf, firstField } = options;
	const registry = useRegistry();
	const { removeBlock, selectionChange } = useDispatch( blockEditorStore );
	return useCallback(
		( forward: boolean ) => {
			const attributes = attributesOf< Attributes >( registry, clientId );
			if (
				forward ||
				! attributes ||
				! isEmpty( attributes ) ||
				! canRemoveBlock( registry, clientId )
			) {
				return;
			}
			const editor = registry.select( blockEditorStore );
			const siblings = editor.getBlockOrder(
				editor.getBlockRootClientId( clientId ) ?? undefined
			);
			const index = siblings.indexOf( clientId );
			const previous = index > 0 ? siblings[ index - 1 ] : undefined;
			const next = siblings[ index + 1 ];
			const before = previous
				? attributesOf< Attributes >( registry, previous )
				: null;
			let place: { clientId: string } & CaretPlace;
			if ( previous && before ) {
				place = { clientId: previous, ...endOf( before ) };
			} else if ( next ) {
				place = { clientId: next, attributeKey: firstField, offset: 0 };
			} else {
				return;
			}
			registry.batch( () => {
				selectionChange(
					place.clientId,
					place.attributeKey,
					place.offset,
					place.offset
				);
				removeBlock( clientId, false );
			} );
		},
		[
			registry,
			clientId,
			isEmpty,
			endOf,
			firstField,
			removeBlock,
			selectionChange,
		]
	);
}
