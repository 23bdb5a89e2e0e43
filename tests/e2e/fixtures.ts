/**
 * The WordPress test fixtures, plus the people of our tests:
 * - `reader`: an anonymous visitor (no login cookie, so no admin bar);
 * - `loginAs( role )`: a page logged in as a fresh user of that role.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from '@wordpress/e2e-test-utils-playwright';

/** Playground logs every new browser in as admin unless it sends this. */
const NO_AUTO_LOGIN = {
	name: 'playground_auto_login_already_happened',
	value: '1',
};

export const ROOT = path.resolve( __dirname, '../..' );
/** The source article, kept in the repository (its first lines say where it came from). */
export const SOURCE_ARTICLE = path.join(
	ROOT,
	'tests/fixtures/source-article.txt'
);
export const ARTICLE_SLUG =
	'why-ketamine-works-for-severe-depression-and-anxiety';

export type Role = 'author' | 'contributor' | 'editor';

/**
 * A browser context with no session, as a visitor from outside.
 *
 * @param browser The test's browser.
 * @param options Context options (viewport, JavaScript).
 */
export async function anonymousContext(
	browser: Browser,
	options: Parameters< Browser[ 'newContext' ] >[ 0 ] = {}
): Promise< BrowserContext > {
	const context = await browser.newContext( {
		...options,
		storageState: { cookies: [], origins: [] },
	} );
	const { hostname } = new URL( process.env.WP_BASE_URL as string );
	await context.addCookies( [
		{ ...NO_AUTO_LOGIN, domain: hostname, path: '/' },
	] );
	return context;
}

/**
 * The source article's lines: publisher, title, then the body; the file's
 * own notes (lines starting with #) and blank lines left out.
 */
export function sourceArticleLines(): string[] {
	return fs
		.readFileSync( SOURCE_ARTICLE, 'utf8' )
		.split( '\n' )
		.map( ( line ) => line.trim() )
		.filter( ( line ) => line && ! line.startsWith( '#' ) );
}

/**
 * Folds typographic quotes and spaces, as WordPress's texturize changes them.
 *
 * @param text Text from the page or the source article.
 */
export function normalizeText( text: string ): string {
	return text
		.replace( /[\u2018\u2019\u2032]/g, "'" )
		.replace( /[\u201C\u201D\u2033]/g, '"' )
		.replace( /\u2013/g, '-' )
		.replace( /\s+/g, ' ' )
		.trim();
}

/**
 * The source article's sentences that a page's text lacks (quotes folded; list
 * numbers, bullets and lead-in colons are markup on the page).
 *
 * @param pageText The page's visible text.
 */
export function missingSourceSentences( pageText: string ): string[] {
	const text = normalizeText( pageText );
	return sourceArticleLines()
		.slice( 2 )
		.map( ( line ) => normalizeText( line.replace( /^(\d+\.|•)\s*/, '' ) ) )
		.flatMap( ( line ) => line.split( /(?<=[.?!:])\s+(?=[A-Z])/ ) )
		.map( ( sentence ) => sentence.replace( /:$/, '' ) )
		.filter( ( sentence ) => ! text.includes( sentence ) );
}

type BlockSummary = { name: string; isValid: boolean };

/**
 * The top-level blocks in the editor, with whether each parsed as valid.
 *
 * @param page An editor page.
 */
export async function editorBlocks( page: Page ): Promise< BlockSummary[] > {
	return page.evaluate( () => {
		const { wp } = window as unknown as {
			wp: {
				data: {
					select: ( store: string ) => {
						getBlocks: () => BlockSummary[];
					};
				};
			};
		};
		return wp.data
			.select( 'core/block-editor' )
			.getBlocks()
			.map( ( { name, isValid } ) => ( { name, isValid } ) );
	} );
}

type Fixtures = {
	/** Post ids a test created; deleted after the test, pass or fail. */
	createdPosts: number[];
	/** Publishes a synced pattern; deleted after the test, pass or fail. */
	createSyncedPattern: (
		title: string,
		content: string
	) => Promise< { id: number } >;
	reader: Page;
	loginAs: ( role: Role ) => Promise< Page >;
	articleUrl: string;
};

export const test = base.extend< Fixtures >( {
	createdPosts: async ( { requestUtils }, use ) => {
		const ids: number[] = [];
		await use( ids );
		for ( const id of ids ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/posts/${ id }`,
				params: { force: true },
			} );
		}
	},
	createSyncedPattern: async ( { requestUtils }, use ) => {
		const ids: number[] = [];
		await use( async ( title, content ) => {
			const pattern = await requestUtils.rest< { id: number } >( {
				method: 'POST',
				path: '/wp/v2/blocks',
				data: { title, status: 'publish', content },
			} );
			ids.push( pattern.id );
			return pattern;
		} );
		for ( const id of ids ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/blocks/${ id }`,
				params: { force: true },
			} );
		}
	},
	reader: async ( { browser }, use ) => {
		const context = await anonymousContext( browser );
		await use( await context.newPage() );
		await context.close();
	},
	loginAs: async ( { browser, requestUtils }, use ) => {
		const contexts: BrowserContext[] = [];
		const users: number[] = [];
		await use( async ( role ) => {
			const username = `e2e-${ role }-${ Date.now() }`;
			const password = `pw-${ Math.random().toString( 36 ).slice( 2 ) }`;
			const user = await requestUtils.createUser( {
				username,
				email: `${ username }@example.com`,
				password,
				roles: [ role ],
			} );
			users.push( user.id );
			// New users skip the first-visit dialogs (welcome guide, starter
			// patterns): on this one-request-at-a-time server the chooser can
			// open long after the editor, over what a test is typing. The
			// chooser has its own test, as the administrator.
			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/users/${ user.id }`,
				data: {
					meta: {
						persisted_preferences: {
							core: { enableChoosePatternModal: false },
							'core/edit-post': { welcomeGuide: false },
							_modified: new Date().toISOString(),
						},
					},
				},
			} );
			const context = await anonymousContext( browser );
			contexts.push( context );
			const page = await context.newPage();
			await page.goto( '/wp-login.php' );
			await page
				.getByLabel( 'Username or Email Address' )
				.fill( username );
			await page
				.getByLabel( 'Password', { exact: true } )
				.fill( password );
			await page.getByRole( 'button', { name: 'Log In' } ).click();
			await page.waitForURL( /wp-admin/ );
			return page;
		} );
		for ( const context of contexts ) {
			await context.close();
		}
		for ( const id of users ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/${ id }`,
				params: { force: true, reassign: 1 },
			} );
		}
	},
	articleUrl: async ( { requestUtils }, use ) => {
		const [ post ] = await requestUtils.rest< Array< { link: string } > >( {
			path: '/wp/v2/posts',
			params: { slug: ARTICLE_SLUG },
		} );
		expect( post, 'the start script publishes the article' ).toBeTruthy();
		await use( post.link );
	},
} );

export { expect };
