/**
 * One column heading of the route table in the editor. Memoised, like the
 * body's cells: a character typed anywhere in the table renders the field
 * it goes into, not every heading.
 */
import { RichText } from '@wordpress/block-editor';
import { memo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { columnName } from './inspector';
import { headingCellProps } from './table-parts';
import type { Column } from './types';
import { defaultHeading } from './vocabulary';

type HeadingCellProps = {
	column: Column;
	index: number;
	/** Stable across renders, so unchanged headings are not rendered again. */
	onHeadingChange: ( index: number, value: string ) => void;
};

function HeadingCell( { column, index, onHeadingChange }: HeadingCellProps ) {
	return (
		<RichText
			tagName="th"
			identifier={ `heading-${ index }` }
			{ ...headingCellProps( column ) }
			aria-label={ sprintf(
				/* translators: %s: the column's default heading, or its number. */
				__( 'Column heading: %s', 'william-health-blocks' ),
				column.key
					? defaultHeading( column.key )
					: columnName( column, index )
			) }
			value={ column.label }
			placeholder={
				column.key
					? defaultHeading( column.key )
					: __( 'Column heading', 'william-health-blocks' )
			}
			allowedFormats={ [] }
			onChange={ ( value ) => onHeadingChange( index, value ) }
		/>
	);
}

export default memo( HeadingCell );
