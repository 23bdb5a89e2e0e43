/**
 * What search engines read: one JSON-LD graph that says what the article
 * says, safe inside its script element, and a meta description.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { evidenceList, referencesList } from '../utils/markup';
import { MARKER, watchDialogs } from '../utils/xss';
import { atLeast } from '../../../blocks/shared/at-least';

type Node = Record< string, unknown >;

/**
 * SEO plugins our graph joins, as `tests/mu-plugins/william-seo-stand-in.php`
 * imitates them, with the class of the script element each prints.
 */
const SEO_PLUGINS = [
	{ standIn: 'yoast', name: 'Yoast SEO', scriptClass: 'yoast-schema-graph' },
	{
		standIn: 'rank-math',
		name: 'Rank Math',
		scriptClass: 'rank-math-schema',
	},
];

/**
 * The page's one JSON-LD graph (there must be exactly one).
 *
 * @param page        A page of the site.
 * @param scriptClass The class of the script element that prints it, if any.
 */
async function graphOf( page: Page, scriptClass = '' ): Promise< Node[] > {
	const scripts = page.locator( 'script[type="application/ld+json"]' );
	await expect( scripts ).toHaveCount( 1 );
	expect( ( await scripts.getAttribute( 'class' ) ) ?? '' ).toBe(
		scriptClass
	);
	const data = JSON.parse( ( await scripts.textContent() ) as string ) as {
		'@context': string;
		'@graph': Node[];
	};
	expect( data[ '@context' ] ).toBe( 'https://schema.org' );
	return data[ '@graph' ];
}

/**
 * Serves the page's next requests as if an SEO plugin were active.
 *
 * @param page    A reader's page.
 * @param standIn The stand-in's name, or '' for none.
 */
async function actAsIfActive( page: Page, standIn: string ) {
	const context = page.context();
	await context.clearCookies( { name: 'william_seo_stand_in' } );
	if ( standIn ) {
		const { hostname } = new URL( process.env.WP_BASE_URL as string );
		await context.addCookies( [
			{
				name: 'william_seo_stand_in',
				value: standIn,
				domain: hostname,
				path: '/',
			},
		] );
	}
}

test( 'the article’s graph names the drug, its routes, the conditions and the cited studies', async ( {
	reader,
	articleUrl,
} ) => {
	await reader.goto( articleUrl );
	const graph = await graphOf( reader );
	const page = graph.find(
		( node ) => node[ '@type' ] === 'MedicalWebPage'
	) as Node;
	const drug = graph.find( ( node ) => node[ '@type' ] === 'Drug' ) as Node;

	await expect( reader.getByRole( 'heading', { level: 1 } ) ).toHaveText(
		page.name as string
	);
	expect( page.url ).toBe( articleUrl );
	expect( page.lastReviewed ).toBe(
		await reader
			.locator( '.william-inc-last-reviewed time' )
			.getAttribute( 'datetime' )
	);
	expect( drug.name ).toBe( 'Ketamine' );
	// The routes are the route table's row headings.
	expect( drug.administrationRoute ).toEqual(
		await reader
			.getByRole( 'table', { name: /How ketamine is given/ } )
			.getByRole( 'rowheader' )
			.allTextContents()
	);
	expect(
		( page.about as Node[] ).map( ( node ) => node[ '@id' ] ?? node.name )
	).toEqual( [
		`${ articleUrl }#drug`,
		'Treatment-resistant major depression',
		'Social anxiety disorder',
		'Suicidal ideation',
	] );
	// Every cited DOI, PMID and PMCID is a link in the References list, and
	// the reverse (the links back to the text aside).
	const citedLinks = ( page.citation as Node[] ).flatMap(
		( citation ) => citation.sameAs as string[]
	);
	const pageLinks = await reader
		.locator(
			'.wp-block-william-health-references a:not(.wp-block-william-health-references__backlink)'
		)
		.evaluateAll( ( links ) =>
			links.map( ( link ) => link.getAttribute( 'href' ) )
		);
	expect( citedLinks ).toEqual( pageLinks );

	const description = await reader
		.locator( 'meta[name="description"]' )
		.getAttribute( 'content' );
	expect( description ).toBe( page.description );
	expect( description?.length ).toBeGreaterThan( 50 );
} );

test( 'text from a block cannot break out of the JSON-LD script element, ours or an SEO plugin’s', async ( {
	requestUtils,
	reader,
	createdPosts,
} ) => {
	const breakout = `</script><script>window.${ MARKER }=1;alert(1)</script>`;
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Breakout attempt',
			status: 'publish',
			content:
				evidenceList( [
					{
						finding: 'A finding.',
						condition: `Depression ${ breakout.replace( /</g, '&lt;' ).replace( />/g, '&gt;' ) }`,
					},
				] ) +
				referencesList( [
					{
						id: 'rbrk1',
						title: breakout
							.replace( /</g, '&lt;' )
							.replace( />/g, '&gt;' ),
						doi: '10.1001/archpsyc.63.8.856',
					},
				] ),
		},
	} );
	createdPosts.push( post.id );
	const dialogs = watchDialogs( reader );
	for ( const { standIn, scriptClass } of [
		{ standIn: '', scriptClass: '' },
		...SEO_PLUGINS,
	] ) {
		await actAsIfActive( reader, standIn );
		await reader.goto( post.link );
		const graph = await graphOf( reader, scriptClass );
		const page = graph.find(
			( node ) => node[ '@type' ] === 'MedicalWebPage'
		) as Node;
		// Other plugins' encoders leave "<" as is: our pieces carry a look-alike.
		expect( ( page.about as Node[] )[ 0 ]?.name ).toBe(
			`Depression ${
				standIn ? breakout.replace( /</g, '\uFF1C' ) : breakout
			}`
		);
		// The References list's title too, read by the server as text.
		expect( ( page.citation as Node[] )[ 0 ]?.name ).toBe(
			standIn ? breakout.replace( /</g, '\uFF1C' ) : breakout
		);
		expect( dialogs ).toEqual( [] );
		expect(
			await reader.evaluate( ( marker ) => marker in window, MARKER )
		).toBe( false );
	}
} );

test( 'every address in the graph comes from a checked identifier; what fails is left out', async ( {
	requestUtils,
	reader,
	createdPosts,
} ) => {
	// The DOI that once came out as https://doi.org/10.1234/">＜/script>x.
	const hostileDoi = '10.1234/&quot;&gt;\uFF1C/script&gt;x';
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Identifiers',
			status: 'publish',
			content: referencesList( [
				{
					id: 'rhost',
					title: 'Hostile',
					doi: hostileDoi,
					pmid: '123abc',
					url: 'javascript:alert(1)',
				},
				{
					id: 'rgood',
					title: 'Good',
					doi: 'https://doi.org/10.1001/archpsyc.63.8.856',
					pmid: 'PMID: 16894061',
					url: 'https://example.org/study?id=1',
				},
			] ),
		},
	} );
	createdPosts.push( post.id );
	await reader.goto( post.link );
	const page = ( await graphOf( reader ) ).find(
		( node ) => node[ '@type' ] === 'MedicalWebPage'
	) as Node;
	const [ hostile, good ] = atLeast( page.citation as Node[], 2 );
	expect( hostile ).not.toHaveProperty( 'sameAs' );
	// The DOI is kept as the author's text, never as an address.
	expect( hostile.identifier ).toEqual( [
		{
			'@type': 'PropertyValue',
			propertyID: 'DOI',
			value: '10.1234/">\uFF1C/script>x',
		},
	] );
	expect( good.sameAs ).toEqual( [
		'https://doi.org/10.1001/archpsyc.63.8.856',
		'https://pubmed.ncbi.nlm.nih.gov/16894061/',
		'https://example.org/study?id=1',
	] );
} );

for ( const { standIn, name, scriptClass } of SEO_PLUGINS ) {
	test( `with ${ name } active, the article's pieces join its graph and its description stays the only one`, async ( {
		reader,
		articleUrl,
	} ) => {
		await reader.goto( articleUrl );
		const ours = await graphOf( reader );

		await actAsIfActive( reader, standIn );
		await reader.goto( articleUrl );
		const [ theirs, ...joined ] = atLeast(
			await graphOf( reader, scriptClass ),
			1
		);
		expect( theirs[ '@id' ] ).toBe( `${ articleUrl }#stand-in` );
		expect( joined ).toEqual( ours );

		const descriptions = reader.locator( 'meta[name="description"]' );
		await expect( descriptions ).toHaveCount( 1 );
		await expect( descriptions ).toHaveAttribute(
			'content',
			`${ name } stand-in description`
		);
	} );
}
