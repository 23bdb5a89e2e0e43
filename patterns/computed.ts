/**
 * Text the blocks compute when an author picks a value (a date worded in the
 * site's format, a study described in words), as marked PHP expressions: the
 * site computes it the same way, in its own language and date format, when
 * the pattern is registered. The English value comes from the blocks' own
 * functions, so pattern and editor word it alike.
 */
import { sprintf } from '@wordpress/i18n';

import { describeStudy, getDesignOptions } from '../blocks/evidence-item/study';
import type { StudyDesign } from '../blocks/evidence-item/types';
import { formatDay } from '../blocks/shared/as-of';
import { php } from './marks';
import { gettext, phpString, translators } from './php-code';

/**
 * "Evidence as of November 27, 2026": a line with the day in the site's date
 * format, as the block words it when the author picks the day.
 *
 * @param wording         English line with %s for the day (a msgid the block uses).
 * @param translatorsNote The block's translator comment for that line.
 * @param day             YYYY-MM-DD.
 */
export function asOfText(
	wording: `${ string }%s${ string }`,
	translatorsNote: string,
	day: string
): string {
	const english = formatDay( day ) && sprintf( wording, formatDay( day ) );
	if ( ! english ) {
		throw new Error( `Not a YYYY-MM-DD day: ${ day }` );
	}
	// Noon, as the block picks it: the same day in every timezone.
	const date = `date_i18n( get_option( 'date_format' ), strtotime( ${ phpString(
		`${ day } 12:00:00`
	) } ) )`;
	return php(
		`sprintf( ${ translators( translatorsNote ) } ${ gettext(
			wording
		) }, ${ date } )`,
		english
	);
}

/**
 * "Meta-analysis, 167 participants": a study's design and size in words, as
 * the evidence item words them in its summary.
 *
 * @param design       Study design.
 * @param participants Number of people in the study.
 */
export function studySummary(
	design: Exclude< StudyDesign, '' >,
	participants: number
): string {
	const label = getDesignOptions().find(
		( option ) => option.value === design
	)?.label;
	if ( ! label || ! Number.isInteger( participants ) || participants < 1 ) {
		throw new Error( `No summary for ${ design }, ${ participants }` );
	}
	const count = String( participants );
	const people = `sprintf( ${ translators(
		'%d: number of people in the study.'
	) } _n( '%d participant', '%d participants', ${ count }, 'william-health-blocks' ), ${ count } )`;
	return php(
		`sprintf( ${ translators(
			'1: the study description so far, 2: its next part.'
		) } ${ gettext( '%1$s, %2$s' ) }, ${ gettext( label ) }, ${ people } )`,
		describeStudy( { design, participants, certainty: '' } )
	);
}
