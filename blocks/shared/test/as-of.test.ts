/**
 * The "as of" line the evidence list and the route table save with a date.
 */
import { __ } from '@wordpress/i18n';

import { asOfLine } from '../as-of';

/* translators: %s: a date. */
const EVIDENCE = __( 'Evidence as of %s', 'william-health-blocks' );

it( 'words a picked day in the site’s date format', () => {
	expect( asOfLine( '2026-11-27', EVIDENCE ) ).toBe(
		'Evidence as of November 27, 2026'
	);
} );

it( 'is empty when the field holds no date, so no line is saved', () => {
	for ( const value of [ '', '27/11/2026', '2026-11-27T00:00' ] ) {
		expect( asOfLine( value, EVIDENCE ) ).toBe( '' );
	}
} );
