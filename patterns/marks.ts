/**
 * Marked strings: the words of a pattern that PHP prints when the pattern is
 * registered, translated (`t`, `tx`) or computed on the site (`php`).
 *
 * While a pattern is built (`collectMarks`), each mark stands in the block
 * attributes as a token that save() copies like any other text. The
 * generator then finds each token in the saved markup and writes the PHP
 * call that prints it, escaped for where it stands.
 */

export type Mark =
	| {
			kind: 'text';
			/** English source text (the msgid), plain text. */
			text: string;
			/** Gettext context, for `esc_html_x()` / `esc_attr_x()`. */
			context?: string;
	  }
	| {
			kind: 'php';
			/** A PHP expression whose value is plain text. */
			code: string;
			/** Its value on an English site with the default date format. */
			english: string;
	  };

// Private-use characters: save() and the block serializer copy them as they
// are (nothing escapes them), and no author's text holds them.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A token in saved markup, with the mark's number as group 1. Sticky: it
 * matches only at `lastIndex`.
 */
export const TOKEN = new RegExp( `${ OPEN }(\\d+)${ CLOSE }`, 'y' );

/** Either token character: one left after replacement means a mangled token. */
export const TOKEN_PART = new RegExp( `[${ OPEN }${ CLOSE }]` );

let collecting: Mark[] | null = null;

function mark( value: Mark ): string {
	if ( ! collecting ) {
		throw new Error(
			'Marked strings exist only while a pattern is built: call them inside its content().'
		);
	}
	collecting.push( value );
	return `${ OPEN }${ collecting.length - 1 }${ CLOSE }`;
}

/**
 * Translatable text: `esc_html__()`, or `esc_attr__()` in an attribute value.
 *
 * @param text English text, plain (no markup).
 */
export const t = ( text: string ): string => mark( { kind: 'text', text } );

/**
 * Translatable text with a gettext context: `esc_html_x()` / `esc_attr_x()`.
 *
 * @param text    English text, plain.
 * @param context What translators need to tell it from the same words.
 */
export const tx = ( text: string, context: string ): string =>
	mark( { kind: 'text', text, context } );

/**
 * Text the site computes when the pattern is registered (a date in the site's
 * format, words put together by sprintf): `esc_html( CODE )` or `esc_attr( CODE )`.
 *
 * @param code    A PHP expression; translator comments go right before each gettext call.
 * @param english What it gives on an English site, for the tests.
 */
export const php = ( code: string, english: string ): string =>
	mark( { kind: 'php', code, english } );

/**
 * Runs `build` with marking switched on and returns what it built and the
 * marks it made, in token order.
 *
 * @param build Builds a pattern's blocks.
 */
export function collectMarks< T >( build: () => T ): {
	value: T;
	marks: Mark[];
} {
	if ( collecting ) {
		throw new Error( 'Patterns are built one at a time.' );
	}
	collecting = [];
	try {
		const value = build();
		return { value, marks: collecting };
	} finally {
		collecting = null;
	}
}
