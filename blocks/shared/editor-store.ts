/**
 * Typed access to block-editor actions and selectors that the block
 * editor's type package does not declare. The casts live here.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { useDispatch, type useRegistry } from '@wordpress/data';

interface UnstableBlockEditorActions {
	__unstableMarkNextChangeAsNotPersistent: () => void;
}

/**
 * Marks the next attribute change as not an edit of the post, for values an
 * edit component fills in by itself (ids, labels).
 */
export function useMarkNextChangeAsNotPersistent(): () => void {
	const actions = useDispatch(
		blockEditorStore
	) as unknown as UnstableBlockEditorActions;
	return actions.__unstableMarkNextChangeAsNotPersistent;
}

interface UntypedBlockEditorSelectors {
	canRemoveBlock: ( clientId: string ) => boolean;
}

/**
 * Whether a block may be removed (a locked template or block says no).
 *
 * @param registry The editor's data registry.
 * @param clientId The block.
 */
export function canRemoveBlock(
	registry: ReturnType< typeof useRegistry >,
	clientId: string
): boolean {
	const selectors = registry.select(
		blockEditorStore
	) as unknown as UntypedBlockEditorSelectors;
	return selectors.canRemoveBlock( clientId );
}
