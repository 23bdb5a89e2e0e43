/**
 * What a `rich-text` attribute holds. Parsed from saved markup or set by
 * code it is an HTML string; once the author types, the editor keeps a
 * RichTextData there. Both print their HTML with `String()` (or
 * `richTextHTML()`), so code that needs markup never guesses which it got.
 */
import type { RichTextData } from '@wordpress/rich-text';

export type RichTextContent = string | RichTextData;

/**
 * The HTML of a rich-text attribute ('' when unset).
 *
 * @param value The attribute's value.
 */
export function richTextHTML( value: RichTextContent | undefined ): string {
	return value === undefined ? '' : String( value );
}
