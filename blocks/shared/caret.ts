/**
 * Where the caret goes after a block inserts something or Enter moves on:
 * the block-editor store's selection, named by block and RichText identifier,
 * which the field then takes focus from (as core's list item does).
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import {
	createBlock,
	getDefaultBlockName,
	type Block,
} from '@wordpress/blocks';
import { useDispatch, useRegistry } from '@wordpress/data';
import { useMemo } from '@wordpress/element';

export type Caret = {
	/**
	 * Puts the caret in a rich-text field.
	 *
	 * @param clientId     The block holding the field.
	 * @param attributeKey The field's RichText identifier.
	 * @param offset       Where in the field's text; its start by default.
	 */
	moveTo: ( clientId: string, attributeKey: string, offset?: number ) => void;
	/**
	 * Inserts a block and puts the caret at the start of one of its fields,
	 * not in whatever field comes first.
	 *
	 * @param block        The new block.
	 * @param index        Its position among its siblings.
	 * @param rootClientId Its parent.
	 * @param attributeKey The field to type in.
	 * @return Whether the block could be inserted there (a locked pattern
	 *         may not take one).
	 */
	insertAndEdit: (
		block: Block,
		index: number,
		rootClientId: string | undefined,
		attributeKey: string
	) => boolean;
	/**
	 * Starts a new default block (a paragraph) after a block, caret in it,
	 * as Enter at the end of a core caption does.
	 *
	 * @param clientId The block to continue after.
	 * @return Whether a block could be inserted there.
	 */
	continueAfter: ( clientId: string ) => boolean;
};

export function useCaret(): Caret {
	const registry = useRegistry();
	const { insertBlock, selectionChange } = useDispatch( blockEditorStore );
	return useMemo(
		() => ( {
			moveTo: ( clientId, attributeKey, offset = 0 ) =>
				selectionChange( clientId, attributeKey, offset, offset ),
			insertAndEdit: ( block, index, rootClientId, attributeKey ) => {
				if (
					! registry
						.select( blockEditorStore )
						.canInsertBlockType( block.name, rootClientId )
				) {
					return false;
				}
				registry.batch( () => {
					insertBlock( block, index, rootClientId, false );
					selectionChange( block.clientId, attributeKey, 0, 0 );
				} );
				return true;
			},
			continueAfter: ( clientId ) => {
				const editor = registry.select( blockEditorStore );
				const rootClientId =
					editor.getBlockRootClientId( clientId ) ?? undefined;
				const name = getDefaultBlockName();
				if (
					! name ||
					! editor.canInsertBlockType( name, rootClientId )
				) {
					return false;
				}
				// Selecting the new block focuses its first field.
				insertBlock(
					createBlock( name ),
					editor.getBlockIndex( clientId ) + 1,
					rootClientId
				);
				return true;
			},
		} ),
		[ registry, insertBlock, selectionChange ]
	);
}
