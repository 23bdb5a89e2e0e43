/**
 * Calls to editor stores reached by name: their packages are not
 * dependencies here, and a store or one of its actions may be missing from
 * a WordPress version or screen (the site editor has no publish sidebar).
 * Each function is called only if this WordPress has it; the maps below
 * type what we call, so callers keep their argument types.
 */
import type { useRegistry } from '@wordpress/data';

export type Registry = ReturnType< typeof useRegistry >;

type Shortcut = {
	name: string;
	category: 'global' | 'selection' | 'block' | 'list';
	description: string;
	keyCombination: { modifier?: string; character: string };
};

/** The actions we call, by store name. */
export type StoreActions = {
	'core/editor': {
		closePublishSidebar: () => void;
		toggleEditorPanelOpened: ( panel: string ) => void;
		undo: () => void;
	};
	'core/interface': {
		enableComplementaryArea: ( scope: string, area: string ) => void;
	};
	'core/keyboard-shortcuts': {
		registerShortcut: ( shortcut: Shortcut ) => void;
	};
};

/** The selectors we call, by store name. */
export type StoreSelectors = {
	'core/editor': {
		isEditorPanelOpened: ( panel: string ) => boolean;
	};
};

type Arguments< F > = F extends ( ...args: infer A ) => unknown ? A : never;

/**
 * Calls a member of a store's actions or selectors if it is a function.
 *
 * @param members The store's actions or selectors (null if no such store).
 * @param name    The member.
 * @param args    Its arguments.
 * @return What it returned, wrapped, or undefined when it is missing.
 */
function callMember(
	members: unknown,
	name: string,
	args: unknown[]
): { value: unknown } | undefined {
	if ( typeof members !== 'object' || members === null ) {
		return undefined;
	}
	const member: unknown = Reflect.get( members, name );
	if ( typeof member !== 'function' ) {
		return undefined;
	}
	return { value: Reflect.apply( member, members, args ) };
}

/**
 * Dispatches a store's action if this WordPress has the store and action.
 *
 * @param registry The editor's data registry.
 * @param store    The store's name.
 * @param action   The action's name.
 * @param args     Its arguments.
 * @return Whether the action was there to call.
 */
export function callStoreAction<
	S extends keyof StoreActions,
	A extends keyof StoreActions[ S ] & string,
>(
	registry: Registry,
	store: S,
	action: A,
	...args: Arguments< StoreActions[ S ][ A ] >
): boolean {
	return callMember( registry.dispatch( store ), action, args ) !== undefined;
}

/**
 * Asks a store's selector if this WordPress has the store and selector.
 *
 * @param registry The editor's data registry.
 * @param store    The store's name.
 * @param selector The selector's name.
 * @param args     Its arguments.
 * @return Its answer, or undefined when it is missing.
 */
export function callStoreSelector<
	S extends keyof StoreSelectors,
	K extends keyof StoreSelectors[ S ] & string,
>(
	registry: Registry,
	store: S,
	selector: K,
	...args: Arguments< StoreSelectors[ S ][ K ] >
): unknown {
	return callMember( registry.select( store ), selector, args )?.value;
}
