/**
 * Checks on citations: a source in the References list that nothing in the
 * text cites (flagged, never deleted: the author decides), and a citation
 * whose source is not in the list, which readers see as "?". Each line
 * selects the block to fix.
 */
import { __, sprintf } from '@wordpress/i18n';

import { entryAnchor } from '../../blocks/shared/citation/markers';
import { planNumbering } from '../../blocks/shared/citation/numbering';
import {
	entriesOf,
	findReferencesBlock,
	referenceSummary,
} from '../../blocks/shared/citation/references';
import type { Check, Problem } from './check';

export const unusedReferences: Check = {
	name: 'unused-references',
	run: ( blocks ) => {
		const list = findReferencesBlock( blocks );
		if ( ! list ) {
			return [];
		}
		const { unused } = planNumbering( blocks );
		const entries = entriesOf( list );
		return unused.map( ( entry ) => ( {
			clientId: list.clientId,
			elementId: entryAnchor( entry.id ),
			message: sprintf(
				/* translators: 1: the reference's place in the References list, 2: its first author, year and title. */
				__(
					'Reference %1$d (%2$s) is not cited in the text: nothing points readers to it. Cite it where it supports a claim, or remove it from the References list.',
					'william-health-blocks'
				),
				entries.indexOf( entry ) + 1,
				referenceSummary( entry ) ||
					__( 'untitled', 'william-health-blocks' )
			),
		} ) );
	},
};

export const citationsWithoutReference: Check = {
	name: 'citations-without-reference',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		const seen = new Set< string >();
		for ( const { clientId } of planNumbering( blocks ).missing ) {
			if ( seen.has( clientId ) ) {
				continue;
			}
			seen.add( clientId );
			problems.push( {
				clientId,
				message: __(
					'A citation here points to a source that is not in the References list: readers see “?” instead of a number. Cite the source again, or add it to the list.',
					'william-health-blocks'
				),
			} );
		}
		return problems;
	},
};
