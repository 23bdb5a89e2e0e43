/**
 * A real table, and the block's only copy of its content (block.json reads
 * it back): a visible caption with the "as of" date, column headings with
 * scope="col" and their kind, route cells as row headings, the typed codes
 * on each row, and on every cell its column's name, which narrow containers
 * show as card labels. Hidden columns keep their cells, marked `hidden`.
 * Empty cells carry the words readers hear instead ("Not stated").
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import { RichText, useBlockProps } from '@wordpress/block-editor';

import SavedCell from './saved-cell';
import {
	bodyCellProps,
	cellAt,
	hasWords,
	headingCellProps,
	isEmptyAt,
} from './table-parts';
import type { AdministrationRoutesAttributes } from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

export default function save( {
	attributes,
}: {
	attributes: AdministrationRoutesAttributes;
} ) {
	const { caption, asOf, asOfText, columns, rows, notStated, sortable } =
		attributes;
	// Once per column, not per cell: the editor runs this save on every
	// typed character (to look for footnotes).
	const cellProps = columns.map( bodyCellProps );
	return (
		<figure
			{ ...useBlockProps.save( {
				className: sortable ? 'is-sortable' : undefined,
			} ) }
		>
			<table className={ `${ C }__table` }>
				<caption>
					<RichText.Content
						tagName="span"
						className={ `${ C }__caption-text` }
						value={ richTextHTML( caption ) }
					/>
					{ asOfText && ' ' }
					{ asOfText && (
						<time
							className={ `${ C }__as-of` }
							dateTime={ asOf || undefined }
						>
							{ asOfText }
						</time>
					) }
				</caption>
				<thead>
					<tr>
						{ columns.map( ( column, index ) => (
							<RichText.Content
								key={ index }
								tagName="th"
								{ ...headingCellProps( column ) }
								value={ column.label }
							/>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ rows.filter( hasWords ).map( ( row, rowIndex ) => (
						<tr
							key={ rowIndex }
							data-route={ row.routeCode }
							data-status={ row.statusCode }
						>
							{ cellProps.map( ( props, index ) => {
								const empty = isEmptyAt( row, index );
								return (
									<SavedCell
										key={ index }
										{ ...props }
										data-empty={
											empty && notStated
												? notStated
												: undefined
										}
										value={
											empty ? '' : cellAt( row, index )
										}
									/>
								);
							} ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</figure>
	);
}
