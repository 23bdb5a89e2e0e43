/**
 * Editor stores reached by name: an action or selector is called when this
 * WordPress has it, with its arguments, and skipped without an error when
 * the store or the function is missing.
 */
import { createReduxStore, createRegistry } from '@wordpress/data';

import { callStoreAction, callStoreSelector } from '../store-call';
import { showPostPanel, undoLastChange } from '../editor-ui';

type EditorState = { undone: number; opened: string[] };

/**
 * A registry with a stand-in 'core/editor' store that has some of the real
 * store's actions and selectors, and no other store.
 */
function registryWithEditor() {
	const registry = createRegistry();
	registry.register(
		createReduxStore( 'core/editor', {
			reducer: (
				state: EditorState = { undone: 0, opened: [] },
				action: { type: string; panel?: string }
			): EditorState => {
				if ( action.type === 'UNDO' ) {
					return { ...state, undone: state.undone + 1 };
				}
				if ( action.type === 'TOGGLE' && action.panel ) {
					return {
						...state,
						opened: state.opened.includes( action.panel )
							? state.opened.filter(
									( panel ) => panel !== action.panel
								)
							: [ ...state.opened, action.panel ],
					};
				}
				return state;
			},
			actions: {
				undo: () => ( { type: 'UNDO' } ),
				toggleEditorPanelOpened: ( panel: string ) => ( {
					type: 'TOGGLE',
					panel,
				} ),
				// No closePublishSidebar: as on a screen without one.
			},
			selectors: {
				isEditorPanelOpened: ( state: EditorState, panel: string ) =>
					state.opened.includes( panel ),
				undone: ( state: EditorState ) => state.undone,
			},
		} )
	);
	return registry;
}

const undone = ( registry: ReturnType< typeof createRegistry > ): unknown =>
	registry.select( 'core/editor' ).undone?.();

describe( 'callStoreAction', () => {
	it( 'calls an action the store has, with its arguments', () => {
		const registry = registryWithEditor();
		expect( callStoreAction( registry, 'core/editor', 'undo' ) ).toBe(
			true
		);
		expect( undone( registry ) ).toBe( 1 );
		expect(
			callStoreAction(
				registry,
				'core/editor',
				'toggleEditorPanelOpened',
				'william-health/review'
			)
		).toBe( true );
		expect(
			callStoreSelector(
				registry,
				'core/editor',
				'isEditorPanelOpened',
				'william-health/review'
			)
		).toBe( true );
	} );

	it( 'skips a store this WordPress does not have', () => {
		const registry = registryWithEditor();
		expect(
			callStoreAction(
				registry,
				'core/interface',
				'enableComplementaryArea',
				'core',
				'edit-post/block'
			)
		).toBe( false );
		expect(
			callStoreAction(
				registry,
				'core/keyboard-shortcuts',
				'registerShortcut',
				{
					name: 'william-health/cite',
					category: 'block',
					description: 'Cite',
					keyCombination: { modifier: 'access', character: 'c' },
				}
			)
		).toBe( false );
	} );

	it( 'skips an action the store does not have', () => {
		const registry = registryWithEditor();
		expect(
			callStoreAction( registry, 'core/editor', 'closePublishSidebar' )
		).toBe( false );
		expect( undone( registry ) ).toBe( 0 );
	} );
} );

describe( 'callStoreSelector', () => {
	it( 'answers undefined for a missing store or selector', () => {
		const registry = createRegistry();
		expect(
			callStoreSelector(
				registry,
				'core/editor',
				'isEditorPanelOpened',
				'x'
			)
		).toBeUndefined();
	} );
} );

describe( 'the editor UI helpers', () => {
	it( 'open a closed post panel once and leave an open one open', () => {
		const registry = registryWithEditor();
		showPostPanel( registry, 'william-health/review' );
		showPostPanel( registry, 'william-health/review' );
		expect(
			registry
				.select( 'core/editor' )
				.isEditorPanelOpened?.( 'william-health/review' )
		).toBe( true );
	} );

	it( 'undo where the editor can', () => {
		const registry = registryWithEditor();
		undoLastChange( registry );
		expect( undone( registry ) ).toBe( 1 );
		// Without the editor store, nothing happens and nothing throws.
		expect( () => undoLastChange( createRegistry() ) ).not.toThrow();
	} );
} );
