/**
 * From a core table: its header row (or, without one, its first row) names
 * the columns; headings that match ours by text take that column, the rest
 * take the unused columns in order, keeping their own heading. To a core
 * table: the visible columns, headings first.
 */
import { createBlock } from '@wordpress/blocks';

import { blockTransform, text } from '../shared/transforms';
import { hasContent, plainText, visibleColumns } from './table-parts';
import type {
	AdministrationRoutesAttributes,
	Column,
	ColumnKey,
	RouteRow,
} from './types';
import { COLUMN_KEYS, defaultHeading } from './vocabulary';

const NAME = 'william-health/administration-routes';

type CoreCell = { content?: unknown; tag?: string };
type CoreRow = { cells?: CoreCell[] };

const normalize = ( value: string ) =>
	plainText( value )
		.toLowerCase()
		.replace( /[^a-z]/g, '' );

/**
 * Column keys for a row of headings.
 *
 * @param headings Heading HTML, left to right.
 */
export function matchColumns( headings: string[] ): ColumnKey[] {
	const used = new Set< ColumnKey >();
	const keys = headings.map( ( heading ) => {
		const wanted = normalize( heading );
		const match = COLUMN_KEYS.find(
			( key ) =>
				! used.has( key ) &&
				( normalize( defaultHeading( key ) ) === wanted ||
					key === wanted )
		);
		if ( match ) {
			used.add( match );
		}
		return match;
	} );
	return keys.map( ( key ) => {
		if ( key ) {
			return key;
		}
		const free = COLUMN_KEYS.find(
			( candidate ) => ! used.has( candidate )
		) as ColumnKey;
		used.add( free );
		return free;
	} );
}

function fromCoreTable( attributes: Record< string, unknown > ) {
	const head = ( attributes.head as CoreRow[] | undefined ) ?? [];
	const body = ( attributes.body as CoreRow[] | undefined ) ?? [];
	const headingRow = head[ 0 ] ?? body[ 0 ];
	const dataRows = head.length ? body : body.slice( 1 );
	const headings = ( headingRow?.cells ?? [] )
		.slice( 0, COLUMN_KEYS.length )
		.map( ( cell ) => text( cell.content ) );
	const keys = matchColumns( headings );
	const columns: Column[] = COLUMN_KEYS.map( ( key ) => {
		const at = keys.indexOf( key );
		return {
			key,
			label: at >= 0 ? headings[ at ] : defaultHeading( key ),
			visible: at >= 0,
		};
	} );
	const rows: RouteRow[] = dataRows.map( ( row ) =>
		Object.fromEntries(
			keys.map( ( key, at ) => [
				key,
				text( row.cells?.[ at ]?.content ),
			] )
		)
	);
	return createBlock( NAME, {
		caption: text( attributes.caption ),
		columns,
		rows,
	} );
}

function toCoreTable( attributes: Record< string, unknown > ) {
	const { caption, asOfText, columns, rows } =
		attributes as AdministrationRoutesAttributes;
	const shown = visibleColumns( columns );
	const cell = ( content: string, tag: 'th' | 'td', scope?: string ) => ( {
		content,
		tag,
		...( scope ? { scope } : {} ),
	} );
	return createBlock( 'core/table', {
		caption: [ text( caption ), asOfText ].filter( Boolean ).join( ' ' ),
		head: [
			{
				cells: shown.map( ( column ) =>
					cell(
						column.label || defaultHeading( column.key ),
						'th',
						'col'
					)
				),
			},
		],
		body: rows
			.filter( ( row ) => hasContent( row, shown ) )
			.map( ( row ) => ( {
				cells: shown.map( ( column ) =>
					cell( row[ column.key ] ?? '', 'td' )
				),
			} ) ),
	} );
}

const transforms = {
	from: [ blockTransform( [ 'core/table' ], fromCoreTable ) ],
	to: [ blockTransform( [ 'core/table' ], toCoreTable ) ],
};

export default transforms;
