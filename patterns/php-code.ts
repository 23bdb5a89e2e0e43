/**
 * PHP source text for the generated pattern files.
 */

export const TEXT_DOMAIN = 'william-health-blocks';

/**
 * A single-quoted PHP string literal.
 *
 * @param value Any text.
 */
export function phpString( value: string ): string {
	return `'${ value.replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;
}

/**
 * A translator comment, placed right before the gettext call it explains so
 * that `wp i18n make-pot` picks it up.
 *
 * @param note What the placeholders are.
 */
export function translators( note: string ): string {
	if ( note.includes( '*/' ) ) {
		throw new Error( `A translator comment cannot hold "*/": ${ note }` );
	}
	return `/* translators: ${ note } */`;
}

/**
 * `__( 'text', 'william-health-blocks' )`.
 *
 * @param text English text.
 */
export function gettext( text: string ): string {
	return `__( ${ phpString( text ) }, ${ phpString( TEXT_DOMAIN ) } )`;
}
