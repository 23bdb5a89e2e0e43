/**
 * The post being edited, read from the editor store by its name, since the
 * editor package is not a dependency here (see wordpress-modules.d.ts). The
 * one place that reaches into that store.
 */
import { useRegistry, useSelect } from '@wordpress/data';
import { useCallback } from '@wordpress/element';

type EditorSelectors = {
	getCurrentPostId?: () => number | null;
	getCurrentPostType?: () => string | null;
	getEditedPostContent?: () => string;
	getEditedPostAttribute?: ( attribute: string ) => unknown;
	isPublishSidebarOpened?: () => boolean;
};

export type CurrentPost = { id: number; type: string };

/**
 * The id and type of the post in the editor (0 and '' outside a post).
 */
export function useCurrentPost(): CurrentPost {
	return useSelect( ( select ) => {
		const editor: EditorSelectors = select( 'core/editor' );
		return {
			id: editor.getCurrentPostId?.() ?? 0,
			type: editor.getCurrentPostType?.() ?? '',
		};
	}, [] );
}

/**
 * A function that reads the post as it is now in the editor, unsaved edits
 * included. Read when called, not on every change (serializing the post is
 * costly); a stable callback, as a selector must not return a new function.
 */
export function useEditedPostText(): () => { title: string; content: string } {
	const registry = useRegistry();
	return useCallback( () => {
		const editor: EditorSelectors = registry.select( 'core/editor' );
		return {
			title: String( editor.getEditedPostAttribute?.( 'title' ) ?? '' ),
			content: editor.getEditedPostContent?.() ?? '',
		};
	}, [ registry ] );
}

/**
 * Whether the pre-publish panel (after "Publish" is pressed) is open.
 */
export function usePublishSidebarOpened(): boolean {
	return useSelect( ( select ) => {
		const editor: EditorSelectors = select( 'core/editor' );
		return editor.isPublishSidebarOpened?.() ?? false;
	}, [] );
}
