/**
 * What save, edit, transforms and the deprecation's migration share: the
 * text of a cell, which rows count, and the attributes of heading and body
 * cells.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import type { Cell, Column, RouteRow } from './types';
import metadata from './block.json';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

/**
 * HTML as plain text, for card labels (an HTML attribute) and for reading
 * codes from a cell's words.
 *
 * @param html Cell or heading HTML.
 */
export function plainText( html: string ): string {
	return html
		.replace( /<[^>]*>/g, '' )
		.replace( /&nbsp;|\u00a0/g, ' ' )
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&quot;/g, '"' )
		.replace( /&#0?39;/g, "'" )
		.replace( /&amp;/g, '&' )
		.trim();
}

/**
 * A cell's words for a hint or a message, cut at a space after about a line.
 *
 * @param words Plain text.
 */
export function excerpt( words: string ): string {
	const most = 60;
	if ( words.length <= most ) {
		return words;
	}
	const space = words.lastIndexOf( ' ', most );
	return `${ words.slice( 0, space > 0 ? space : most ).trimEnd() }…`;
}

/**
 * Plain text as cell HTML.
 *
 * @param text Words, e.g. an option's label.
 */
export function escapeText( text: string ): string {
	return text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

/**
 * A row's cell as HTML ('' where the row is shorter than the columns).
 *
 * @param row   A row.
 * @param index Column index.
 */
export function cellAt( row: RouteRow, index: number ): string {
	return row.cells[ index ]?.content ?? '';
}

/**
 * Whether a cell holds no words (markup and spaces alone do not count).
 *
 * @param content Cell HTML.
 */
export function isEmptyCell( content: string ): boolean {
	return plainText( content ) === '';
}

const emptiness = new WeakMap< RouteRow, boolean[] >();

/**
 * Which of a row's cells hold no words, by column index. Kept per row: a
 * typed character makes one new row, and the editor asks of every row on
 * every character (20 rows are 160 cells).
 *
 * @param row A row.
 */
export function emptyCells( row: RouteRow ): readonly boolean[] {
	let empty = emptiness.get( row );
	if ( ! empty ) {
		empty = row.cells.map( ( cell: Cell ) => isEmptyCell( cell.content ) );
		emptiness.set( row, empty );
	}
	return empty;
}

/**
 * Whether a row's cell holds no words ('' where the row is shorter than
 * the columns).
 *
 * @param row   A row.
 * @param index Column index.
 */
export function isEmptyAt( row: RouteRow, index: number ): boolean {
	return emptyCells( row )[ index ] ?? true;
}

/**
 * Whether a row has words in any cell, hidden columns included: rows
 * without a word are not saved, every other row is.
 *
 * @param row A row.
 */
export function hasWords( row: RouteRow ): boolean {
	return emptyCells( row ).includes( false );
}

/**
 * A column heading's attributes: its kind (which the block reads back) and a
 * class for the theme's and our styles. A hidden column's cells stay in the
 * table with the `hidden` attribute, so their words are kept.
 *
 * @param column The column.
 */
export function headingCellProps( column: Column ) {
	return {
		scope: 'col',
		className: column.key ? `${ C }__col-${ column.key }` : undefined,
		'data-column': column.key,
		hidden: column.hidden || undefined,
	};
}

/**
 * A body cell's tag and attributes: the route is its row's heading, the rest
 * are data cells; each carries its column's name, which narrow containers
 * show as the card label.
 *
 * @param column The cell's column.
 */
export function bodyCellProps( column: Column ) {
	const isRoute = column.key === 'route';
	return {
		tagName: isRoute ? ( 'th' as const ) : ( 'td' as const ),
		scope: isRoute ? 'row' : undefined,
		'data-label': plainText( column.label ),
		hidden: column.hidden || undefined,
	};
}
