/**
 * The route table in the editor: the page's table, each cell and heading
 * itself the editable field (as in core/table), so a click anywhere in a
 * cell, empty or not, puts the caret there; rows added, removed and moved
 * from the block toolbar (reachable by keyboard with Alt+F10); columns,
 * sorting and the typed codes of the current row in the sidebar.
 */
import {
	BlockControls,
	RichText,
	store as blockEditorStore,
	useBlockProps,
} from '@wordpress/block-editor';
import {
	getBlockDefaultClassName,
	type BlockEditProps,
} from '@wordpress/blocks';
import type { KeyboardEvent } from 'react';
import { ToolbarButton, ToolbarGroup } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import {
	memo,
	useCallback,
	useEffect,
	useMemo,
	useRef,
	useState,
} from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { arrowDown, arrowUp, plus, trash } from '@wordpress/icons';

import { useMarkNextChangeAsNotPersistent } from '../shared/editor-store';
import BodyRow from './body-row';
import HeadingCell from './heading-cell';
import { withChosenCode, withTypedCell, type CodeField } from './codes';
import Inspector from './inspector';
import { cellAt, hasWords, isEmptyAt } from './table-parts';
import type { AdministrationRoutesAttributes, Column, RouteRow } from './types';
import { defaultHeading } from './vocabulary';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

// The caption's field, rendered again only when its own props change (as
// each cell and heading is), not for every character typed in a cell.
const CaptionText = memo( RichText );

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
	const at = cells.findIndex( ( cell ) => cell === event.target );
	const next = at < 0 ? undefined : cells[ at + ( event.shiftKey ? -1 : 1 ) ];
	if ( next ) {
		event.preventDefault();
		next.focus();
	}
}

/**
 * A row with an empty cell for every column.
 *
 * @param columns The columns.
 */
function emptyRow( columns: Column[] ): RouteRow {
	return { cells: columns.map( () => ( { content: '' } ) ) };
}

export default function Edit( {
	attributes,
	setAttributes,
	isSelected,
	clientId,
}: BlockEditProps< AdministrationRoutesAttributes > ) {
	const { caption, asOfText, columns, rows, notStated, sortable } =
		attributes;
	const [ activeRow, setActiveRow ] = useState( 0 );
	// The field (its identifier) that takes the caret once it exists.
	const [ focusTarget, setFocusTarget ] = useState< string | null >( null );
	const tableRef = useRef< HTMLTableElement >( null );
	const { selectionChange } = useDispatch( blockEditorStore );
	const markNotPersistent = useMarkNextChangeAsNotPersistent();
	const current = Math.min( activeRow, Math.max( rows.length - 1, 0 ) );
	const shown = useMemo(
		() =>
			columns
				.map( ( column, index ) => ( { column, index } ) )
				.filter( ( { column } ) => ! column.hidden ),
		[ columns ]
	);
	// The rows and columns of the last render, for the one cell handler
	// every row shares (a new handler would render every row again).
	const latest = useRef( { rows, columns, current } );
	latest.current = { rows, columns, current };
	const changeCell = useCallback(
		( rowIndex: number, index: number, value: string ) => {
			const { rows: now, columns: headings } = latest.current;
			setAttributes( {
				rows: now.map( ( item, at ) =>
					at === rowIndex
						? withTypedCell( item, headings, index, value )
						: item
				),
			} );
		},
		[ setAttributes ]
	);

	const changeCaption = useCallback(
		( value: string ) => setAttributes( { caption: value } ),
		[ setAttributes ]
	);

	const changeHeading = useCallback(
		( index: number, value: string ) => {
			const { columns: headings } = latest.current;
			setAttributes( {
				columns: headings.map( ( item, at ) =>
					at === index ? { ...item, label: value } : item
				),
			} );
		},
		[ setAttributes ]
	);

	// Words saved in the author's language once (headings, what an empty
	// cell says), so a later change of site language cannot invalidate saved
	// tables; a new table gets a row; every row gets a cell per column, and
	// cells beyond the headings (edited markup) get a column, so none is lost.
	// Tables that need none of it are left alone (no edit on load).
	useEffect( () => {
		const width = Math.max(
			columns.length,
			...rows.map( ( row ) => row.cells.length )
		);
		const hasEmptyCell = rows.some(
			( row ) =>
				hasWords( row ) &&
				columns.some( ( _column, at ) => isEmptyAt( row, at ) )
		);
		const needsFill =
			( ! notStated && hasEmptyCell ) ||
			! rows.length ||
			columns.length < width ||
			columns.some( ( column ) => column.key && ! column.label ) ||
			rows.some( ( row ) => row.cells.length !== width );
		if ( ! needsFill ) {
			return;
		}
		const filled: Column[] = [
			...columns.map( ( column ) =>
				column.key && ! column.label
					? { ...column, label: defaultHeading( column.key ) }
					: column
			),
			...Array.from( { length: width - columns.length }, () => ( {
				label: '',
				hidden: false,
			} ) ),
		];
		markNotPersistent();
		setAttributes( {
			columns: filled,
			rows: ( rows.length ? rows : [ emptyRow( filled ) ] ).map(
				( row ) => ( {
					...row,
					cells: filled.map( ( _column, at ) => ( {
						content: cellAt( row, at ),
					} ) ),
				} )
			),
			notStated: notStated || __( 'Not stated', 'william-health-blocks' ),
		} );
	}, [ columns, rows, notStated, markNotPersistent, setAttributes ] );

	// A new row or column takes the caret, wherever focus was (the toolbar,
	// the sidebar): the block editor's selection names the field, and focus
	// follows it here once the field exists.
	useEffect( () => {
		const cell = focusTarget
			? tableRef.current?.querySelector< HTMLElement >(
					`[data-wp-block-attribute-key="${ focusTarget }"]`
				)
			: null;
		if ( cell ) {
			cell.focus();
			setFocusTarget( null );
		}
	}, [ focusTarget, rows, columns ] );

	const setRows = ( next: RouteRow[] ) => setAttributes( { rows: next } );
	const focusCell = ( identifier: string ) => {
		selectionChange( clientId, identifier, 0, 0 );
		setFocusTarget( identifier );
	};
	const addRow = () => {
		const at = current + 1;
		setRows( [
			...rows.slice( 0, at ),
			emptyRow( columns ),
			...rows.slice( at ),
		] );
		setActiveRow( at );
		focusCell( `cell-${ at }-${ shown[ 0 ]?.index ?? 0 }` );
	};
	const removeRow = () => {
		setRows( rows.filter( ( _row, at ) => at !== current ) );
		setActiveRow( Math.max( current - 1, 0 ) );
	};
	const moveRow = ( by: -1 | 1 ) => {
		const target = current + by;
		const moving = rows[ current ];
		const other = rows[ target ];
		if ( ! moving || ! other ) {
			return;
		}
		setRows(
			rows.map( ( row, at ) => {
				if ( at === current ) {
					return other;
				}
				return at === target ? moving : row;
			} )
		);
		setActiveRow( target );
	};
	// The sidebar's handlers read the last render's table, so they stay the
	// same and the sidebar is not rendered again for every typed character.
	const addColumn = useCallback( () => {
		const { rows: now, columns: headings } = latest.current;
		setAttributes( {
			columns: [ ...headings, { label: '', hidden: false } ],
			rows: now.map( ( row ) => ( {
				...row,
				cells: [ ...row.cells, { content: '' } ],
			} ) ),
		} );
		selectionChange( clientId, `heading-${ headings.length }`, 0, 0 );
		setFocusTarget( `heading-${ headings.length }` );
	}, [ clientId, selectionChange, setAttributes ] );
	const removeColumn = useCallback(
		( index: number ) => {
			const { rows: now, columns: headings } = latest.current;
			setAttributes( {
				columns: headings.filter( ( _column, at ) => at !== index ),
				rows: now.map( ( row ) => ( {
					...row,
					cells: row.cells.filter( ( _cell, at ) => at !== index ),
				} ) ),
			} );
		},
		[ setAttributes ]
	);
	const chooseCode = useCallback(
		( field: CodeField, code: string ) => {
			const {
				rows: now,
				columns: headings,
				current: at,
			} = latest.current;
			setAttributes( {
				rows: now.map( ( row, index ) =>
					index === at
						? withChosenCode(
								row,
								headings,
								field,
								code || undefined
							)
						: row
				),
			} );
		},
		[ setAttributes ]
	);

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
			<Inspector
				attributes={ attributes }
				setAttributes={ setAttributes }
				current={ current }
				onChooseCode={ chooseCode }
				onAddColumn={ addColumn }
				onRemoveColumn={ removeColumn }
			/>
			<figure
				{ ...useBlockProps( {
					className: sortable ? 'is-sortable' : undefined,
					onKeyDown: moveBetweenCells,
				} ) }
			>
				<table className={ `${ C }__table` } ref={ tableRef }>
					<caption>
						<CaptionText
							tagName="span"
							identifier="caption"
							className={ `${ C }__caption-text` }
							aria-label={ __(
								'Table caption',
								'william-health-blocks'
							) }
							placeholder={ __(
								'Caption: what this table compares',
								'william-health-blocks'
							) }
							value={ richTextHTML( caption ) }
							onChange={ changeCaption }
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
							{ shown.map( ( { column, index } ) => (
								<HeadingCell
									key={ index }
									column={ column }
									index={ index }
									onHeadingChange={ changeHeading }
								/>
							) ) }
						</tr>
					</thead>
					<tbody>
						{ rows.map( ( row, rowIndex ) => (
							<BodyRow
								key={ rowIndex }
								row={ row }
								rowIndex={ rowIndex }
								shown={ shown }
								isActive={ isSelected && rowIndex === current }
								onCellChange={ changeCell }
								onCellFocus={ setActiveRow }
							/>
						) ) }
					</tbody>
				</table>
			</figure>
		</>
	);
}
