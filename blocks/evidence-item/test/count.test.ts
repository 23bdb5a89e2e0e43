/**
 * Participants: the number is kept from whatever the author types, and
 * readers see it grouped as their language groups digits.
 */
import { describeParticipants, formatCount, parseCount } from '../count';
import { participantsHelp } from '../participants-control';
import { describeStudy } from '../study';

it.each( [
	[ '378', 378, true ],
	[ ' 378 ', 378, true ],
	[ '378 adults', 378, false ],
	[ 'n = 378', 378, false ],
	[ '1,200', 1200, true ],
	[ '1.200', 1200, true ],
	[ '1 200', 1200, true ],
	[ '1\u202f200 Erwachsene', 1200, false ],
	[ '12,5', 12, false ],
] )( 'keeps %j as %d (the whole text: %s)', ( text, count, exact ) => {
	expect( parseCount( text ) ).toEqual( { count, exact } );
} );

it.each( [ '', 'adults', '0', '-', '99999999999999999999' ] )(
	'keeps no number from %j',
	( text ) => {
		expect( parseCount( text ).count ).toBeUndefined();
	}
);

it.each( [
	[ 'en_US', '1,200', '12,345,678' ],
	[ 'de_DE', '1.200', '12.345.678' ],
	[ 'de_DE_formal', '1.200', '12.345.678' ],
	[ 'fr_FR', '1\u202f200', '12\u202f345\u202f678' ],
	[ 'en_IN', '1,200', '1,23,45,678' ],
] )( 'groups digits in %s: %s, %s', ( locale, small, large ) => {
	expect( formatCount( 1200, locale ) ).toBe( small );
	expect( formatCount( 12345678, locale ) ).toBe( large );
	expect( formatCount( 378, locale ) ).toBe( '378' );
} );

it( 'words the count for readers, in the author’s locale by default', () => {
	expect( describeParticipants( 1 ) ).toBe( '1 participant' );
	expect( describeParticipants( 1200 ) ).toBe( '1,200 participants' );
	expect(
		describeStudy(
			{
				design: 'cohort',
				participants: 250000,
				certainty: 'low',
			},
			'de_DE'
		)
	).toBe( 'Cohort study, 250.000 participants, certainty of evidence: low' );
	// A locale Intl does not know falls back to the runtime's grouping.
	expect( formatCount( 1200, 'not a locale!' ) ).toMatch( /^1\D?200$/ );
} );

it( 'tells the author which number is kept and what readers see', () => {
	expect( participantsHelp( '', undefined ) ).toBe(
		'The number of people in the study, in digits. Readers see, for example, “378 participants”.'
	);
	expect( participantsHelp( '1200', 1200 ) ).toBe(
		'Readers see “1,200 participants”.'
	);
	expect( participantsHelp( '378 adults', 378 ) ).toBe(
		'Only the number is kept: readers see “378 participants”. Say who took part in the condition under the finding.'
	);
	expect( participantsHelp( 'adults', undefined ) ).toMatch(
		/^There is no number here, so none is kept/
	);
} );
