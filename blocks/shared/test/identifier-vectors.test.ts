/**
 * The editor's identifier checks against the shared vectors that the PHP
 * checks also run (tests/fixtures/identifiers.json): both must agree.
 */
import vectors from '../../../tests/fixtures/identifiers.json';
import { checkDoi, checkPmcid, checkPmid } from '../identifiers';
import { checkWebAddress, type LinkCheck } from '../links';

const checks: Record<
	'doi' | 'pmid' | 'pmcid' | 'url',
	( value: string ) => LinkCheck
> = { doi: checkDoi, pmid: checkPmid, pmcid: checkPmcid, url: checkWebAddress };

describe.each( Object.entries( checks ) )( '%s', ( kind, check ) => {
	const { valid, invalid } = vectors[ kind as keyof typeof checks ];

	it.each( valid )( 'links %j as %s', ( typed, href ) => {
		expect( check( typed ) ).toEqual( { valid: true, href } );
	} );

	it.each( invalid )( 'keeps %j as text, with a reason', ( typed ) => {
		const result = check( typed );
		expect( result.valid ).toBe( false );
		expect( result.valid ? '' : result.message ).not.toBe( '' );
	} );
} );
