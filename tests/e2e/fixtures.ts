/**
 * The WordPress test fixtures, plus the people of our tests:
 * - `reader`: an anonymous visitor (no login cookie, so no admin bar);
 * - `loginAs( role )`: a page logged in as a fresh user of that role.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
	test as base,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

import { NO_AUTO_LOGIN, RoleSessions, type Role } from './utils/roles';
import { atLeast } from '../../blocks/shared/at-least';

export const ROOT = path.resolve( __dirname, '../..' );
/** The source article, kept in the repository (its first lines say where it came from). */
export const SOURCE_ARTICLE = path.join(
	ROOT,
	'tests/fixtures/source-article.txt'
);
export const ARTICLE_SLUG =
	'why-ketamine-works-for-severe-depression-and-anxiety';

export type { Role };

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
	/**
	 * Creates a synced pattern (published unless `fields` say otherwise);
	 * deleted after the test, pass or fail.
	 */
	createSyncedPattern: (
		title: string,
		content: string,
		fields?: Record< string, unknown >
	) => Promise< { id: number } >;
	reader: Page;
	/** A browser page logged in as the run's user of that role. */
	loginAs: ( role: Role ) => Promise< Page >;
	/** REST calls as the run's user of that role (its nonce, its capabilities). */
	restAs: ( role: Role ) => Promise< RequestUtils >;
	articleUrl: string;
};

type WorkerFixtures = {
	roleSessions: RoleSessions;
};

export const test = base.extend< Fixtures, WorkerFixtures >( {
	roleSessions: [
		async ( { requestUtils }, use, workerInfo ) => {
			const sessions = new RoleSessions(
				requestUtils,
				process.env.WP_BASE_URL as string,
				path.join(
					process.env.WP_ARTIFACTS_PATH ??
						path.join( ROOT, 'artifacts' ),
					'storage-states'
				),
				workerInfo.workerIndex
			);
			await use( sessions );
			await sessions.end();
		},
		{ scope: 'worker' },
	],
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
		await use( async ( title, content, fields = {} ) => {
			const pattern = await requestUtils.rest< { id: number } >( {
				method: 'POST',
				path: '/wp/v2/blocks',
				data: { title, status: 'publish', content, ...fields },
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
	loginAs: async ( { browser, roleSessions }, use ) => {
		const contexts: BrowserContext[] = [];
		await use( async ( role ) => {
			const { statePath } = await roleSessions.session( role );
			const context = await browser.newContext( {
				storageState: statePath,
			} );
			contexts.push( context );
			return context.newPage();
		} );
		for ( const context of contexts ) {
			await context.close();
		}
	},
	restAs: async ( { roleSessions }, use ) => {
		await use(
			async ( role ) => ( await roleSessions.session( role ) ).rest
		);
	},
	articleUrl: async ( { requestUtils }, use ) => {
		const [ post ] = atLeast(
			await requestUtils.rest< Array< { link: string } > >( {
				path: '/wp/v2/posts',
				params: { slug: ARTICLE_SLUG },
			} ),
			1
		);
		expect( post, 'the start script publishes the article' ).toBeTruthy();
		await use( post.link );
	},
} );

export { expect };
