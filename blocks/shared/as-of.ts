/**
 * A YYYY-MM-DD date in the site's date format, for "as of" lines that are
 * worded once, when the author picks the date.
 */
import { dateI18n, getSettings } from '@wordpress/date';
import { sprintf, type TranslatableText } from '@wordpress/i18n';

/**
 * The day in the site's format, or '' when the value is not a date.
 *
 * @param day A YYYY-MM-DD date.
 */
export function formatDay( day: string ): string {
	if ( ! /^\d{4}-\d{2}-\d{2}$/.test( day ) ) {
		return '';
	}
	// Noon keeps the day the same in every timezone.
	return dateI18n( getSettings().formats.date, `${ day }T12:00:00` );
}

/**
 * The "as of" line for a picked day, or '' when the value is not a date.
 *
 * @param day     A YYYY-MM-DD date.
 * @param wording The translated line, with %s for the day.
 */
export function asOfLine(
	day: string,
	wording: TranslatableText< `${ string }%s${ string }` >
): string {
	const formatted = formatDay( day );
	return formatted ? sprintf( wording, formatted ) : '';
}
