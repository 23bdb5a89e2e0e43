/**
 * The identifiers of a reference that cannot be linked as typed. One list
 * for the block on the canvas and the pre-publish checks; the page shows
 * them as text.
 */
import { _x } from '@wordpress/i18n';

import { checkDoi, checkPmcid, checkPmid } from '../shared/identifiers';
import { checkWebAddress, type LinkCheck } from '../shared/links';
import type { SavedReference } from './types';

export type ReferenceIdentifier = 'doi' | 'pmid' | 'pmcid' | 'url';

export type ReferenceProblem = {
	field: ReferenceIdentifier;
	/** The field's name within a sentence ("the web address …"). */
	name: string;
	/** What the author typed, kept as typed. */
	value: string;
	/** Why it cannot be linked, and what a good one looks like. */
	message: string;
};

/** Each identifier field with its name in a sentence and its check. */
function getIdentifierChecks(): Array< {
	field: ReferenceIdentifier;
	name: string;
	check: ( value: string ) => LinkCheck;
} > {
	return [
		{
			field: 'doi',
			name: _x( 'DOI', 'within a sentence', 'william-health-blocks' ),
			check: checkDoi,
		},
		{
			field: 'pmid',
			name: _x( 'PMID', 'within a sentence', 'william-health-blocks' ),
			check: checkPmid,
		},
		{
			field: 'pmcid',
			name: _x( 'PMCID', 'within a sentence', 'william-health-blocks' ),
			check: checkPmcid,
		},
		{
			field: 'url',
			name: _x(
				'web address',
				'within a sentence',
				'william-health-blocks'
			),
			check: checkWebAddress,
		},
	];
}

/**
 * The filled-in identifiers of a reference that fail their check.
 *
 * @param entry A reference.
 */
export function referenceProblems( entry: SavedReference ): ReferenceProblem[] {
	return getIdentifierChecks().flatMap( ( { field, name, check } ) => {
		const value = entry[ field ] ?? '';
		if ( ! value.trim() ) {
			return [];
		}
		const result = check( value );
		return result.valid
			? []
			: [
					{
						field,
						name,
						value,
						message: result.message,
					},
				];
	} );
}
