/**
 * The identifiers of a cited study that cannot be linked as typed. One list
 * for the canvas, the sidebar fields and the pre-publish checks.
 */
import { __, _x } from '@wordpress/i18n';

import { checkDoi, checkPmid } from '../shared/identifiers';
import { checkWebAddress, type LinkCheck } from '../shared/links';
import type { StudySource } from './types';

export type IdentifierField = 'doi' | 'pmid' | 'url';

export type IdentifierFieldDefinition = {
	field: IdentifierField;
	/** The field's name, as the sidebar labels it. */
	label: string;
	/** The field's name within a sentence ("the web address …"). */
	name: string;
	check: ( value: string ) => LinkCheck;
};

export type SourceProblem = Omit< IdentifierFieldDefinition, 'check' > & {
	/** What the author typed, kept as typed. */
	value: string;
	/** Why it cannot be linked, and what a good one looks like. */
	message: string;
};

/** Each identifier field with its names and its check, in sidebar order. */
export function getIdentifierFields(): IdentifierFieldDefinition[] {
	return [
		{
			field: 'doi',
			label: __( 'DOI', 'william-health-blocks' ),
			name: _x( 'DOI', 'within a sentence', 'william-health-blocks' ),
			check: checkDoi,
		},
		{
			field: 'pmid',
			label: __( 'PMID', 'william-health-blocks' ),
			name: _x( 'PMID', 'within a sentence', 'william-health-blocks' ),
			check: checkPmid,
		},
		{
			field: 'url',
			label: __( 'Web address', 'william-health-blocks' ),
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
 * The filled-in identifiers that fail their check, in the sidebar's order.
 *
 * @param source An evidence item's attributes.
 */
export function sourceProblems(
	source: Pick< StudySource, IdentifierField >
): SourceProblem[] {
	return getIdentifierFields().flatMap( ( { check, ...field } ) => {
		const value = String( source[ field.field ] ?? '' );
		if ( ! value.trim() ) {
			return [];
		}
		const result = check( value );
		return result.valid
			? []
			: [ { ...field, value, message: result.message } ];
	} );
}
