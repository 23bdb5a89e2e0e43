/**
 * What "Look up" takes from what an author types or pastes.
 */
import { identify } from '../lookup';

describe( 'identify', () => {
	it.each( [
		[ '10.1001/archpsyc.63.8.856', 'doi', '10.1001/archpsyc.63.8.856' ],
		[ 'doi:10.1001/archpsyc.63.8.856', 'doi', '10.1001/archpsyc.63.8.856' ],
		[ 'DOI 10.1001/archpsyc.63.8.856', 'doi', '10.1001/archpsyc.63.8.856' ],
		[
			'https://doi.org/10.1001/archpsyc.63.8.856',
			'doi',
			'10.1001/archpsyc.63.8.856',
		],
		[ '28441895', 'pmid', '28441895' ],
		// As PubMed prints it under an abstract.
		[ 'PMID 28441895', 'pmid', '28441895' ],
		[ 'PMID: 28441895', 'pmid', '28441895' ],
		[ ' pmid:28441895 ', 'pmid', '28441895' ],
		[ 'https://pubmed.ncbi.nlm.nih.gov/28441895/', 'pmid', '28441895' ],
		[ 'PMCID: PMC5729569', 'pmcid', 'PMC5729569' ],
		[ 'pmc5729569', 'pmcid', 'PMC5729569' ],
	] )( '%s is a %s', ( typed, field, value ) => {
		expect( identify( typed ) ).toEqual( { field, value } );
	} );

	it.each( [
		'PMID',
		'PMID lithium',
		'10.abc',
		'lithium suicide',
		'https://example.org/study',
		'javascript:alert(1)',
	] )( '%s is no identifier', ( typed ) => {
		expect( identify( typed ) ).toBeNull();
	} );
} );
