/**
 * The editor APIs this script uses, as WordPress provides them at run
 * time (wp.editor, wp.plugins; the build maps the imports to those globals).
 * The npm packages are not installed for their types: @wordpress/editor pulls
 * in a second copy of the block editor and components at other versions.
 * Only what we call is declared, with the types WordPress documents.
 */
declare module '@wordpress/editor' {
	import type { ComponentType, ReactElement, ReactNode } from 'react';

	/** A panel in the pre-publish sidebar (shown after "Publish" is pressed). */
	export const PluginPrePublishPanel: ComponentType< {
		children?: ReactNode;
		className?: string;
		title?: string;
		initialOpen?: boolean;
		icon?: ReactElement;
	} >;

	/**
	 * A panel in the post settings sidebar; its full name,
	 * <plugin>/<name>, opens it.
	 */
	export const PluginDocumentSettingPanel: ComponentType< {
		children?: ReactNode;
		name: string;
		className?: string;
		title?: string;
		icon?: ReactElement;
	} >;
}

declare module '@wordpress/plugins' {
	import type { ComponentType, ReactElement } from 'react';

	/**
	 * Registers a component rendered in the editor's plugin area.
	 * @param name
	 * @param settings
	 * @param settings.render
	 * @param settings.icon
	 */
	export function registerPlugin(
		name: string,
		settings: { render: ComponentType; icon?: ReactElement }
	): unknown;
}
