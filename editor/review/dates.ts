/**
 * Review days, counted as the server counts them (plugin/includes/review.php).
 */

/**
 * A day some months after another, as PHP's "+N months" counts them.
 *
 * @param day    A YYYY-MM-DD day.
 * @param months Months to add.
 */
export function addMonths( day: string, months: number ): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec( day );
	if ( ! match ) {
		return '';
	}
	const [ , year = '', month = '', date = '' ] = match;
	const next = new Date(
		Date.UTC( Number( year ), Number( month ) - 1 + months, Number( date ) )
	);
	return next.toISOString().slice( 0, 10 );
}
