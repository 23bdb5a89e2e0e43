/**
 * What save and edit share: which columns show, which rows count, and the
 * markup of the cells.
 */
import type { ReactNode } from 'react';

import type { Column, RouteRow } from './types';
import { COLUMN_KEYS, headingOf } from './vocabulary';

const C = 'wp-block-william-health-administration-routes';

/**
 * Columns readers see: visible and of a known kind. A column of an unknown
 * kind (from a newer version, or edited markup) keeps its data but is not shown.
 *
 * @param columns The block's columns.
 */
export function visibleColumns( columns: Column[] ): Column[] {
	return columns.filter(
		( column ) => column.visible && COLUMN_KEYS.includes( column.key )
	);
}

/**
 * Whether a row has any text in a visible column; empty rows are not saved.
 *
 * @param row     A row.
 * @param columns The visible columns.
 */
export function hasContent( row: RouteRow, columns: Column[] ): boolean {
	return columns.some(
		( column ) =>
			( row[ column.key ] ?? '' ).replace( /<[^>]*>|&nbsp;|\s/g, '' ) !==
			''
	);
}

/**
 * A heading as plain text, for the card labels (an HTML attribute).
 *
 * @param html Heading HTML.
 */
export function plainText( html: string ): string {
	return html
		.replace( /<[^>]*>/g, '' )
		.replace( /&nbsp;/g, ' ' )
		.replace( /&amp;/g, '&' )
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&quot;/g, '"' )
		.replace( /&#0?39;/g, "'" )
		.trim();
}

/**
 * A column heading, classed by its column for the theme's and our styles.
 *
 * @param props          Cell props.
 * @param props.column   The cell's column.
 * @param props.children The heading (RichText in the editor, its content when saved).
 */
export function HeaderCell( {
	column,
	children,
}: {
	column: Column;
	children: ReactNode;
} ) {
	return (
		<th scope="col" className={ `${ C }__col-${ column.key }` }>
			{ children }
		</th>
	);
}

/**
 * A body cell: the route is its row's heading, the rest are data cells. Each
 * carries its column's name, which narrow containers show as the card label.
 *
 * @param props          Cell props.
 * @param props.column   The cell's column.
 * @param props.children The cell's text (RichText in the editor, its content when saved).
 */
export function BodyCell( {
	column,
	children,
}: {
	column: Column;
	children: ReactNode;
} ) {
	const isRoute = column.key === 'route';
	const Tag = isRoute ? 'th' : 'td';
	return (
		<Tag
			scope={ isRoute ? 'row' : undefined }
			data-label={ plainText( headingOf( column ) ) }
		>
			{ children }
		</Tag>
	);
}
