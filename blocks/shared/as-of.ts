/**
 * A YYYY-MM-DD date in the site's date format, for "as of" lines that are
 * worded once, when the author picks the date.
 */
import { dateI18n, getSettings } from '@wordpress/date';

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
