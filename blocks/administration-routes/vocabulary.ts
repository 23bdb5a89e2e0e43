/**
 * Default column headings, the words of the typed fields, and how a typed
 * code is read from the words an author typed in a cell.
 */
import { __, _x } from '@wordpress/i18n';

import type { ColumnKey, RouteCode, StatusCode } from './types';

export const COLUMN_KEYS: ColumnKey[] = [
	'route',
	'product',
	'setting',
	'onset',
	'bioavailability',
	'status',
	'benefits',
	'challenges',
];

export function isColumnKey( value: unknown ): value is ColumnKey {
	return COLUMN_KEYS.some( ( key ) => key === value );
}

export function defaultHeading( key: ColumnKey ): string {
	const headings: Record< ColumnKey, string > = {
		route: __( 'Route', 'william-health-blocks' ),
		product: __( 'Product or form', 'william-health-blocks' ),
		setting: __( 'Care setting', 'william-health-blocks' ),
		onset: __( 'Onset', 'william-health-blocks' ),
		bioavailability: __( 'Bioavailability', 'william-health-blocks' ),
		status: __( 'Regulatory status', 'william-health-blocks' ),
		benefits: __( 'Benefits', 'william-health-blocks' ),
		challenges: __( 'Challenges', 'william-health-blocks' ),
	};
	return headings[ key ];
}

export type Option< Code extends string > = {
	value: Code;
	/** The words an empty cell gets when the author picks this option. */
	label: string;
	/** Words a cell may start with to mean this option, lower case. */
	words: string[];
};

/**
 * Comma-separated words, as translators give them, in lower case.
 *
 * @param list Translated list.
 */
function wordsOf( list: string ): string[] {
	return list
		.split( ',' )
		.map( ( word ) => word.trim().toLocaleLowerCase() )
		.filter( Boolean );
}

export function getRouteOptions(): Option< RouteCode >[] {
	return [
		{
			value: 'intravenous',
			label: __( 'Intravenous infusion', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Intravenous, IV',
					'comma-separated words a route cell may start with',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'intranasal',
			label: __( 'Intranasal spray', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Intranasal, Nasal',
					'comma-separated words a route cell may start with',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'oral',
			label: __( 'Oral tablet', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Oral, By mouth',
					'comma-separated words a route cell may start with',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'intramuscular',
			label: __( 'Intramuscular injection', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Intramuscular, IM',
					'comma-separated words a route cell may start with',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'subcutaneous',
			label: __( 'Subcutaneous injection', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Subcutaneous',
					'comma-separated words a route cell may start with',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'sublingual',
			label: __( 'Sublingual', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Sublingual',
					'comma-separated words a route cell may start with',
					'william-health-blocks'
				)
			),
		},
	];
}

export function getStatusOptions(): Option< StatusCode >[] {
	return [
		{
			value: 'approved',
			label: __( 'Approved', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Approved',
					'comma-separated words a regulatory status cell may start with',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'off-label',
			label: __( 'Off-label', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Off-label, Off label',
					'comma-separated words a regulatory status cell may start with',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'investigational',
			label: __( 'Investigational', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Investigational, Experimental, In trials',
					'comma-separated words a regulatory status cell may start with',
					'william-health-blocks'
				)
			),
		},
	];
}

/**
 * The option a cell's words start with, if any. Only the start counts, and
 * only whole words: "Approved (FDA, 1970)" is approved, "Not approved" and
 * "Approvedish" are not.
 *
 * @param options The field's options, in the editor's language.
 * @param text    The cell as plain text.
 */
export function optionForWords< Code extends string >(
	options: Option< Code >[],
	text: string
): Option< Code > | undefined {
	const words = text.trim().toLocaleLowerCase();
	return options.find( ( option ) =>
		option.words.some(
			( word ) =>
				words.startsWith( word ) &&
				! /^[\p{L}\p{N}]/u.test( words.slice( word.length ) )
		)
	);
}

/**
 * The route a route cell's words name, if any.
 *
 * @param text The cell as plain text.
 */
export function routeFromWords( text: string ): RouteCode | undefined {
	return optionForWords( getRouteOptions(), text )?.value;
}

/**
 * The regulatory status a status cell's words name, if any.
 *
 * @param text The cell as plain text.
 */
export function statusFromWords( text: string ): StatusCode | undefined {
	return optionForWords( getStatusOptions(), text )?.value;
}

/**
 * A route code if the value is one.
 *
 * @param value A saved or picked value.
 */
export function knownRoute( value: unknown ): RouteCode | undefined {
	return getRouteOptions().find( ( option ) => option.value === value )
		?.value;
}

/**
 * A regulatory status code if the value is one.
 *
 * @param value A saved or picked value.
 */
export function knownStatus( value: unknown ): StatusCode | undefined {
	return getStatusOptions().find( ( option ) => option.value === value )
		?.value;
}
