/**
 * Route-table rows whose kind or status, picked in the block settings,
 * contradicts the words of their cell: readers read the words, so the two
 * should agree. A pick the words do not contradict (they name nothing
 * listed, e.g. "Skin patch (transdermal)") is the author's to make.
 */
import { __, sprintf } from '@wordpress/i18n';

import {
	codeLabel,
	codeState,
	type CodeField,
} from '../../blocks/administration-routes/codes';
import {
	excerpt,
	hasWords,
} from '../../blocks/administration-routes/table-parts';
import type { AdministrationRoutesAttributes } from '../../blocks/administration-routes/types';
import { plainText } from '../../blocks/shared/plain-text';
import { eachBlock, type Check, type Problem } from './check';

/**
 * A problem's sentence for one field.
 *
 * @param field  Which code.
 * @param table  The table's name.
 * @param row    The row's number.
 * @param words  The cell's words.
 * @param said   What the words read as.
 * @param chosen What is picked.
 */
function message(
	field: CodeField,
	table: string,
	row: number,
	words: string,
	said: string,
	chosen: string
): string {
	return field === 'route'
		? sprintf(
				/* translators: 1: the route table's name, 2: the row's number, 3: the words typed in the route cell, 4: the route those words name, 5: the route kind picked in the block settings. */
				__(
					'%1$s, row %2$d: the route cell says “%3$s” (%4$s), but the route kind picked in the block settings is %5$s. Make them agree.',
					'william-health-blocks'
				),
				table,
				row,
				words,
				said,
				chosen
			)
		: sprintf(
				/* translators: 1: the route table's name, 2: the row's number, 3: the words typed in the status cell, 4: the status those words name, 5: the status picked in the block settings. */
				__(
					'%1$s, row %2$d: the status cell says “%3$s” (%4$s), but the regulatory status picked in the block settings is %5$s. Make them agree.',
					'william-health-blocks'
				),
				table,
				row,
				words,
				said,
				chosen
			);
}

export const routeCodesContradictWords: Check = {
	name: 'route-codes-contradict-words',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		let number = 0;
		eachBlock( blocks, ( block ) => {
			if ( block.name !== 'william-health/administration-routes' ) {
				return;
			}
			number++;
			const table: Partial< AdministrationRoutesAttributes > =
				block.attributes;
			const { columns = [], rows = [] } = table;
			const caption = plainText( table.caption ?? '' ).trim();
			const name = caption
				? sprintf(
						/* translators: %s: the route table's caption. */
						__( 'Route table “%s”', 'william-health-blocks' ),
						caption
					)
				: sprintf(
						/* translators: %d: the route table's number in the post. */
						__( 'Route table %d', 'william-health-blocks' ),
						number
					);
			rows.forEach( ( row, index ) => {
				if ( ! hasWords( row ) ) {
					return;
				}
				for ( const field of [ 'route', 'status' ] as const ) {
					const state = codeState( row, columns, field );
					const said = codeLabel( field, state.fromCell );
					const chosen = codeLabel( field, state.code );
					if ( state.contradicted && said && chosen ) {
						problems.push( {
							clientId: block.clientId,
							message: message(
								field,
								name,
								index + 1,
								excerpt( state.words ),
								said,
								chosen
							),
						} );
					}
				}
			} );
		} );
		return problems;
	},
};
