/**
 * "Cite" in the format toolbar of every rich-text field, and its shortcut
 * (Shift+Alt+C; ⌃⌥C on a Mac): a popover under the selection that cites a
 * source of the post, or adds one, after the selected words. The number is
 * the numbering's to give; until it runs the marker shows "?".
 */
import {
	RichTextShortcut,
	RichTextToolbarButton,
} from '@wordpress/block-editor';
import { Popover } from '@wordpress/components';
import { useRegistry } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { insertObject, useAnchor } from '@wordpress/rich-text';

import { CitePicker } from './cite-picker';
import type { FormatEditProps } from './format-type';
import {
	CITATION_CLASS,
	CITATION_FORMAT,
	markerInnerHtml,
	markerPlace,
	newId,
} from './markers';
import { addReference, usePostReferences } from './post-references';

/** A superscript number in brackets beside lines of text. */
const citeIcon = (
	<svg
		xmlns="http://www.w3.org/2000/svg"
		viewBox="0 0 24 24"
		aria-hidden="true"
		focusable="false"
	>
		<path d="M3 10h10v1.5H3zm0 4h12v1.5H3zm0 4h8v1.5H3z" />
		<path d="M15 3h2.5v1.5h-1v5h1V11H15zm6.5 0H19v1.5h1v5h-1V11h2.5zM17.5 5.5h1.25V10H17.5z" />
	</svg>
);

export const CITE_TITLE = () => __( 'Cite', 'william-health-blocks' );

/**
 * Moves a caret that sits inside a non-editable element of the field (a
 * marker's wrapper) to just after that element.
 *
 * @param field The rich-text element.
 */
function caretOutOfMarker( field: HTMLElement | null ) {
	const selection = field?.ownerDocument.defaultView?.getSelection();
	const node = selection?.anchorNode;
	const element = node instanceof Element ? node : node?.parentElement;
	const island = element?.closest( '[contenteditable="false"]' );
	if ( ! field || ! selection || ! island || ! field.contains( island ) ) {
		return;
	}
	const range = field.ownerDocument.createRange();
	range.setStartAfter( island );
	range.collapse( true );
	selection.removeAllRanges();
	selection.addRange( range );
}

export function CiteEdit( {
	value,
	onChange,
	onFocus,
	isObjectActive,
	contentRef,
}: FormatEditProps ) {
	const registry = useRegistry();
	const { entries } = usePostReferences();
	const [ isOpen, setIsOpen ] = useState( false );
	const anchor = useAnchor( {
		editableContentElement: contentRef.current,
		settings: {
			name: CITATION_FORMAT,
			title: CITE_TITLE(),
			tagName: 'sup',
			className: CITATION_CLASS,
			edit: CiteEdit,
		},
	} );

	const close = () => {
		setIsOpen( false );
		// Once the marker is on the page: focus the text, and if the caret
		// landed inside the marker (rich text keeps it in a non-editable
		// wrapper, where typing does nothing), put it right after it.
		window.requestAnimationFrame( () => {
			onFocus();
			caretOutOfMarker( contentRef.current );
		} );
	};

	const cite = ( ref: string ) => {
		const place = markerPlace( value.text, value.end );
		const follows =
			place > 0 &&
			value.replacements[ place - 1 ]?.type === CITATION_FORMAT;
		const cited = insertObject(
			value,
			{
				type: CITATION_FORMAT,
				// The numbering makes the id unique in the post if need be.
				attributes: { ref, id: newId( 'cite-', new Set() ) },
				innerHTML: markerInnerHtml( ref, undefined, follows ),
			},
			place,
			place
		);
		// The caret stays where the author left it, after any spaces.
		const caret = value.end + 1;
		onChange( { ...cited, start: caret, end: caret } );
		close();
	};

	return (
		<>
			<RichTextShortcut
				type="access"
				character="c"
				onUse={ () => setIsOpen( true ) }
			/>
			<RichTextToolbarButton
				icon={ citeIcon }
				title={ CITE_TITLE() }
				onClick={ () => setIsOpen( true ) }
				isActive={ isObjectActive }
				shortcutType="access"
				shortcutCharacter="c"
			/>
			{ isOpen && (
				<Popover
					anchor={ anchor }
					placement="bottom"
					offset={ 8 }
					shift
					focusOnMount="firstElement"
					onClose={ close }
					className="william-health-cite-popover"
				>
					<CitePicker
						entries={ entries }
						onCite={ cite }
						onAddAndCite={ ( fields ) => {
							let error: string | null = null;
							registry.batch( () => {
								const added = addReference( registry, fields );
								if ( 'error' in added ) {
									error = added.error;
								} else {
									cite( added.id );
								}
							} );
							return error;
						} }
					/>
				</Popover>
			) }
		</>
	);
}
