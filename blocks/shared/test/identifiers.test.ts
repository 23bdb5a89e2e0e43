/**
 * DOI, PMID and web-address checks: good values link, bad ones explain why.
 */
import { checkDoi, checkPmid } from '../identifiers';
import { checkContact, checkWebAddress } from '../links';

describe( 'checkDoi', () => {
	it.each( [
		[
			'10.1001/archpsyc.63.8.856',
			'https://doi.org/10.1001/archpsyc.63.8.856',
		],
		[
			'doi:10.1177/0269881117705089',
			'https://doi.org/10.1177/0269881117705089',
		],
		[
			'https://doi.org/10.1038/npp.2017.194',
			'https://doi.org/10.1038/npp.2017.194',
		],
		[
			' 10.1176/appi.ajp.2017.17040472 ',
			'https://doi.org/10.1176/appi.ajp.2017.17040472',
		],
	] )( 'links %s', ( value, href ) => {
		expect( checkDoi( value ) ).toEqual( { valid: true, href } );
	} );

	it.each( [
		'10.1/short',
		'11.1001/archpsyc',
		'archpsyc.63.8.856',
		'10.1001',
		'10.1001/',
		'javascript:alert(1)',
	] )( 'refuses %s with a message', ( value ) => {
		const result = checkDoi( value );
		expect( result.valid ).toBe( false );
		expect( result.valid ? '' : result.message ).toMatch(
			/DOI looks like 10\./
		);
	} );
} );

describe( 'checkPmid', () => {
	it( 'links digits to PubMed', () => {
		expect( checkPmid( '16894061' ) ).toEqual( {
			valid: true,
			href: 'https://pubmed.ncbi.nlm.nih.gov/16894061/',
		} );
		expect( checkPmid( 'PMID: 28969441' ) ).toEqual( {
			valid: true,
			href: 'https://pubmed.ncbi.nlm.nih.gov/28969441/',
		} );
	} );

	it.each( [ 'PMC5729569', '1689406a', '', '12 34' ] )(
		'refuses %s',
		( value ) => {
			expect( checkPmid( value ).valid ).toBe( false );
		}
	);
} );

describe( 'checkWebAddress', () => {
	it( 'accepts http and https', () => {
		expect( checkWebAddress( 'https://example.org/a?b=c' ) ).toEqual( {
			valid: true,
			href: 'https://example.org/a?b=c',
		} );
		expect( checkWebAddress( 'http://example.org' ).valid ).toBe( true );
	} );

	it.each( [
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,x',
		'ftp://example.org',
		'example.org',
	] )( 'refuses %s', ( value ) => {
		expect( checkWebAddress( value ).valid ).toBe( false );
	} );
} );

describe( 'checkContact', () => {
	it( 'turns phone numbers into tel: links', () => {
		// The bracketed trunk 0 is not dialled from abroad.
		expect( checkContact( '+44 (0)20 7946 0958' ) ).toEqual( {
			valid: true,
			href: 'tel:+442079460958',
		} );
		expect( checkContact( '+49 (0) 30 901820' ) ).toEqual( {
			valid: true,
			href: 'tel:+4930901820',
		} );
		// Without a country code the 0 is part of the number.
		expect( checkContact( '(0)20 7946 0958' ) ).toEqual( {
			valid: true,
			href: 'tel:02079460958',
		} );
		expect( checkContact( '988' ) ).toEqual( {
			valid: true,
			href: 'tel:988',
		} );
	} );

	it( 'refuses what is neither', () => {
		expect( checkContact( 'call us' ).valid ).toBe( false );
		expect( checkContact( 'javascript:alert(1)' ).valid ).toBe( false );
	} );
} );
