/**
 * Selecting a block from the pre-publish panel: the block is selected, the
 * pre-publish sidebar closes and the block's settings open, so the marked
 * field is in view. The editor and interface stores are reached by name,
 * through store-call.ts (each action only if this WordPress has it).
 */
import { store as blockEditorStore } from '@wordpress/block-editor';

import {
	callStoreAction,
	callStoreSelector,
	type Registry,
} from './store-call';

/**
 * Selects a block and shows its settings.
 *
 * @param registry  The editor's data registry.
 * @param clientId  The block to show.
 * @param elementId An element of the block to bring into view (a long
 *                  list's entry), if any.
 */
export function showBlockSettings(
	registry: Registry,
	clientId: string,
	elementId?: string
) {
	registry.dispatch( blockEditorStore ).selectBlock( clientId );
	if ( elementId ) {
		// Once the sidebar has closed and the canvas has its final width.
		window.requestAnimationFrame( () =>
			canvasElement( elementId )?.scrollIntoView( { block: 'center' } )
		);
	}
	showSidebar( registry, 'edit-post/block' );
}

/**
 * Opens the post settings sidebar on one of its panels.
 *
 * @param registry The editor's data registry.
 * @param panel    The panel's full name.
 */
export function showPostPanel( registry: Registry, panel: string ) {
	showSidebar( registry, 'edit-post/document' );
	const isOpen =
		callStoreSelector(
			registry,
			'core/editor',
			'isEditorPanelOpened',
			panel
		) === true;
	if ( ! isOpen ) {
		callStoreAction(
			registry,
			'core/editor',
			'toggleEditorPanelOpened',
			panel
		);
	}
}

/**
 * Undoes the author's last change, as Ctrl+Z would.
 *
 * @param registry The editor's data registry.
 */
export function undoLastChange( registry: Registry ) {
	callStoreAction( registry, 'core/editor', 'undo' );
}

/**
 * Closes the pre-publish sidebar and opens the settings sidebar on a tab.
 *
 * @param registry The editor's data registry.
 * @param area     The tab: 'edit-post/block' or 'edit-post/document'.
 */
function showSidebar( registry: Registry, area: string ) {
	callStoreAction( registry, 'core/editor', 'closePublishSidebar' );
	callStoreAction(
		registry,
		'core/interface',
		'enableComplementaryArea',
		'core',
		area
	);
}

/**
 * An element of the post's blocks by id: in the editor canvas, an iframe
 * in block themes, or the page itself where the canvas is not framed.
 *
 * @param id The element's id.
 */
function canvasElement( id: string ): HTMLElement | null {
	const frame = document.querySelector( 'iframe[name="editor-canvas"]' );
	const canvas =
		frame instanceof HTMLIFrameElement ? frame.contentDocument : document;
	return canvas?.getElementById( id ) ?? null;
}
