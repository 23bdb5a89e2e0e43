/**
 * Typed access to block-editor actions that @types/wordpress__block-editor
 * does not declare. The one cast lives here.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { useDispatch } from '@wordpress/data';

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
