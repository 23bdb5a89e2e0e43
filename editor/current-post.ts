/**
 * The post being edited, read from the editor store by its name, since the
 * editor package is not a dependency here (see wordpress-modules.d.ts). The
 * one place that reaches into that store.
 */
import { useSelect } from '@wordpress/data';

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
 * The post as it is now in the editor, unsaved edits included.
 */
export function useEditedPostText(): () => { title: string; content: string } {
	return useSelect( ( select ) => {
		const editor: EditorSelectors = select( 'core/editor' );
		return () => ( {
			title: String( editor.getEditedPostAttribute?.( 'title' ) ?? '' ),
			content: editor.getEditedPostContent?.() ?? '',
		} );
	}, [] );
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
