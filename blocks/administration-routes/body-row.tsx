/**
 * One row of the route table in the editor: a cell per shown column, each
 * its own field. Memoised: typing in one cell re-renders its row only, not
 * every cell of a long table (20 rows are 140 fields).
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
			{ shown.map( ( { column, index } ) => {
				const heading =
					plainText( column.label ) || columnName( column, index );
				return (
					<RichText
						key={ index }
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
						value={ cellAt( row, index ) }
						onChange={ ( value ) =>
							onCellChange( rowIndex, index, value )
						}
						onFocus={ () => onCellFocus( rowIndex ) }
					/>
				);
			} ) }
		</tr>
	);
}

export default memo( BodyRow );
