/**
 * Nothing a visitor may not read reaches them through our output: not the
 * structured data or description of a password-protected article, and not
 * another post's words pulled in through a synced-pattern reference. Each
 * protected source carries its own marker; the pages a reader and a
 * Contributor get must not contain it anywhere (body, head, JSON-LD).
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { savedBlock } from '../utils/saved-blocks';

/**
 * An evidence list and the References list it cites, whose fields our
 * structured data reads hold the marker.
 *
 * @param marker A word that must not leak.
 */
const contentWith = ( marker: string ) =>
	savedBlock( 'evidence-list', [
		[ 'Mood disorders', `Condition ${ marker }` ],
		[ 'Relapse was less frequent on lithium.', `Finding ${ marker }.` ],
	] ) +
	'\n\n' +
	savedBlock( 'references', [
		[ 'Lithium in the prevention of suicide', `Study ${ marker }` ],
	] );

/**
 * The whole HTML of a page, head included.
 *
 * @param page A browser page.
 * @param url  The page to open.
 */
async function htmlOf( page: Page, url: string ): Promise< string > {
	const response = await page.goto( url );
	expect( response?.status() ).toBe( 200 );
	return page.content();
}

test( 'a password-protected article shows its structured data and excerpt only after the password', async ( {
	requestUtils,
	reader,
	createdPosts,
} ) => {
	const marker = `ProtectedArticle${ Date.now() }`;
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			// Titles of protected posts are public by design; the marker is not in it.
			title: 'Protected article',
			status: 'publish',
			password: 'open-sesame',
			excerpt: `Excerpt ${ marker }`,
			content: contentWith( marker ),
		},
	} );
	createdPosts.push( post.id );

	const before = await htmlOf( reader, post.link );
	expect( before ).not.toContain( marker );
	expect( before ).not.toContain(
		'There is no excerpt because this is a protected post'
	);
	await expect(
		reader.locator( 'script[type="application/ld+json"]' )
	).toHaveCount( 0 );
	await expect( reader.locator( 'meta[name="description"]' ) ).toHaveCount(
		0
	);

	// With the password the reader may read it all, structured data included.
	await reader.getByLabel( 'Password:' ).fill( 'open-sesame' );
	await reader.getByRole( 'button', { name: 'Enter' } ).click();
	const graph = reader.locator( 'script[type="application/ld+json"]' );
	await expect( graph ).toHaveCount( 1 );
	const data = JSON.parse( ( await graph.textContent() ) as string );
	const [ webPage ] = data[ '@graph' ];
	// The title as written, without WordPress's "Protected: " prefix.
	expect( webPage.name ).toBe( 'Protected article' );
	expect( JSON.stringify( webPage.about ) ).toContain( marker );
} );

test( 'a draft’s structured data has no empty publication date', async ( {
	requestUtils,
	page,
	createdPosts,
} ) => {
	const post = await requestUtils.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Draft with evidence',
			status: 'draft',
			content: contentWith( 'DraftMarker' ),
		},
	} );
	createdPosts.push( post.id );
	await page.goto( `/?p=${ post.id }&preview=true` );
	const data = JSON.parse(
		( await page
			.locator( 'script[type="application/ld+json"]' )
			.textContent() ) as string
	);
	const [ webPage ] = data[ '@graph' ];
	expect( webPage.name ).toBe( 'Draft with evidence' );
	expect( webPage ).not.toHaveProperty( 'datePublished' );
	// A new draft has no dates yet; any property present has a value.
	for ( const [ key, value ] of Object.entries( webPage ) ) {
		expect( [ key, value ] ).not.toEqual( [ key, false ] );
		expect( [ key, value ] ).not.toEqual( [ key, '' ] );
	}
} );

test( 'a synced-pattern reference shows only what core would render: a published, unprotected pattern', async ( {
	requestUtils,
	restAs,
	loginAs,
	reader,
	createdPosts,
	createSyncedPattern,
} ) => {
	const run = Date.now();
	const post = async ( label: string, fields: Record< string, unknown > ) => {
		const marker = `${ label }${ run }`;
		// Published titles are public (related posts list them): the
		// marker is in the content only.
		const { id } = await requestUtils.rest< { id: number } >( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `${ label } source`,
				content: contentWith( marker ),
				...fields,
			},
		} );
		createdPosts.push( id );
		return { marker, id };
	};
	const pattern = async (
		label: string,
		fields: Record< string, unknown >
	) => {
		const marker = `${ label }${ run }`;
		const { id } = await createSyncedPattern(
			`${ label } source`,
			contentWith( marker ),
			fields
		);
		return { marker, id };
	};
	const hidden = [
		await post( 'ProtectedPost', { status: 'publish', password: 'x' } ),
		await post( 'PrivatePost', { status: 'private' } ),
		await post( 'DraftPost', { status: 'draft' } ),
		// A published post is not a synced pattern: core does not render it.
		await post( 'PublishedPost', { status: 'publish' } ),
		await pattern( 'DraftPattern', { status: 'draft' } ),
		await pattern( 'ProtectedPattern', { password: 'x' } ),
	];
	const trashed = await post( 'TrashedPost', { status: 'publish' } );
	await requestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/posts/${ trashed.id }`,
	} );
	hidden.push( trashed );
	// The one reference that may be followed, so the test shows it can be.
	const shown = await pattern( 'PublishedPattern', {} );

	const contributor = await restAs( 'contributor' );
	const draft = await contributor.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'References',
			status: 'draft',
			content: [ ...hidden, shown ]
				.map( ( { id } ) => `<!-- wp:block {"ref":${ id }} /-->` )
				.join( '\n' ),
		},
	} );
	createdPosts.push( draft.id );

	const expectOnlyShown = ( html: string ) => {
		expect(
			hidden
				.map( ( { marker } ) => marker )
				.filter( ( marker ) => html.includes( marker ) )
		).toEqual( [] );
		expect( html ).toContain( `Condition ${ shown.marker }` );
	};
	// The Contributor previews their draft…
	const contributorPage = await loginAs( 'contributor' );
	expectOnlyShown(
		await htmlOf( contributorPage, `/?p=${ draft.id }&preview=true` )
	);
	const graph = JSON.parse(
		( await contributorPage
			.locator( 'script[type="application/ld+json"]' )
			.textContent() ) as string
	);
	expect( JSON.stringify( graph ) ).toContain( shown.marker );

	// …and once it is published unchanged, a reader opens it.
	const published = await requestUtils.rest< { link: string } >( {
		method: 'POST',
		path: `/wp/v2/posts/${ draft.id }`,
		data: { status: 'publish' },
	} );
	expectOnlyShown( await htmlOf( reader, published.link ) );
} );
