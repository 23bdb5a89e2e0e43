/**
 * Lists "Cite" in the editor's keyboard shortcuts help (Shift+Alt+H), under
 * the block shortcuts: the format's own shortcut works without this, but
 * an author would otherwise find it only by chance. Core's text formatting
 * section is a fixed list, so the shortcut goes where registered ones show.
 */
import { useRegistry } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

export const CITE_SHORTCUT = 'william-health/cite';

export function CiteShortcutHelp() {
	const registry = useRegistry();
	useEffect( () => {
		// The store by name: its package is not a dependency here.
		const shortcuts: unknown = registry.dispatch(
			'core/keyboard-shortcuts'
		);
		if (
			typeof shortcuts === 'object' &&
			shortcuts !== null &&
			'registerShortcut' in shortcuts &&
			typeof shortcuts.registerShortcut === 'function'
		) {
			shortcuts.registerShortcut( {
				name: CITE_SHORTCUT,
				category: 'block',
				description: __(
					'Cite a source for the text before the caret.',
					'william-health-blocks'
				),
				keyCombination: { modifier: 'access', character: 'c' },
			} );
		}
	}, [ registry ] );
	return null;
}
