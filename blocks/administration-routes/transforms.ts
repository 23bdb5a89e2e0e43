/**
 * From a core table, whole or not at all: its header row (or, without one,
 * its first row) names the columns; a heading that matches one of our typed
 * columns takes that column, every other column keeps its heading as an
 * author-named column, all in the original order, every row kept (footer
 * rows after the body). Tables with merged cells, ragged rows, several
 * header rows or more than MAX_COLUMNS columns are not offered the
 * transform, because they cannot be kept whole.
 *
 * To a core table: every visible column, and every hidden one that holds
 * words (a core table cannot hide a column; dropping it would lose them).
 */
import { createBlock, type BlockBlockTransform } from '@wordpress/blocks';

import { blockTransform, text, type Attributes } from '../shared/transforms';
import { withCodesFromWords } from './codes';
import { cellAt, hasWords, isEmptyCell, plainText } from './table-parts';
import type { Column, ColumnKey, RouteRow } from './types';
import { COLUMN_KEYS, defaultHeading, isColumnKey } from './vocabulary';

const NAME = 'william-health/administration-routes';

/** Wider tables cannot be read as a table or as cards. */
export const MAX_COLUMNS = 12;

type CoreCell = {
	content: string;
	tag: string;
	colspan?: string;
	rowspan?: string;
};
type CoreRow = { cells: CoreCell[] };

const normalize = ( value: string ) =>
	plainText( value )
		.toLocaleLowerCase()
		.replace( /[^\p{L}\p{N}]/gu, '' );

/**
 * A core table section's rows, typed.
 *
 * @param section head, body or foot as the core table holds it.
 */
function coreRows( section: unknown ): CoreRow[] {
	if ( ! Array.isArray( section ) ) {
		return [];
	}
	return section.map( ( row: unknown ) => {
		const cells: unknown =
			typeof row === 'object' && row !== null && 'cells' in row
				? row.cells
				: [];
		return {
			cells: ( Array.isArray( cells ) ? cells : [] ).map(
				( cell: unknown ) => {
					const fields: Record< string, unknown > =
						typeof cell === 'object' && cell !== null
							? Object.fromEntries( Object.entries( cell ) )
							: {};
					return {
						content: text( fields.content ),
						tag: text( fields.tag ) || 'td',
						colspan: fields.colspan
							? text( fields.colspan )
							: undefined,
						rowspan: fields.rowspan
							? text( fields.rowspan )
							: undefined,
					};
				}
			),
		};
	} );
}

/**
 * A core table's headings and data rows, or null when it cannot be kept whole.
 *
 * @param attributes The core table's attributes.
 */
function readCoreTable(
	attributes: Attributes
): { headings: string[]; rows: string[][] } | null {
	const head = coreRows( attributes.head );
	const body = coreRows( attributes.body );
	const foot = coreRows( attributes.foot );
	const headingRow = head[ 0 ] ?? body[ 0 ];
	const dataRows = [ ...( head.length ? body : body.slice( 1 ) ), ...foot ];
	if ( ! headingRow || head.length > 1 ) {
		return null;
	}
	const width = headingRow.cells.length;
	const merged = ( cell: CoreCell ) =>
		Number( cell.colspan ?? 1 ) > 1 || Number( cell.rowspan ?? 1 ) > 1;
	if (
		width < 1 ||
		width > MAX_COLUMNS ||
		[ headingRow, ...dataRows ].some(
			( row ) => row.cells.length !== width || row.cells.some( merged )
		)
	) {
		return null;
	}
	return {
		headings: headingRow.cells.map( ( cell ) => cell.content ),
		rows: dataRows.map( ( row ) =>
			row.cells.map( ( cell ) => cell.content )
		),
	};
}

/**
 * The typed column each heading names, by its words (the default heading in
 * the editor's language, or the column's key); each typed column once, the
 * first match wins; undefined for the author's own columns.
 *
 * @param headings Heading HTML, left to right.
 */
export function matchColumns(
	headings: string[]
): Array< ColumnKey | undefined > {
	const used = new Set< ColumnKey >();
	return headings.map( ( heading ) => {
		const wanted = normalize( heading );
		const match = COLUMN_KEYS.find(
			( key ) =>
				! used.has( key ) &&
				wanted !== '' &&
				( normalize( defaultHeading( key ) ) === wanted ||
					key === wanted )
		);
		if ( match ) {
			used.add( match );
		}
		return match;
	} );
}

function isWhole( attributes: Attributes | Attributes[] ): boolean {
	return (
		! Array.isArray( attributes ) && readCoreTable( attributes ) !== null
	);
}

function fromCoreTable( attributes: Attributes ) {
	const table = readCoreTable( attributes ) ?? { headings: [], rows: [] };
	const keys = matchColumns( table.headings );
	const columns: Column[] = table.headings.map( ( label, index ) => {
		const key = keys[ index ];
		return key ? { key, label, hidden: false } : { label, hidden: false };
	} );
	const rows: RouteRow[] = table.rows.map( ( cells ) =>
		withCodesFromWords(
			{ cells: cells.map( ( content ) => ( { content } ) ) },
			columns
		)
	);
	return createBlock( NAME, {
		caption: text( attributes.caption ),
		columns,
		rows,
	} );
}

/**
 * A route table's columns, as typed attributes.
 *
 * @param value The columns attribute.
 */
function readColumns( value: unknown ): Column[] {
	return ( Array.isArray( value ) ? value : [] ).map( ( column: unknown ) => {
		const fields: Record< string, unknown > =
			typeof column === 'object' && column !== null
				? Object.fromEntries( Object.entries( column ) )
				: {};
		const key = isColumnKey( fields.key ) ? fields.key : undefined;
		return {
			...( key ? { key } : {} ),
			label: text( fields.label ) || ( key ? defaultHeading( key ) : '' ),
			hidden: fields.hidden === true,
		};
	} );
}

/**
 * A route table's rows, as typed attributes (codes do not go to core).
 *
 * @param value The rows attribute.
 */
function readRows( value: unknown ): RouteRow[] {
	return ( Array.isArray( value ) ? value : [] ).map( ( row: unknown ) => {
		const cells: unknown =
			typeof row === 'object' && row !== null && 'cells' in row
				? row.cells
				: [];
		return {
			cells: ( Array.isArray( cells ) ? cells : [] ).map(
				( cell: unknown ) => ( {
					content: text(
						typeof cell === 'object' &&
							cell !== null &&
							'content' in cell
							? cell.content
							: ''
					),
				} )
			),
		};
	} );
}

function toCoreTable( attributes: Attributes ) {
	const columns = readColumns( attributes.columns );
	const rows = readRows( attributes.rows ).filter( hasWords );
	const kept = columns
		.map( ( column, index ) => ( { column, index } ) )
		.filter(
			( { column, index } ) =>
				! column.hidden ||
				rows.some( ( row ) => ! isEmptyCell( cellAt( row, index ) ) )
		);
	const cell = ( content: string, tag: 'th' | 'td', scope?: string ) => ( {
		content,
		tag,
		...( scope ? { scope } : {} ),
	} );
	return createBlock( 'core/table', {
		caption: [ text( attributes.caption ), text( attributes.asOfText ) ]
			.filter( Boolean )
			.join( ' ' ),
		head: [
			{
				cells: kept.map( ( { column } ) =>
					cell( column.label, 'th', 'col' )
				),
			},
		],
		body: rows.map( ( row ) => ( {
			cells: kept.map( ( { column, index } ) =>
				column.key === 'route'
					? cell( cellAt( row, index ), 'th', 'row' )
					: cell( cellAt( row, index ), 'td' )
			),
		} ) ),
	} );
}

const fromTable: BlockBlockTransform = {
	...blockTransform( [ 'core/table' ], fromCoreTable ),
	isMatch: isWhole,
};

const transforms = {
	from: [ fromTable ],
	to: [ blockTransform( [ 'core/table' ], toCoreTable ) ],
};

export default transforms;
