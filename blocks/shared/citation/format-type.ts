/**
 * The `william-health/citation` rich-text format: an object, like core's
 * footnote, that rich text keeps whole (the caret steps over it, Backspace
 * removes it) and saves as `<sup class="william-health-citation"
 * data-ref="…" id="…">…</sup>`. Its `ref` and `id` attributes are the
 * reference it cites and its own id; the number inside is the numbering's.
 */
import { select } from '@wordpress/data';
import { registerFormatType, type RichTextValue } from '@wordpress/rich-text';
import type { ComponentType, RefObject } from 'react';

import { CITATION_CLASS, CITATION_FORMAT } from './markers';

/** What rich text gives a format's edit component. */
export type FormatEditProps = {
	isActive: boolean;
	isObjectActive: boolean;
	activeObjectAttributes: Record< string, string >;
	value: RichTextValue;
	onChange: ( value: RichTextValue ) => void;
	onFocus: () => void;
	contentRef: RefObject< HTMLElement | null >;
};

/**
 * The format's settings as rich text reads them. @wordpress/rich-text's
 * WPFormat type leaves out `attributes` and `contentEditable`, which
 * registerFormatType does read; this type adds them.
 */
export type CitationFormatSettings = {
	title: string;
	tagName: 'sup';
	className: string;
	attributes: { ref: string; id: string };
	contentEditable: false;
	edit: ComponentType< FormatEditProps >;
};

/**
 * The settings, with the toolbar and popover the editor shows.
 *
 * @param title The format's name in the editor's language.
 * @param edit  The "Cite" button and its popover.
 */
export function citationFormat(
	title: string,
	edit: ComponentType< FormatEditProps >
): CitationFormatSettings {
	return {
		title,
		tagName: 'sup',
		className: CITATION_CLASS,
		attributes: { ref: 'data-ref', id: 'id' },
		contentEditable: false,
		edit,
	};
}

/**
 * Registers the format once, whichever script gets there first.
 *
 * @param settings The format's settings.
 */
export function registerCitationFormat( settings: CitationFormatSettings ) {
	// The store by name: its package types it as a bare Object.
	const formats: unknown = select( 'core/rich-text' );
	if (
		typeof formats === 'object' &&
		formats !== null &&
		'getFormatType' in formats &&
		typeof formats.getFormatType === 'function' &&
		formats.getFormatType( CITATION_FORMAT )
	) {
		return;
	}
	registerFormatType( CITATION_FORMAT, settings );
}
