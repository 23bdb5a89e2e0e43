/**
 * The route table in the editor: the page's table, every cell and heading
 * typed in place; rows added, removed and moved from the block toolbar
 * (reachable by keyboard with Alt+F10); columns, sorting and the typed
 * fields of the current row in the sidebar.
 */
import {
	BlockControls,
	InspectorControls,
	RichText,
	useBlockProps,
} from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import type { KeyboardEvent } from 'react';
import {
	PanelBody,
	SelectControl,
	TextControl,
	ToggleControl,
	ToolbarButton,
	ToolbarGroup,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { arrowDown, arrowUp, plus, trash } from '@wordpress/icons';

import { asOfLine } from '../shared/as-of';
import { useMarkNextChangeAsNotPersistent } from '../shared/editor-store';
import { BodyCell, HeaderCell, plainText, visibleColumns } from './table-parts';
import type {
	AdministrationRoutesAttributes,
	ColumnKey,
	RegulatoryStatus,
	RouteCode,
	RouteRow,
} from './types';
import {
	defaultHeading,
	getRouteOptions,
	getStatusOptions,
	headingOf,
} from './vocabulary';

const C = 'wp-block-william-health-administration-routes';

/**
 * Tab and Shift+Tab move between the table's editable cells, as in a
 * spreadsheet; from the last cell (or before the first) focus leaves the
 * table as usual.
 *
 * @param event Key event from inside the table.
 */
function moveBetweenCells( event: KeyboardEvent< HTMLElement > ) {
	if (
		event.key !== 'Tab' ||
		event.altKey ||
		event.ctrlKey ||
		event.metaKey
	) {
		return;
	}
	const cells = Array.from(
		event.currentTarget.querySelectorAll< HTMLElement >(
			'table [contenteditable="true"]'
		)
	);
	const next =
		cells[
			cells.indexOf( event.target as HTMLElement ) +
				( event.shiftKey ? -1 : 1 )
		];
	if ( cells.includes( event.target as HTMLElement ) && next ) {
		event.preventDefault();
		next.focus();
	}
}

export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< AdministrationRoutesAttributes > ) {
	const { caption, asOf, asOfText, columns, rows, sortable } = attributes;
	const [ activeRow, setActiveRow ] = useState( 0 );
	const markNotPersistent = useMarkNextChangeAsNotPersistent();
	const shown = visibleColumns( columns );
	const current = Math.min( activeRow, Math.max( rows.length - 1, 0 ) );

	// Headings are saved in the author's language once, so a later change of
	// site language cannot invalidate saved tables; a new table gets a row.
	useEffect( () => {
		const missing = columns.some( ( column ) => ! column.label );
		if ( missing || ! rows.length ) {
			markNotPersistent();
			setAttributes( {
				columns: columns.map( ( column ) => ( {
					...column,
					label: column.label || defaultHeading( column.key ),
				} ) ),
				rows: rows.length ? rows : [ {} ],
			} );
		}
	}, [ columns, rows, markNotPersistent, setAttributes ] );

	const setRows = ( next: RouteRow[] ) => setAttributes( { rows: next } );
	const setCell = ( index: number, key: ColumnKey, value: string ) =>
		setRows(
			rows.map( ( row, at ) =>
				at === index ? { ...row, [ key ]: value } : row
			)
		);
	const setRow = ( index: number, patch: Partial< RouteRow > ) =>
		setRows(
			rows.map( ( row, at ) =>
				at === index ? { ...row, ...patch } : row
			)
		);
	const addRow = () => {
		setRows( [
			...rows.slice( 0, current + 1 ),
			{},
			...rows.slice( current + 1 ),
		] );
		setActiveRow( current + 1 );
	};
	const removeRow = () => {
		setRows( rows.filter( ( _row, at ) => at !== current ) );
		setActiveRow( Math.max( current - 1, 0 ) );
	};
	const moveRow = ( by: -1 | 1 ) => {
		const target = current + by;
		const next = [ ...rows ];
		[ next[ current ], next[ target ] ] = [
			next[ target ],
			next[ current ],
		];
		setRows( next );
		setActiveRow( target );
	};
	const row = rows[ current ] ?? {};

	return (
		<>
			<BlockControls group="block">
				<ToolbarGroup>
					<ToolbarButton
						icon={ plus }
						label={ __( 'Add row after', 'william-health-blocks' ) }
						onClick={ addRow }
					/>
					<ToolbarButton
						icon={ trash }
						label={ __( 'Remove row', 'william-health-blocks' ) }
						onClick={ removeRow }
						disabled={ rows.length < 2 }
					/>
					<ToolbarButton
						icon={ arrowUp }
						label={ __( 'Move row up', 'william-health-blocks' ) }
						onClick={ () => moveRow( -1 ) }
						disabled={ current === 0 }
					/>
					<ToolbarButton
						icon={ arrowDown }
						label={ __( 'Move row down', 'william-health-blocks' ) }
						onClick={ () => moveRow( 1 ) }
						disabled={ current >= rows.length - 1 }
					/>
				</ToolbarGroup>
			</BlockControls>
			<InspectorControls>
				<PanelBody title={ __( 'Columns', 'william-health-blocks' ) }>
					{ columns.map( ( column, index ) => (
						<ToggleControl
							key={ column.key }
							label={ plainText( headingOf( column ) ) }
							checked={ column.visible }
							onChange={ ( visible ) =>
								setAttributes( {
									columns: columns.map( ( item, at ) =>
										at === index
											? { ...item, visible }
											: item
									),
								} )
							}
						/>
					) ) }
				</PanelBody>
				<PanelBody
					title={ sprintf(
						/* translators: %d: row number. */
						__( 'Row %d', 'william-health-blocks' ),
						current + 1
					) }
				>
					<SelectControl
						__next40pxDefaultSize
						label={ __( 'Route', 'william-health-blocks' ) }
						value={ row.routeCode ?? 'other' }
						options={ getRouteOptions() }
						onChange={ ( value ) => {
							const code = value as RouteCode;
							const words = getRouteOptions().find(
								( option ) => option.value === code
							)?.label;
							setRow(
								current,
								code === 'other'
									? { routeCode: code }
									: { routeCode: code, route: words }
							);
						} }
					/>
					<SelectControl
						__next40pxDefaultSize
						label={ __(
							'Regulatory status',
							'william-health-blocks'
						) }
						help={ __(
							'Add who decided it in the cell, e.g. “Approved (FDA, 2019)”.',
							'william-health-blocks'
						) }
						value={ row.statusCode ?? '' }
						options={ getStatusOptions() }
						onChange={ ( value ) => {
							const code = value as RegulatoryStatus;
							const words = getStatusOptions().find(
								( option ) => option.value === code
							)?.label;
							setRow(
								current,
								code
									? { statusCode: code, status: words }
									: { statusCode: code }
							);
						} }
					/>
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
									__(
										'Facts as of %s',
										'william-health-blocks'
									)
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
			<figure
				{ ...useBlockProps( {
					className: sortable ? 'is-sortable' : undefined,
					onKeyDown: moveBetweenCells,
				} ) }
			>
				<table className={ `${ C }__table` }>
					<caption>
						<RichText
							tagName="span"
							identifier="caption"
							className={ `${ C }__caption-text` }
							aria-label={ __(
								'Table caption',
								'william-health-blocks'
							) }
							placeholder={ __(
								'Caption, e.g. How ketamine is given',
								'william-health-blocks'
							) }
							value={ caption }
							onChange={ ( value ) =>
								setAttributes( { caption: value } )
							}
						/>
						{ asOfText && ' ' }
						{ asOfText && (
							<span className={ `${ C }__as-of` }>
								{ asOfText }
							</span>
						) }
					</caption>
					<thead>
						<tr>
							{ shown.map( ( column ) => (
								<HeaderCell
									key={ column.key }
									column={ column }
								>
									<RichText
										tagName="span"
										aria-label={ sprintf(
											/* translators: %s: default column heading. */
											__(
												'Column heading: %s',
												'william-health-blocks'
											),
											defaultHeading( column.key )
										) }
										value={ column.label }
										placeholder={ defaultHeading(
											column.key
										) }
										allowedFormats={ [] }
										onChange={ ( value ) =>
											setAttributes( {
												columns: columns.map(
													( item ) =>
														item.key === column.key
															? {
																	...item,
																	label: value,
																}
															: item
												),
											} )
										}
									/>
								</HeaderCell>
							) ) }
						</tr>
					</thead>
					<tbody>
						{ rows.map( ( item, index ) => (
							<tr
								key={ index }
								className={
									index === current
										? 'is-active-row'
										: undefined
								}
							>
								{ shown.map( ( column ) => (
									<BodyCell
										key={ column.key }
										column={ column }
									>
										<RichText
											tagName="span"
											aria-label={ sprintf(
												/* translators: 1: column heading, 2: row number. */
												__(
													'%1$s, row %2$d',
													'william-health-blocks'
												),
												plainText(
													headingOf( column )
												),
												index + 1
											) }
											value={ item[ column.key ] ?? '' }
											onChange={ ( value ) =>
												setCell(
													index,
													column.key,
													value
												)
											}
											onFocus={ () =>
												setActiveRow( index )
											}
										/>
									</BodyCell>
								) ) }
							</tr>
						) ) }
					</tbody>
				</table>
			</figure>
		</>
	);
}
