/**
 * What search engines read: one JSON-LD graph that says what the article
 * says, safe inside its script element, and a meta description.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { evidenceList } from '../utils/markup';
import { MARKER, watchDialogs } from '../utils/xss';

type Node = Record< string, unknown >;

async function graphOf( page: Page ): Promise< Node[] > {
	const blocks = await page
		.locator( 'script[type="application/ld+json"]' )
		.allTextContents();
	expect( blocks ).toHaveLength( 1 );
	const data = JSON.parse( blocks[ 0 ] ) as {
		'@context': string;
		'@graph': Node[];
	};
	expect( data[ '@context' ] ).toBe( 'https://schema.org' );
	return data[ '@graph' ];
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
	// Every cited DOI and PMID is a link in the evidence list, and the reverse.
	const citedLinks = ( page.citation as Node[] ).flatMap(
		( citation ) => citation.sameAs as string[]
	);
	const pageLinks = await reader
		.locator( '.wp-block-william-health-evidence-list a' )
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

test( 'text from a block cannot break out of the JSON-LD script element', async ( {
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
			content: evidenceList( [
				{
					finding: 'A finding.',
					condition: `Depression ${ breakout.replace( /</g, '&lt;' ).replace( />/g, '&gt;' ) }`,
					source: {
						title: breakout
							.replace( /</g, '&lt;' )
							.replace( />/g, '&gt;' ),
						doi: '10.1001/archpsyc.63.8.856',
					},
				},
			] ),
		},
	} );
	createdPosts.push( post.id );
	const dialogs = watchDialogs( reader );
	await reader.goto( post.link );
	const graph = await graphOf( reader );
	const page = graph[ 0 ];
	expect( ( page.about as Node[] )[ 0 ].name ).toBe(
		`Depression ${ breakout }`
	);
	expect( dialogs ).toEqual( [] );
	expect(
		await reader.evaluate( ( marker ) => marker in window, MARKER )
	).toBe( false );
} );
