/**
 * Selecting a block from the pre-publish panel: the block is selected, the
 * pre-publish sidebar closes and the block's settings open, so the marked
 * field is in view. The editor and interface stores are reached by name
 * (their packages are not dependencies here); each action is called only if
 * this WordPress has it.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import type { useRegistry } from '@wordpress/data';

type Registry = ReturnType< typeof useRegistry >;

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
	const editor: unknown = registry.dispatch( 'core/editor' );
	if (
		typeof editor === 'object' &&
		editor !== null &&
		'closePublishSidebar' in editor &&
		typeof editor.closePublishSidebar === 'function'
	) {
		editor.closePublishSidebar();
	}
	const ui: unknown = registry.dispatch( 'core/interface' );
	if (
		typeof ui === 'object' &&
		ui !== null &&
		'enableComplementaryArea' in ui &&
		typeof ui.enableComplementaryArea === 'function'
	) {
		ui.enableComplementaryArea( 'core', 'edit-post/block' );
	}
}

/**
 * Opens the post settings sidebar on one of its panels.
 *
 * @param registry The editor's data registry.
 * @param panel    The panel's full name.
 */
export function showPostPanel( registry: Registry, panel: string ) {
	const editor: unknown = registry.dispatch( 'core/editor' );
	if ( typeof editor !== 'object' || editor === null ) {
		return;
	}
	if (
		'closePublishSidebar' in editor &&
		typeof editor.closePublishSidebar === 'function'
	) {
		editor.closePublishSidebar();
	}
	const ui: unknown = registry.dispatch( 'core/interface' );
	if (
		typeof ui === 'object' &&
		ui !== null &&
		'enableComplementaryArea' in ui &&
		typeof ui.enableComplementaryArea === 'function'
	) {
		ui.enableComplementaryArea( 'core', 'edit-post/document' );
	}
	const opened: unknown = registry.select( 'core/editor' );
	const isOpen =
		typeof opened === 'object' &&
		opened !== null &&
		'isEditorPanelOpened' in opened &&
		typeof opened.isEditorPanelOpened === 'function' &&
		opened.isEditorPanelOpened( panel );
	if (
		! isOpen &&
		'toggleEditorPanelOpened' in editor &&
		typeof editor.toggleEditorPanelOpened === 'function'
	) {
		editor.toggleEditorPanelOpened( panel );
	}
}

/**
 * Undoes the author's last change, as Ctrl+Z would.
 *
 * @param registry The editor's data registry.
 */
export function undoLastChange( registry: Registry ) {
	const editor: unknown = registry.dispatch( 'core/editor' );
	if (
		typeof editor === 'object' &&
		editor !== null &&
		'undo' in editor &&
		typeof editor.undo === 'function'
	) {
		editor.undo();
	}
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
