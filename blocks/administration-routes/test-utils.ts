/**
 * What the route table's unit tests share: the block registered as the
 * editor registers it, and tables built from column keys and cell words.
 */
import {
	getBlockType,
	parse,
	registerBlockType,
	serialize,
	type Block,
} from '@wordpress/blocks';

import metadata from './block.json';
import deprecated from './deprecated';
import save from './save';
import transforms from './transforms';
import type { Column, ColumnKey, RouteRow } from './types';
import { COLUMN_KEYS, defaultHeading } from './vocabulary';
import { registerCoreTestBlocks } from '../shared/test-utils';

export const NAME = 'william-health/administration-routes';

/** Registers core stand-ins, a core table and the route table, once. */
export function registerRouteTable(): void {
	registerCoreTestBlocks();
	if ( ! getBlockType( 'core/table' ) ) {
		registerBlockType( 'core/table', {
			apiVersion: 3,
			title: 'Table',
			category: 'text',
			attributes: {
				caption: { type: 'string' },
				head: { type: 'array', default: [] },
				body: { type: 'array', default: [] },
				foot: { type: 'array', default: [] },
			},
			save: () => null,
		} as never );
	}
	if ( ! getBlockType( NAME ) ) {
		registerBlockType( JSON.parse( JSON.stringify( metadata ) ) as never, {
			edit: () => null,
			save,
			transforms,
			deprecated,
		} );
	}
}

/**
 * Typed columns with their default headings.
 *
 * @param hidden Keys of hidden columns.
 * @param keys   Keys, in order (all eight by default).
 */
export function typedColumns(
	hidden: ColumnKey[] = [],
	keys: ColumnKey[] = COLUMN_KEYS
): Column[] {
	return keys.map( ( key ) => ( {
		key,
		label: defaultHeading( key ),
		hidden: hidden.includes( key ),
	} ) );
}

/**
 * A row from its cells' words.
 *
 * @param words Cell HTML, in column order.
 * @param codes Typed codes.
 */
export function row(
	words: string[],
	codes: Partial< Pick< RouteRow, 'routeCode' | 'statusCode' > > = {}
): RouteRow {
	return { ...codes, cells: words.map( ( content ) => ( { content } ) ) };
}

/**
 * Saves a block and parses the result back, as a reload of the post does.
 *
 * @param block A block.
 */
export function reload( block: Block ): Block {
	const [ parsed ] = parse( serialize( block ) );
	if ( ! parsed ) {
		throw new Error( 'Nothing parsed' );
	}
	return parsed;
}

const list = ( value: unknown ): unknown[] =>
	Array.isArray( value ) ? value : [];

const field = ( value: unknown, name: string ): unknown =>
	typeof value === 'object' && value !== null && name in value
		? Object.fromEntries( Object.entries( value ) )[ name ]
		: undefined;

/**
 * Every cell's words in a table's attributes (parsed or not), row by row,
 * empty cells left out.
 *
 * @param attributes A route table's attributes.
 */
export function cellWords( attributes: Record< string, unknown > ): string[] {
	return list( attributes.rows )
		.flatMap( ( item ) => list( field( item, 'cells' ) ) )
		.map( ( cell ) => String( field( cell, 'content' ) ?? '' ) )
		.filter( ( words ) => words.trim() !== '' );
}

/**
 * The column headings in a table's attributes.
 *
 * @param attributes A route table's attributes.
 */
export function headings( attributes: Record< string, unknown > ): string[] {
	return list( attributes.columns ).map( ( column ) =>
		String( field( column, 'label' ) ?? '' )
	);
}
