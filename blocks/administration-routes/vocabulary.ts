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

/**
 * Sorts options by label in the editor's language (the admin page's `lang`,
 * which WordPress sets from the user's locale), so a translated list reads
 * alphabetically too.
 *
 * @param options Options in any order.
 */
function byLabel< Code extends string >(
	options: Option< Code >[]
): Option< Code >[] {
	const lang =
		typeof document === 'undefined'
			? undefined
			: document.documentElement.lang || undefined;
	const collator = new Intl.Collator( lang, { sensitivity: 'base' } );
	return [ ...options ].sort( ( a, b ) =>
		collator.compare( a.label, b.label )
	);
}

/**
 * Routes of administration, alphabetical in the editor's language. Labels
 * name the route, never a product form ("Oral", not "Oral tablet"): an empty
 * cell that gets the label is still true of any form given that way. The
 * words are only ones that name one route alone; forms that several routes
 * share ("injection", "spray", "patch", "drops") are never among them.
 */
export function getRouteOptions(): Option< RouteCode >[] {
	return byLabel( [
		{
			value: 'buccal',
			label: _x(
				'Buccal',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Buccal',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'inhaled',
			label: _x(
				'Inhaled',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Inhaled, Inhalation, Inhaler, Nebulised, Nebulized',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'intramuscular',
			label: _x(
				'Intramuscular',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Intramuscular, IM',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'intranasal',
			label: _x(
				'Intranasal',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Intranasal, Nasal',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'intravenous',
			label: _x(
				'Intravenous',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Intravenous, IV',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'oral',
			label: _x(
				'Oral',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Oral, By mouth',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'rectal',
			label: _x(
				'Rectal',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Rectal, Per rectum',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'subcutaneous',
			label: _x(
				'Subcutaneous',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Subcutaneous, SubQ, Sub-Q',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'sublingual',
			label: _x(
				'Sublingual',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Sublingual, Under the tongue',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'topical',
			label: _x(
				'Topical',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Topical, Cutaneous',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
		{
			value: 'transdermal',
			label: _x(
				'Transdermal',
				'route of administration',
				'william-health-blocks'
			),
			words: wordsOf(
				_x(
					'Transdermal',
					'comma-separated words a route cell may start with; only words that name this route and no other',
					'william-health-blocks'
				)
			),
		},
	] );
}

/*
 * Status words, synonyms included: a medicine "licensed" (UK, MHRA) or
 * "authorised" (EU, EMA) has what the FDA calls an approval, so both read
 * as approved. "Unlicensed" is deliberately NOT off-label: off-label is a
 * licensed medicine used outside the terms of its licence, while an
 * unlicensed medicine has no licence here at all (a "special", an import),
 * which is neither approved nor, necessarily, investigational. It names no
 * status, and the author picks one. Whole words at the start only, so
 * "Unlicensed" never reads as "Licensed", nor "Not approved" as "Approved".
 */
export function getStatusOptions(): Option< StatusCode >[] {
	return [
		{
			value: 'approved',
			label: __( 'Approved', 'william-health-blocks' ),
			words: wordsOf(
				_x(
					'Approved, Licensed, Authorised, Authorized',
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
					'Off-label, Off label, Outside its licence, Outside its license',
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
					'Investigational, Experimental, In trials, In clinical trials, Under investigation',
					'comma-separated words a regulatory status cell may start with',
					'william-health-blocks'
				)
			),
		},
	];
}

/**
 * The option a cell's words start with, if exactly one does. Only the start
 * counts, and only whole words: "Approved (FDA, 1970)" is approved, "Not
 * approved" and "Approvedish" are not. Words later in a cell often qualify
 * or contrast ("Tablet, not intravenous"), so they are never read. Where
 * two options' words both fit the start, the longer match wins; two of the
 * same length (overlapping translations) name nothing.
 *
 * @param options The field's options, in the editor's language.
 * @param text    The cell as plain text.
 */
export function optionForWords< Code extends string >(
	options: Option< Code >[],
	text: string
): Option< Code > | undefined {
	const words = text.trim().replace( /\s+/g, ' ' ).toLocaleLowerCase();
	const fits = options.flatMap( ( option ) =>
		option.words
			.filter(
				( word ) =>
					words.startsWith( word ) &&
					! /^[\p{L}\p{N}]/u.test( words.slice( word.length ) )
			)
			.map( ( word ) => ( { option, length: word.length } ) )
	);
	const longest = Math.max( 0, ...fits.map( ( fit ) => fit.length ) );
	const named = new Set(
		fits
			.filter( ( fit ) => fit.length === longest )
			.map( ( fit ) => fit.option )
	);
	const [ only ] = named;
	return named.size === 1 ? only : undefined;
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
