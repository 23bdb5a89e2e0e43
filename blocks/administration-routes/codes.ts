/**
 * The typed codes of a row (route kind, regulatory status), which search
 * engines get, and the cells readers read.
 *
 * The cell is the source: what the author typed is what readers read, and
 * nothing here ever replaces a typed word.
 * - Typing in a cell: while the code is unset or was read from the cell's
 *   previous words, it is read from the new words (whole words at the start,
 *   in the editor's language: "Approved (FDA, 1970)" is "approved").
 * - Picking in the sidebar: the pick is kept as chosen, even where the words
 *   say something else; only an EMPTY cell gets the option's words, because
 *   then the author asked for text. Picking "Not stated" unsets the code, and
 *   the cell's words lead again.
 * - The sidebar shows which of the two a code is (see codeState).
 */
import { cellAt, escapeText, plainText } from './table-parts';
import type { Column, RouteRow } from './types';
import {
	getRouteOptions,
	getStatusOptions,
	knownRoute,
	knownStatus,
	routeFromWords,
	statusFromWords,
} from './vocabulary';

export type CodeField = 'route' | 'status';

const fromWords = {
	route: routeFromWords,
	status: statusFromWords,
};

function codeOf( row: RouteRow, field: CodeField ): string | undefined {
	return field === 'route' ? row.routeCode : row.statusCode;
}

/**
 * The row with a code set (a known one) or unset.
 *
 * @param row   The row.
 * @param field Which code.
 * @param code  The code, or undefined.
 */
function withCode(
	row: RouteRow,
	field: CodeField,
	code: string | undefined
): RouteRow {
	const { routeCode, statusCode, ...rest } = row;
	const route = field === 'route' ? knownRoute( code ) : routeCode;
	const status = field === 'status' ? knownStatus( code ) : statusCode;
	return {
		...rest,
		...( route ? { routeCode: route } : {} ),
		...( status ? { statusCode: status } : {} ),
	};
}

/**
 * The row after the author typed in one of its cells.
 *
 * @param row     The row.
 * @param columns The table's columns.
 * @param index   Column index of the typed cell.
 * @param content The cell's new HTML.
 */
export function withTypedCell(
	row: RouteRow,
	columns: Column[],
	index: number,
	content: string
): RouteRow {
	const cells = columns.map( ( _column, at ) => ( {
		content: at === index ? content : cellAt( row, at ),
	} ) );
	let next: RouteRow = { ...row, cells };
	const field = columns[ index ]?.key;
	if ( field === 'route' || field === 'status' ) {
		const code = codeOf( row, field );
		const previous = fromWords[ field ](
			plainText( cellAt( row, index ) )
		);
		if ( code === undefined || code === previous ) {
			next = withCode(
				next,
				field,
				fromWords[ field ]( plainText( content ) )
			);
		}
	}
	return next;
}

/**
 * The row after the author picked a code in the sidebar.
 *
 * @param row     The row.
 * @param columns The table's columns.
 * @param field   Which code.
 * @param code    The pick; undefined for "Not stated".
 */
export function withChosenCode(
	row: RouteRow,
	columns: Column[],
	field: CodeField,
	code: string | undefined
): RouteRow {
	const label = codeLabel( field, code );
	const next = withCode( row, field, label === undefined ? undefined : code );
	const index = columns.findIndex( ( column ) => column.key === field );
	if ( ! label || index < 0 || plainText( cellAt( row, index ) ) !== '' ) {
		return next;
	}
	return {
		...next,
		cells: columns.map( ( _column, at ) => ( {
			content: at === index ? escapeText( label ) : cellAt( row, at ),
		} ) ),
	};
}

export type CodeState = {
	code?: string;
	/** The code the cell's words name at their start, if any. */
	fromCell?: string;
	/** The cell's words as plain text ('' for an empty cell or no column). */
	words: string;
	/** Where the code comes from: the cell's words, a pick, or nowhere. */
	source: 'cell' | 'chosen' | 'none';
	/** A pick that the cell's words contradict (they name another code). */
	contradicted: boolean;
};

/**
 * The words of a field's option, for hints and checks.
 *
 * @param field Which code.
 * @param code  A code.
 */
export function codeLabel(
	field: CodeField,
	code: string | undefined
): string | undefined {
	const options: Array< { value: string; label: string } > =
		field === 'route' ? getRouteOptions() : getStatusOptions();
	return options.find( ( option ) => option.value === code )?.label;
}

/**
 * A row's code as the sidebar shows it.
 *
 * @param row     The row.
 * @param columns The table's columns.
 * @param field   Which code.
 */
export function codeState(
	row: RouteRow,
	columns: Column[],
	field: CodeField
): CodeState {
	const index = columns.findIndex( ( column ) => column.key === field );
	const words = index < 0 ? '' : plainText( cellAt( row, index ) );
	const fromCell = fromWords[ field ]( words );
	const code = codeOf( row, field );
	let source: CodeState[ 'source' ] = 'none';
	if ( code ) {
		source = code === fromCell ? 'cell' : 'chosen';
	}
	return {
		code,
		fromCell,
		words,
		source,
		contradicted: source === 'chosen' && fromCell !== undefined,
	};
}

/**
 * Codes read from a new row's words, for tables made from other content.
 *
 * @param row     A row without codes.
 * @param columns Its columns.
 */
export function withCodesFromWords(
	row: RouteRow,
	columns: Column[]
): RouteRow {
	let next = row;
	for ( const field of [ 'route', 'status' ] as const ) {
		const index = columns.findIndex( ( column ) => column.key === field );
		if ( index >= 0 && codeOf( next, field ) === undefined ) {
			next = withCode(
				next,
				field,
				fromWords[ field ]( plainText( cellAt( next, index ) ) )
			);
		}
	}
	return next;
}
