/**
 * The "Evidence as of" line, worded once when the author picks the date.
 */
import { dateI18n, getSettings } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

/**
 * "Evidence as of 27 November 2026" in the site's date format, or '' for no date.
 *
 * @param asOf A YYYY-MM-DD date.
 */
export function describeAsOf( asOf: string ): string {
	if ( ! /^\d{4}-\d{2}-\d{2}$/.test( asOf ) ) {
		return '';
	}
	return sprintf(
		/* translators: %s: the date the evidence was last checked. */
		__( 'Evidence as of %s', 'william-health-blocks' ),
		dateI18n( getSettings().formats.date, `${ asOf }T12:00:00` )
	);
}
