/**
 * A real table: a visible caption with the "as of" date, column headings
 * with scope="col", route cells as row headings, and on every cell its
 * column's name, which narrow containers show as card labels.
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';

import {
	BodyCell,
	HeaderCell,
	hasContent,
	visibleColumns,
} from './table-parts';
import type { AdministrationRoutesAttributes } from './types';
import { headingOf } from './vocabulary';

const C = 'wp-block-william-health-administration-routes';

export default function save( {
	attributes,
}: {
	attributes: AdministrationRoutesAttributes;
} ) {
	const { caption, asOfText, columns, rows, sortable } = attributes;
	const shown = visibleColumns( columns );
	const body = rows.filter( ( row ) => hasContent( row, shown ) );
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
						value={ caption }
					/>
					{ asOfText && ' ' }
					{ asOfText && (
						<span className={ `${ C }__as-of` }>{ asOfText }</span>
					) }
				</caption>
				<thead>
					<tr>
						{ shown.map( ( column ) => (
							<HeaderCell key={ column.key } column={ column }>
								<RichText.Content
									value={ headingOf( column ) }
								/>
							</HeaderCell>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ body.map( ( row, index ) => (
						<tr key={ index }>
							{ shown.map( ( column ) => (
								<BodyCell key={ column.key } column={ column }>
									<RichText.Content
										value={ row[ column.key ] ?? '' }
									/>
								</BodyCell>
							) ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</figure>
	);
}
