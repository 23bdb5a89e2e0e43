/**
 * The route kinds and statuses: block.json, the types and the options hold
 * the same codes; the kinds are routes, listed alphabetically in the
 * editor's language; a code is read only from an unambiguous word at the
 * start of a cell, status synonyms included.
 */
import { resetLocaleData, setLocaleData } from '@wordpress/i18n';

import metadata from '../block.json';
import type { RouteCode, StatusCode } from '../types';
import {
	getRouteOptions,
	getStatusOptions,
	optionForWords,
	routeFromWords,
	statusFromWords,
} from '../vocabulary';

// Every code of the types, once, with its English label: a code added to a
// type and not here (or the reverse) fails to compile.
const ROUTES: Record< RouteCode, string > = {
	buccal: 'Buccal',
	inhaled: 'Inhaled',
	intramuscular: 'Intramuscular',
	intranasal: 'Intranasal',
	intravenous: 'Intravenous',
	oral: 'Oral',
	rectal: 'Rectal',
	subcutaneous: 'Subcutaneous',
	sublingual: 'Sublingual',
	topical: 'Topical',
	transdermal: 'Transdermal',
};

const STATUSES: Record< StatusCode, string > = {
	approved: 'Approved',
	'off-label': 'Off-label',
	investigational: 'Investigational',
};

const query = metadata.attributes.rows.query;

describe( 'one list of codes', () => {
	it( 'offers every route of the type, named as a route, and block.json accepts exactly those', () => {
		expect(
			getRouteOptions().map( ( { value, label } ) => [ value, label ] )
		).toEqual( Object.entries( ROUTES ) );
		expect( query.routeCode.enum ).toEqual( Object.keys( ROUTES ) );
	} );

	it( 'keeps the codes tables were saved with', () => {
		for ( const saved of [
			'intravenous',
			'intranasal',
			'oral',
			'intramuscular',
			'subcutaneous',
			'sublingual',
		] ) {
			expect( query.routeCode.enum ).toContain( saved );
		}
	} );

	it( 'offers every status of the type, and block.json accepts exactly those', () => {
		expect(
			getStatusOptions().map( ( { value, label } ) => [ value, label ] )
		).toEqual( Object.entries( STATUSES ) );
		expect( query.statusCode.enum ).toEqual( Object.keys( STATUSES ) );
	} );
} );

describe( 'reading the route from a cell’s words', () => {
	it.each( [
		[ 'Buccal film', 'buccal' ],
		[ 'Inhaled powder', 'inhaled' ],
		[ 'Inhaler (metered dose)', 'inhaled' ],
		[ 'Nebulised solution', 'inhaled' ],
		[ 'Intramuscular injection', 'intramuscular' ],
		[ 'IM injection', 'intramuscular' ],
		[ 'Intranasal spray', 'intranasal' ],
		[ 'Nasal spray', 'intranasal' ],
		[ 'Intravenous Infusion', 'intravenous' ],
		[ 'IV infusion', 'intravenous' ],
		[ 'Oral solution (liquid)', 'oral' ],
		[ 'Oral Tablets', 'oral' ],
		[ 'By mouth, with food', 'oral' ],
		[ 'Rectal suppository', 'rectal' ],
		[ 'Subcutaneous injection', 'subcutaneous' ],
		[ 'SubQ injection', 'subcutaneous' ],
		[ 'Sublingual tablet', 'sublingual' ],
		[ 'Under the tongue', 'sublingual' ],
		[ 'Topical gel', 'topical' ],
		[ 'Transdermal patch', 'transdermal' ],
		[ '  oral\u00a0drops', 'oral' ],
	] )( '“%s” is %s', ( words, code ) => {
		expect( routeFromWords( words ) ).toBe( code );
	} );

	it.each( [
		// A route word later in the cell is not read: later words qualify or
		// contrast ("Tablet, not intravenous"). The author picks instead.
		[ 'Skin patch (transdermal)' ],
		[ 'Tablet, not intravenous' ],
		// Forms several routes share.
		[ 'Injection' ],
		[ 'Spray' ],
		[ 'Patch on the skin' ],
		[ 'Drops' ],
		// Whole words only.
		[ 'Orally disintegrating film' ],
		[ 'IVF' ],
		[ 'Nasally' ],
		[ '' ],
	] )( '“%s” names no route', ( words ) => {
		expect( routeFromWords( words ) ).toBeUndefined();
	} );

	it( 'each option’s own words read back as that option', () => {
		for ( const option of getRouteOptions() ) {
			expect( routeFromWords( option.label ) ).toBe( option.value );
		}
		for ( const option of getStatusOptions() ) {
			expect( statusFromWords( option.label ) ).toBe( option.value );
		}
	} );

	it( 'the longest word that fits wins, and a tie names nothing', () => {
		const options = [
			{ value: 'a', label: 'A', words: [ 'oral' ] },
			{ value: 'b', label: 'B', words: [ 'oral transmucosal' ] },
			{ value: 'c', label: 'C', words: [ 'nasal' ] },
			{ value: 'd', label: 'D', words: [ 'nasal' ] },
		];
		expect(
			optionForWords( options, 'Oral transmucosal spray' )?.value
		).toBe( 'b' );
		expect( optionForWords( options, 'Oral film' )?.value ).toBe( 'a' );
		expect( optionForWords( options, 'Nasal spray' ) ).toBeUndefined();
	} );
} );

describe( 'reading the status from a cell’s words', () => {
	it.each( [
		[ 'Approved (FDA, 1970)', 'approved' ],
		[ 'approved', 'approved' ],
		[ '  Approved: 2019 for adults', 'approved' ],
		// UK and EU wording for the same thing.
		[ 'Licensed (MHRA) for bipolar disorder', 'approved' ],
		[ 'Authorised (EMA, 2019)', 'approved' ],
		[ 'Authorized in Canada', 'approved' ],
		[ 'Off-label for depression; approved as an anaesthetic', 'off-label' ],
		[ 'Off label in children', 'off-label' ],
		[ 'Outside its licence for under-18s', 'off-label' ],
		[ 'Investigational (phase 3)', 'investigational' ],
		[ 'In clinical trials (phase 2)', 'investigational' ],
		[ 'Under investigation', 'investigational' ],
	] )( '“%s” is %s', ( words, code ) => {
		expect( statusFromWords( words ) ).toBe( code );
	} );

	it.each( [
		// Unlicensed is no licence at all (a "special", an import): neither
		// approved nor off-label, which is a licensed medicine used outside
		// its licence.
		[ 'Unlicensed (imported special)' ],
		[ 'Unlicensed use' ],
		[ 'Not licensed' ],
		[ 'Not approved' ],
		[ 'Unapproved' ],
		[ 'Approvedish' ],
		[ 'Awaiting a decision' ],
		[ '' ],
	] )( '“%s” names no status', ( words ) => {
		expect( statusFromWords( words ) ).toBeUndefined();
	} );
} );

describe( 'in the editor’s language', () => {
	const DOMAIN = 'william-health-blocks';
	const ROUTE = 'route of administration\u0004';
	const WORDS =
		'comma-separated words a route cell may start with; only words that name this route and no other\u0004';

	beforeEach( () => {
		document.documentElement.lang = 'de-DE';
		setLocaleData(
			{
				[ `${ ROUTE }Oral` ]: [ 'Zum Einnehmen' ],
				[ `${ WORDS }Oral, By mouth` ]: [
					'Zum Einnehmen, Oral, Peroral',
				],
				[ `${ ROUTE }Topical` ]: [ 'Äußerlich' ],
				[ `${ ROUTE }Intravenous` ]: [ 'Intravenös' ],
				[ `${ WORDS }Intravenous, IV` ]: [ 'Intravenös, i.v.' ],
			},
			DOMAIN
		);
	} );

	afterEach( () => {
		document.documentElement.lang = '';
		resetLocaleData();
	} );

	it( 'lists the routes alphabetically by their translated names', () => {
		const labels = getRouteOptions().map( ( option ) => option.label );
		// "Äußerlich" sorts with A in German, not after Z; "Zum Einnehmen" last.
		expect( labels[ 0 ] ).toBe( 'Äußerlich' );
		expect( labels[ labels.length - 1 ] ).toBe( 'Zum Einnehmen' );
		expect( labels ).toEqual(
			[ ...labels ].sort( new Intl.Collator( 'de-DE' ).compare )
		);
	} );

	it( 'reads the route from the translated words', () => {
		expect( routeFromWords( 'Zum Einnehmen (Tropfen)' ) ).toBe( 'oral' );
		expect( routeFromWords( 'i.v. Infusion' ) ).toBe( 'intravenous' );
		expect( routeFromWords( 'Intravenöse Infusion' ) ).toBeUndefined();
	} );
} );
