/**
 * The sidebar's words that depend on the table: where a row's code comes
 * from, and why readers see cards. Every hint that mentions a cell quotes
 * what the cell says.
 */
import { __, _n, sprintf } from '@wordpress/i18n';

import { codeLabel, codeState, type CodeField } from './codes';
import { excerpt } from './table-parts';
import type { AdministrationRoutesAttributes, Column, RouteRow } from './types';

/**
 * Where a row's code comes from, in words, under its field: every hint that
 * mentions the cell quotes what the cell says, never an option's words.
 *
 * @param row     The row.
 * @param columns The columns.
 * @param field   Which code.
 */
export function codeHelp( row: RouteRow, columns: Column[], field: CodeField ) {
	const state = codeState( row, columns, field );
	const words = excerpt( state.words );
	if ( state.source === 'cell' ) {
		return sprintf(
			/* translators: %s: the words typed in the cell. */
			__(
				'Read from the cell’s words “%s”. Picking another option keeps the words.',
				'william-health-blocks'
			),
			words
		);
	}
	const said = codeLabel( field, state.fromCell );
	if ( state.source === 'chosen' && said ) {
		return sprintf(
			/* translators: 1: the words typed in the cell, 2: the option those words name. */
			__(
				'Chosen here, but the cell’s words “%1$s” read as “%2$s”, and readers see the words. Pick “%2$s”, or change the words, so the two agree.',
				'william-health-blocks'
			),
			words,
			said
		);
	}
	if ( state.source === 'chosen' && words ) {
		return sprintf(
			/* translators: %s: the words typed in the cell. */
			__(
				'Chosen here; the cell’s words “%s” stay as typed.',
				'william-health-blocks'
			),
			words
		);
	}
	if ( state.source === 'chosen' ) {
		return __( 'Chosen here.', 'william-health-blocks' );
	}
	if ( said ) {
		return sprintf(
			/* translators: 1: the words typed in the cell, 2: the option those words name. */
			__(
				'Not set. The cell’s words “%1$s” read as “%2$s”: pick it to use it.',
				'william-health-blocks'
			),
			words,
			said
		);
	}
	if ( words ) {
		return field === 'route'
			? sprintf(
					/* translators: %s: the words typed in the route cell. */
					__(
						'The cell’s words “%s” do not start with a listed route, so none is read from them. Pick one if it is given one of these ways.',
						'william-health-blocks'
					),
					words
				)
			: sprintf(
					/* translators: %s: the words typed in the status cell. */
					__(
						'The cell’s words “%s” do not start with a listed status, so none is read from them. Pick one if one applies.',
						'william-health-blocks'
					),
					words
				);
	}
	return field === 'route'
		? __(
				'Read from the route word a cell starts with (e.g. “Oral solution”), or pick one. An empty cell gets the option’s words.',
				'william-health-blocks'
			)
		: __(
				'Read from the start of the status cell (e.g. “Approved (agency, year)”, “Licensed (MHRA)”), or pick one. An empty cell gets the option’s words.',
				'william-health-blocks'
			);
}

/**
 * Why readers on a wide screen see cards, where they do (style.scss): five
 * or more visible columns in the text column, nine or more at wide width.
 * Phones always get cards; that needs no note.
 *
 * @param visible How many columns readers see.
 * @param align   The table's alignment.
 */
export function cardsNote(
	visible: number,
	align: AdministrationRoutesAttributes[ 'align' ]
): string | undefined {
	if ( ! align && visible >= 5 ) {
		return sprintf(
			/* translators: %d: number of columns readers see. */
			_n(
				'Readers see each row as a card: %d column needs more room than the text column. Choose “Wide width” in the toolbar for a real table.',
				'Readers see each row as a card: %d columns need more room than the text column. Choose “Wide width” in the toolbar for a real table.',
				visible,
				'william-health-blocks'
			),
			visible
		);
	}
	if ( align === 'wide' && visible >= 9 ) {
		return sprintf(
			/* translators: %d: number of columns readers see. */
			_n(
				'Readers see each row as a card: %d column needs more room than a wide table has. Hide some, or choose “Full width”.',
				'Readers see each row as a card: %d columns need more room than a wide table has. Hide some, or choose “Full width”.',
				visible,
				'william-health-blocks'
			),
			visible
		);
	}
	return undefined;
}
