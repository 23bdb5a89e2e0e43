/**
 * One row of the route table in the editor: a cell per shown column, each
 * its own field. Memoised, row and cell: typing in one cell renders that
 * cell only, not every field of a long table (20 rows are 140 fields).
 */
import { RichText } from '@wordpress/block-editor';
import { memo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { columnName } from './inspector';
import { bodyCellProps, cellAt, plainText } from './table-parts';
import type { Column, RouteRow } from './types';

export type ShownColumn = { column: Column; index: number };

type BodyRowProps = {
	row: RouteRow;
	rowIndex: number;
	/** The columns readers see, with their index among all columns. */
	shown: ShownColumn[];
	isActive: boolean;
	/** Stable across renders, so unchanged rows are not rendered again. */
	onCellChange: ( rowIndex: number, index: number, value: string ) => void;
	onCellFocus: ( rowIndex: number ) => void;
};

type BodyCellProps = {
	column: Column;
	index: number;
	rowIndex: number;
	value: string;
	onCellChange: BodyRowProps[ 'onCellChange' ];
	onCellFocus: BodyRowProps[ 'onCellFocus' ];
};

/**
 * One cell's field. Memoised too: a typed character renders the cell it
 * goes into, not the other fields of its row.
 *
 * @param props              The cell, its place and the row's stable handlers.
 * @param props.column
 * @param props.index
 * @param props.rowIndex
 * @param props.value
 * @param props.onCellChange
 * @param props.onCellFocus
 */
function BodyCell( {
	column,
	index,
	rowIndex,
	value,
	onCellChange,
	onCellFocus,
}: BodyCellProps ) {
	const heading = plainText( column.label ) || columnName( column, index );
	return (
		<RichText
			identifier={ `cell-${ rowIndex }-${ index }` }
			{ ...bodyCellProps( column ) }
			aria-label={ sprintf(
				/* translators: 1: column heading, 2: row number. */
				__( '%1$s, row %2$d', 'william-health-blocks' ),
				heading,
				rowIndex + 1
			) }
			placeholder={ sprintf(
				/* translators: %s: column heading. */
				__( '%s…', 'william-health-blocks' ),
				heading
			) }
			value={ value }
			onChange={ ( typed ) => onCellChange( rowIndex, index, typed ) }
			onFocus={ () => onCellFocus( rowIndex ) }
		/>
	);
}

const MemoBodyCell = memo( BodyCell );

function BodyRow( {
	row,
	rowIndex,
	shown,
	isActive,
	onCellChange,
	onCellFocus,
}: BodyRowProps ) {
	return (
		<tr className={ isActive ? 'is-active-row' : undefined }>
			{ shown.map( ( { column, index } ) => (
				<MemoBodyCell
					key={ index }
					column={ column }
					index={ index }
					rowIndex={ rowIndex }
					value={ cellAt( row, index ) }
					onCellChange={ onCellChange }
					onCellFocus={ onCellFocus }
				/>
			) ) }
		</tr>
	);
}

export default memo( BodyRow );
