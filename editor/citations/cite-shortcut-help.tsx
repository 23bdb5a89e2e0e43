/**
 * Lists "Cite" in the editor's keyboard shortcuts help (Shift+Alt+H), under
 * the block shortcuts: the format's own shortcut works without this, but
 * an author would otherwise find it only by chance. Core's text formatting
 * section is a fixed list, so the shortcut goes where registered ones show.
 */
import { useRegistry } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { callStoreAction } from '../store-call';

export const CITE_SHORTCUT = 'william-health/cite';

export function CiteShortcutHelp() {
	const registry = useRegistry();
	useEffect( () => {
		callStoreAction(
			registry,
			'core/keyboard-shortcuts',
			'registerShortcut',
			{
				name: CITE_SHORTCUT,
				category: 'block',
				description: __(
					'Cite a source for the text before the caret.',
					'william-health-blocks'
				),
				keyCombination: { modifier: 'access', character: 'c' },
			}
		);
	}, [ registry ] );
	return null;
}
