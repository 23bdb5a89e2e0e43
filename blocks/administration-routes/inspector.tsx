/**
 * Sidebar settings: which columns readers see (and columns of the author's
 * own), the typed codes of the current row, the "as of" date and sorting.
 */
import { InspectorControls } from '@wordpress/block-editor';
import { getBlockDefaultClassName } from '@wordpress/blocks';
import {
	Button,
	PanelBody,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { memo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { asOfLine } from '../shared/as-of';
import type { CodeField } from './codes';
import { cardsNote, codeHelp } from './hints';
import { cellAt, isEmptyAt, plainText } from './table-parts';
import type { AdministrationRoutesAttributes, Column } from './types';
import { getRouteOptions, getStatusOptions } from './vocabulary';
import metadata from './block.json';

const C = getBlockDefaultClassName( metadata.name );

type InspectorProps = {
	attributes: AdministrationRoutesAttributes;
	setAttributes: (
		attributes: Partial< AdministrationRoutesAttributes >
	) => void;
	/** Index of the row the row panel and the toolbar act on. */
	current: number;
	onChooseCode: ( field: CodeField, code: string ) => void;
	onAddColumn: () => void;
	onRemoveColumn: ( index: number ) => void;
};

/**
 * A column's name in the sidebar.
 *
 * @param column The column.
 * @param index  Its position.
 */
export function columnName( column: Column, index: number ): string {
	return (
		plainText( column.label ) ||
		sprintf(
			/* translators: %d: column number. */
			__( 'Column %d (no heading yet)', 'william-health-blocks' ),
			index + 1
		)
	);
}

function Inspector( {
	attributes,
	setAttributes,
	current,
	onChooseCode,
	onAddColumn,
	onRemoveColumn,
}: InspectorProps ) {
	const { align, asOf, columns, rows, sortable } = attributes;
	const row = rows[ current ] ?? { cells: [] };
	const hasColumn = ( field: CodeField ) =>
		columns.some( ( column ) => column.key === field );
	const layout = cardsNote(
		columns.filter( ( column ) => ! column.hidden ).length,
		align
	);

	return (
		<InspectorControls>
			<PanelBody title={ __( 'Columns', 'william-health-blocks' ) }>
				{ columns.map( ( column, index ) => {
					const isEmpty = rows.every( ( item ) =>
						isEmptyAt( item, index )
					);
					return (
						<div
							key={ index }
							className={ `${ C }__column-setting` }
						>
							<ToggleControl
								label={ columnName( column, index ) }
								checked={ ! column.hidden }
								onChange={ ( visible ) =>
									setAttributes( {
										columns: columns.map( ( item, at ) =>
											at === index
												? { ...item, hidden: ! visible }
												: item
										),
									} )
								}
							/>
							{ ! column.key && isEmpty && (
								<Button
									variant="link"
									isDestructive
									onClick={ () => onRemoveColumn( index ) }
								>
									{ sprintf(
										/* translators: %s: column heading. */
										__(
											'Remove “%s”',
											'william-health-blocks'
										),
										columnName( column, index )
									) }
								</Button>
							) }
						</div>
					);
				} ) }
				<p className="components-base-control__help">
					{ __(
						'Hidden columns keep their words in the saved table; readers do not see them.',
						'william-health-blocks'
					) }
				</p>
				{ layout && (
					<p className="components-base-control__help">{ layout }</p>
				) }
				<Button variant="secondary" onClick={ onAddColumn }>
					{ __(
						'Add a column of your own',
						'william-health-blocks'
					) }
				</Button>
			</PanelBody>
			<PanelBody
				title={ sprintf(
					/* translators: %d: row number. */
					__( 'Row %d', 'william-health-blocks' ),
					current + 1
				) }
			>
				{ hasColumn( 'route' ) && (
					<SelectControl
						__next40pxDefaultSize
						label={ __( 'Route kind', 'william-health-blocks' ) }
						help={ codeHelp( row, columns, 'route' ) }
						value={ row.routeCode ?? '' }
						options={ [
							{
								value: '',
								label: __(
									'Not a listed route',
									'william-health-blocks'
								),
							},
							...getRouteOptions().map(
								( { value, label } ) => ( {
									value,
									label,
								} )
							),
						] }
						onChange={ ( value: string ) =>
							onChooseCode( 'route', value )
						}
					/>
				) }
				{ hasColumn( 'status' ) && (
					<SelectControl
						__next40pxDefaultSize
						label={ __(
							'Regulatory status',
							'william-health-blocks'
						) }
						help={ codeHelp( row, columns, 'status' ) }
						value={ row.statusCode ?? '' }
						options={ [
							{
								value: '',
								label: __(
									'Not stated',
									'william-health-blocks'
								),
							},
							...getStatusOptions().map(
								( { value, label } ) => ( {
									value,
									label,
								} )
							),
						] }
						onChange={ ( value: string ) =>
							onChooseCode( 'status', value )
						}
					/>
				) }
				{ ! hasColumn( 'route' ) && ! hasColumn( 'status' ) && (
					<p>
						{ __(
							'This table has no route or status column.',
							'william-health-blocks'
						) }
					</p>
				) }
			</PanelBody>
			<PanelBody title={ __( 'Readers', 'william-health-blocks' ) }>
				<TextControl
					__next40pxDefaultSize
					type="date"
					label={ __( 'Facts as of', 'william-health-blocks' ) }
					help={ __(
						'Shown in the caption, so readers know when this was true.',
						'william-health-blocks'
					) }
					value={ asOf }
					onChange={ ( value ) =>
						setAttributes( {
							asOf: value,
							asOfText: asOfLine(
								value,
								/* translators: %s: the date the table's facts were checked. */
								__( 'Facts as of %s', 'william-health-blocks' )
							),
						} )
					}
				/>
				<ToggleControl
					label={ __(
						'Let readers sort by a column',
						'william-health-blocks'
					) }
					help={ __(
						'Adds a small script to pages with this table; without it the table is complete.',
						'william-health-blocks'
					) }
					checked={ sortable }
					onChange={ ( value ) =>
						setAttributes( { sortable: value } )
					}
				/>
			</PanelBody>
		</InspectorControls>
	);
}

/**
 * What the sidebar shows of a table: the columns, whether each is empty,
 * and the current row's codes and the words of its route and status cells.
 *
 * @param props The sidebar's props.
 */
function shownBySidebar( props: InspectorProps ): unknown[] {
	const { attributes, current } = props;
	const { align, asOf, columns, rows, sortable } = attributes;
	const row = rows[ current ];
	return [
		align,
		asOf,
		columns,
		sortable,
		current,
		props.setAttributes,
		props.onChooseCode,
		props.onAddColumn,
		props.onRemoveColumn,
		columns
			.map( ( _column, index ) =>
				rows.every( ( item ) => isEmptyAt( item, index ) )
			)
			.join(),
		row?.routeCode,
		row?.statusCode,
		...columns.map( ( column, index ) =>
			column.key === 'route' || column.key === 'status'
				? cellAt( row ?? { cells: [] }, index )
				: ''
		),
	];
}

// Typing in a cell the sidebar does not show (most of them) leaves it as
// it is: its controls are costly to render again on every character.
export default memo( Inspector, ( previous, next ) => {
	const before = shownBySidebar( previous );
	const after = shownBySidebar( next );
	return before.every( ( value, index ) =>
		Object.is( value, after[ index ] )
	);
} );
