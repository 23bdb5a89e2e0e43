/**
 * What the route-table patterns share: the eight typed columns, headed as a
 * new table heads them, and the words of an empty cell.
 */
import type { Cell, Column } from '../blocks/administration-routes/types';
import {
	COLUMN_KEYS,
	defaultHeading,
} from '../blocks/administration-routes/vocabulary';
import { t } from './marks';

/**
 * Every typed column, in the block's order, with its translated heading.
 * The block's own headings are the msgids (the generator runs with no
 * translations loaded, so `__()` gives the English source text).
 *
 * @param hidden Keys of the columns readers do not see.
 */
export function routeColumns( hidden: Column[ 'key' ][] ): Column[] {
	return COLUMN_KEYS.map( ( key ) => ( {
		key,
		label: t( defaultHeading( key ) ),
		hidden: hidden.includes( key ),
	} ) );
}

/** What an empty cell says to readers. */
export const notStated = (): string => t( 'Not stated' );

/**
 * A row's cells from their words, in column order ('' for an empty cell; a
 * row may stop before the last column).
 *
 * @param words Cell text, marked.
 */
export const cells = ( words: string[] ): Cell[] =>
	words.map( ( content ) => ( { content } ) );
