/**
 * The number of participants: read from what the author types (digits, maybe
 * with words or thousands separators around them) and written in the
 * author's locale, as readers of that language group digits.
 */
import { getSettings } from '@wordpress/date';
import { _n, sprintf } from '@wordpress/i18n';

/** What a typed count keeps. */
export type ParsedCount = {
	/** The number kept; undefined when the text holds no positive number. */
	count?: number;
	/** Whether the text was that number and nothing else. */
	exact: boolean;
};

// Digits in groups of three after a separator (1,200 · 1.200 · 1 200 ·
// 1'200), or a plain run of digits.
const NUMBER = /\d{1,3}(?:[,.\s\u00a0\u202f'’]\d{3})+(?!\d)|\d+/;

/**
 * The first number in what the author typed.
 *
 * @param text What the author typed, such as "378 adults" or "1,200".
 */
export function parseCount( text: string ): ParsedCount {
	const trimmed = text.trim();
	const match = NUMBER.exec( trimmed );
	if ( ! match ) {
		return { exact: false };
	}
	const count = Number( match[ 0 ].replace( /\D/g, '' ) );
	if ( ! Number.isSafeInteger( count ) || count <= 0 ) {
		return { exact: false };
	}
	return { count, exact: match[ 0 ] === trimmed };
}

/**
 * The editor's locale as a BCP 47 tag ("de_DE" becomes "de-DE"): the user's
 * locale, which WordPress gives the date package.
 */
export function authorLocale(): string {
	return getSettings().l10n.locale.replace( /_/g, '-' );
}

/**
 * A count with the locale's digit grouping: 1,200 in English, 1.200 in
 * German, 1 200 in French.
 *
 * @param count  A whole number.
 * @param locale A BCP 47 or WordPress locale; the author's by default.
 */
export function formatCount( count: number, locale = authorLocale() ): string {
	let tag: string | undefined = locale.replace( /_/g, '-' );
	try {
		Intl.getCanonicalLocales( tag );
	} catch {
		// A locale Intl does not know (a WordPress variant such as
		// de_DE_formal is fine; a typo is not): the runtime's own.
		tag = undefined;
	}
	return new Intl.NumberFormat( tag, { maximumFractionDigits: 0 } ).format(
		count
	);
}

/**
 * "1,200 participants", as readers see it.
 *
 * @param count  The number of people in the study.
 * @param locale A BCP 47 or WordPress locale; the author's by default.
 */
export function describeParticipants(
	count: number,
	locale = authorLocale()
): string {
	return sprintf(
		/* translators: %s: number of people in the study, with the digits grouped as in the language, such as 1,200. */
		_n(
			'%s participant',
			'%s participants',
			count,
			'william-health-blocks'
		),
		formatCount( count, locale )
	);
}
