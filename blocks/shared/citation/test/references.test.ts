/**
 * The same source added twice: one entry, which keeps what it has and
 * gains what it lacked.
 */
import { fillEmptyFields, matchesQuery, sameSource } from '../references';

const zarateByDoi = {
	id: 'r1',
	authors: 'Zarate CA Jr, Singh JB, Carlson PJ',
	title: 'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
	doi: '10.1001/archpsyc.63.8.856',
	pmid: '',
};

const zarateLookedUpByPmid = {
	authors: 'Zarate CA',
	title: 'A randomized trial…',
	doi: '10.1001/archpsyc.63.8.856',
	pmid: '16894061',
	year: '2006',
};

describe( 'fillEmptyFields', () => {
	it( 'adds the fields an entry lacks and keeps the ones it has', () => {
		expect( sameSource( zarateByDoi, zarateLookedUpByPmid ) ).toBe( true );
		expect( fillEmptyFields( zarateByDoi, zarateLookedUpByPmid ) ).toEqual(
			{
				...zarateByDoi,
				pmid: '16894061',
				year: '2006',
			}
		);
	} );
} );

describe( 'matchesQuery', () => {
	it( 'finds a source by any word of its fields, or by its identifier', () => {
		expect( matchesQuery( zarateByDoi, 'zarate ketamine' ) ).toBe( false );
		expect( matchesQuery( zarateByDoi, 'zarate antagonist' ) ).toBe( true );
		expect( matchesQuery( zarateByDoi, '10.1001/archpsyc.63.8.856' ) ).toBe(
			true
		);
	} );
} );
