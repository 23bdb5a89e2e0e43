/**
 * Rich-text attributes edited as plain text (a sidebar field beside the
 * canvas field): the words without markup, and typed words back as HTML.
 * Attribute values arrive as HTML strings or as RichTextData objects.
 */
import { create, toHTMLString } from '@wordpress/rich-text';

/**
 * The words of a rich-text value, entities decoded, markup dropped.
 *
 * @param value A rich-text attribute value.
 */
export function plainText( value: unknown ): string {
	return create( {
		html: value === undefined || value === null ? '' : String( value ),
	} ).text;
}

/**
 * Typed words as rich-text HTML: `<` and `&` stay characters, never markup.
 *
 * @param text What the author typed.
 */
export function richTextFromPlain( text: string ): string {
	return toHTMLString( { value: create( { text } ) } );
}
