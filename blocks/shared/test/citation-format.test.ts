/**
 * Vancouver and AMA references: the notes' §6.4 outputs and the article's
 * studies as the lookup returns them (tests/php/fixtures/lookup/expected.json,
 * which the PHP lookup tests also hold to), author lists shared with the PHP
 * tests, page ranges, "et al" and missing fields.
 */
import expected from '../../../tests/php/fixtures/lookup/expected.json';
import authorLists from '../../../tests/fixtures/author-lists.json';
import {
	citationText,
	elidePages,
	expandPages,
	formatAuthorText,
	formatAuthors,
	formatReference,
	publicationYear,
	type CitationFieldPart,
} from '../citation-format';
import { atLeast } from '../at-least';
import type { Reference } from '../reference';
import { emptyReference } from '../citation/references';

const EMPTY: Reference = { id: 'r1', ...emptyReference() };

const reference = ( fields: Partial< Reference > ): Reference => ( {
	...EMPTY,
	...fields,
} );

const fieldParts = ( parts: ReturnType< typeof formatReference > ) =>
	parts.citation.filter(
		( part ): part is CitationFieldPart => part.kind === 'field'
	);

describe( 'the lookups’ references in both styles', () => {
	it.each( expected.lookups )(
		'$id in Vancouver (the default)',
		( { reference: fields, vancouver } ) => {
			const entry = reference( fields );
			expect( citationText( formatReference( entry ).citation ) ).toBe(
				vancouver
			);
			expect(
				citationText( formatReference( entry, 'vancouver' ).citation )
			).toBe( vancouver );
		}
	);

	it.each( expected.lookups )(
		'$id in AMA',
		( { reference: fields, ama } ) => {
			expect(
				citationText(
					formatReference( reference( fields ), 'ama' ).citation
				)
			).toBe( ama );
		}
	);

	it.each( expected.lookups )(
		'$id: the author list gives the authors the lookup stored',
		( { reference: fields, authorList } ) => {
			expect( formatAuthors( authorList, 'vancouver' ) ).toBe(
				fields.authors
			);
		}
	);
} );

describe( 'author lists (shared with the PHP lookup)', () => {
	it.each( authorLists.lists )(
		'$about',
		( { authorList, vancouver, ama } ) => {
			expect( formatAuthors( authorList, 'vancouver' ) ).toBe(
				vancouver
			);
			expect( formatAuthors( authorList, 'ama' ) ).toBe( ama );
			// The stored Vancouver text gives the same AMA text.
			expect( formatAuthorText( vancouver, 'ama' ) ).toBe( ama );
		}
	);
} );

describe( 'authors as typed', () => {
	const eight =
		'Scalfani VF, Williams AJ, Tkachenko V, Karapetyan K, Pshenichnov A, Hanson RM, Liddie JM, Bara JE';

	it( 'cuts a full list (as NLM now lists them) to each style’s number', () => {
		expect( formatAuthorText( eight, 'vancouver' ) ).toBe(
			'Scalfani VF, Williams AJ, Tkachenko V, Karapetyan K, Pshenichnov A, Hanson RM, et al'
		);
		expect( formatAuthorText( eight, 'ama' ) ).toBe(
			'Scalfani VF, Williams AJ, Tkachenko V, et al'
		);
	} );

	it( 'never adds names it does not have', () => {
		const three = 'Zarate CA Jr, Singh JB, Carlson PJ, et al';
		expect( formatAuthorText( three, 'vancouver' ) ).toBe( three );
		expect( formatAuthorText( three, 'ama' ) ).toBe( three );
		expect(
			formatAuthorText( 'Xu J, Qu S, Sun N, Zhang W, et al.', 'ama' )
		).toBe( 'Xu J, Qu S, Sun N, et al' );
	} );

	it( 'keeps a group after its semicolon when cutting', () => {
		expect(
			formatAuthorText(
				'Doe JF; Laser ROP Study Group, Roe JP, Coe RT, Poe E, Moe F, Low G',
				'ama'
			)
		).toBe( 'Doe JF; Laser ROP Study Group, Roe JP, et al' );
	} );

	it( 'shows a list in another form as typed', () => {
		const apa =
			'Smith, J., Jones, K., Brown, L., Green, M., White, N., Black, O., Gray, P.';
		expect( formatAuthorText( apa, 'vancouver' ) ).toBe( apa );
		expect( formatAuthorText( apa, 'ama' ) ).toBe( apa );
		expect(
			formatAuthorText( '  World Health Organization ', 'ama' )
		).toBe( 'World Health Organization' );
	} );
} );

describe( 'pages', () => {
	it.each( [
		[ '304-310', '304-10' ],
		[ '1199-1205', '1199-205' ],
		[ '12-19', '12-9' ],
		[ '100-109', '100-9' ],
		[ '856-864', '856-64' ],
		[ '856-64', '856-64' ],
		[ '304–310', '304-10' ],
		[ '99-101', '99-101' ],
		[ '66-66', '66' ],
		[ 'S12-S19', 'S12-9' ],
		[ '66', '66' ],
		[ 'e33693', 'e33693' ],
		[ '', '' ],
	] )( 'Vancouver elides %j to %j', ( pages, elided ) => {
		expect( elidePages( pages ) ).toBe( elided );
	} );

	it.each( [
		[ '856-64', '856-864' ],
		[ '428-9', '428-429' ],
		[ '1199-205', '1199-1205' ],
		[ '1302-1305', '1302-1305' ],
		[ '304–10', '304-310' ],
		[ '66', '66' ],
		[ 'e33693', 'e33693' ],
	] )( 'AMA prints %j in full: %j', ( pages, full ) => {
		expect( expandPages( pages ) ).toBe( full );
	} );
} );

describe( 'missing fields', () => {
	it.each( [
		[ { title: 'Title only' }, 'Title only.' ],
		[
			{ title: 'Is it?', journal: 'BMJ', year: '2020', volume: '1' },
			'Is it? BMJ. 2020;1.',
		],
		[
			{ journal: 'HNO', volume: '26', issue: '12', pages: '428-429' },
			'HNO. 26(12):428-9.',
		],
		[
			{ authors: 'Beck C', year: '1978', pages: '428-9' },
			'Beck C. 1978:428-9.',
		],
		[ { year: '2021', issue: 'Suppl 1' }, '2021;(Suppl 1).' ],
		[ {}, '' ],
	] )( '%j in Vancouver: %j', ( fields, text ) => {
		expect(
			citationText( formatReference( reference( fields ) ).citation )
		).toBe( text );
	} );

	it( 'prints only a DOI in AMA when nothing else is known', () => {
		expect(
			citationText(
				formatReference( reference( { doi: '10.1000/xyz' } ), 'ama' )
					.citation
			)
		).toBe( 'doi:10.1000/xyz' );
	} );
} );

describe( 'parts for the References block', () => {
	const zarate = reference( {
		...atLeast( expected.lookups, 5 )[ 4 ].reference,
		authors:
			'Zarate CA Jr, Singh JB, Carlson PJ, Brutsche NE, Ameli R, Luckenbaugh DA, Charney DS, Manji HK',
		pmcid: 'PMC0000001',
		url: 'https://example.org/study',
	} );

	it( 'gives each field what readers see and what the reference stores', () => {
		const parts = fieldParts( formatReference( zarate, 'ama' ) );
		const authors = parts.find( ( part ) => part.field === 'authors' );
		expect( authors?.text ).toBe(
			'Zarate CA Jr, Singh JB, Carlson PJ, et al'
		);
		expect( authors?.value ).toBe( zarate.authors );
		const year = parts.find( ( part ) => part.field === 'year' );
		expect( [ year?.text, year?.value ] ).toEqual( [ '2006', '2006 Aug' ] );
		const pages = parts.find( ( part ) => part.field === 'pages' );
		expect( [ pages?.text, pages?.value ] ).toEqual( [
			'856-864',
			'856-64',
		] );
	} );

	it( 'sets the journal in italics and links the DOI in AMA only', () => {
		const ama = fieldParts( formatReference( zarate, 'ama' ) );
		expect( ama.find( ( part ) => part.field === 'journal' )?.italic ).toBe(
			true
		);
		expect( ama.find( ( part ) => part.field === 'doi' )?.href ).toBe(
			'https://doi.org/10.1001/archpsyc.63.8.856'
		);
		const vancouver = fieldParts( formatReference( zarate ) );
		expect(
			vancouver.find( ( part ) => part.field === 'journal' )?.italic
		).toBe( false );
		expect( vancouver.some( ( part ) => part.field === 'doi' ) ).toBe(
			false
		);
	} );

	it( 'lists the identifiers after the entry, linked when they pass their checks', () => {
		expect( formatReference( zarate ).links ).toEqual( [
			{
				field: 'doi',
				label: 'doi:',
				value: '10.1001/archpsyc.63.8.856',
				href: 'https://doi.org/10.1001/archpsyc.63.8.856',
			},
			{
				field: 'pmid',
				label: 'PMID:',
				value: '16894061',
				href: 'https://pubmed.ncbi.nlm.nih.gov/16894061/',
			},
			{
				field: 'pmcid',
				label: 'PMCID:',
				value: 'PMC0000001',
				href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/',
			},
			{
				field: 'url',
				label: '',
				value: 'https://example.org/study',
				href: 'https://example.org/study',
			},
		] );
		expect(
			formatReference( zarate, 'ama' ).links.map( ( link ) => link.field )
		).toEqual( [ 'pmid', 'pmcid', 'url' ] );
	} );

	it( 'keeps a bad identifier as text, without a link', () => {
		const bad = reference( {
			doi: 'not a doi',
			pmid: 'PMC5729569',
			url: 'javascript:alert(1)',
		} );
		expect(
			formatReference( bad ).links.map( ( link ) => [
				link.value,
				link.href,
			] )
		).toEqual( [
			[ 'not a doi', null ],
			[ 'PMC5729569', null ],
			[ 'javascript:alert(1)', null ],
		] );
		const doi = fieldParts( formatReference( bad, 'ama' ) ).find(
			( part ) => part.field === 'doi'
		);
		expect( [ doi?.text, doi?.href ] ).toEqual( [ 'not a doi', null ] );
	} );
} );

describe( 'publicationYear', () => {
	it.each( [
		[ '2021 May', '2021' ],
		[ '2018 Feb 1', '2018' ],
		[ '2006', '2006' ],
		[ ' in press ', 'in press' ],
		[ '', '' ],
	] )( '%j → %j', ( date, year ) => {
		expect( publicationYear( date ) ).toBe( year );
	} );
} );
