/**
 * Puts the site in the state the README promises: plugin and theme active,
 * the publisher's name, and the article published. Every step is idempotent.
 */
import fs from 'node:fs';
import path from 'node:path';

import { ADMIN, READER_COOKIE, SITE_URL, STATE_DIR, log } from './site.mjs';

/** @import { RequestUtils } from '@wordpress/e2e-test-utils-playwright' */

/**
 * The fields of REST API records that these scripts read (the REST helpers
 * return them untyped).
 *
 * @typedef {{id: number}} WpUser
 * @typedef {{id: number, name: string}} WpCategory
 * @typedef {{name: string, content: string}} WpPattern
 * @typedef {{status: string}} WpPlugin
 */

/**
 * A post as the REST API returns it in the edit context.
 *
 * @typedef {Object} WpPost
 * @property {number}                                  id      Post ID.
 * @property {string}                                  link    Its address.
 * @property {string}                                  status  publish, draft, …
 * @property {{raw: string}}                           title   Title as stored.
 * @property {{raw: string}}                           content Block markup as stored.
 * @property {{raw: string}}                           excerpt Excerpt as stored.
 * @property {{william_health_last_reviewed?: string}} [meta]  Registered meta.
 */

export const PLUGIN = 'william-health-blocks/william-health-blocks';
export const THEME = 'william-inc';
export const ARTICLE_SLUG =
	'why-ketamine-works-for-severe-depression-and-anxiety';
export const ARTICLE_TITLE =
	'Breaking Down the Science: Why Ketamine Works for Severe Depression and Anxiety';
export const ARTICLE_PATTERN = 'william-health-blocks/ketamine-article';

const ARTICLE_EXCERPT =
	'How ketamine acts on the brain’s glutamate system, what the clinical evidence shows for depression, anxiety and suicidal ideation, its risks, and how it is given.';
const ARTICLE_REVIEWED = '2026-11-27';
const PUBLISHER = {
	username: 'william-inc',
	name: 'William Inc.',
	email: 'editorial@william-inc.example',
};

/**
 * Which WordPress to provision and where its administrator's session is
 * kept: the local site (`npm start`) unless told otherwise, such as a site
 * of the production stack.
 *
 * @typedef {Object} SiteTarget
 * @property {string} siteUrl  The site's address, without a trailing slash.
 * @property {string} stateDir Folder for the saved administrator session.
 */

/** @type {SiteTarget} */
const LOCAL_SITE = { siteUrl: SITE_URL, stateDir: STATE_DIR };

/**
 * Logs in as the administrator over REST.
 *
 * @param {SiteTarget} [target] The site; the local site by default.
 * @return {Promise<RequestUtils>} REST helpers.
 */
export async function adminRequestUtils( target = LOCAL_SITE ) {
	// The utils read the site from the environment when they are imported.
	process.env.WP_BASE_URL = target.siteUrl;
	const { RequestUtils } =
		await import( '@wordpress/e2e-test-utils-playwright' );
	fs.mkdirSync( target.stateDir, { recursive: true } );
	return RequestUtils.setup( {
		baseURL: target.siteUrl,
		user: ADMIN,
		storageStatePath: path.join(
			target.stateDir,
			'admin-storage-state.json'
		),
	} );
}

/**
 * A throw-away editor for a script that opens the block editor, logged in
 * once, with the first-visit dialogs (welcome guide, starter patterns) off:
 * on a brand-new site they would open over the editor and take the clicks
 * the script makes. Delete it with `session.remove()`.
 *
 * @param {RequestUtils} requestUtils Administrator's REST helpers.
 * @param {string}       username     Login name for the user.
 * @return {Promise<{storageStatePath: string, remove: () => Promise<void>}>} Its saved session.
 */
export async function createEditorSession( requestUtils, username ) {
	const password = crypto.randomUUID();
	/** @type {WpUser[]} */
	const [ existing ] = await requestUtils.rest( {
		path: '/wp/v2/users',
		params: { slug: username, context: 'edit' },
	} );
	/** @type {WpUser} */
	const user = await requestUtils.rest( {
		method: 'POST',
		path: existing ? `/wp/v2/users/${ existing.id }` : '/wp/v2/users',
		data: {
			...( existing
				? {}
				: { username, email: `${ username }@example.invalid` } ),
			password,
			roles: [ 'editor' ],
			meta: {
				persisted_preferences: {
					core: { enableChoosePatternModal: false },
					'core/edit-post': { welcomeGuide: false },
					_modified: new Date().toISOString(),
				},
			},
		},
	} );
	const storageStatePath = path.join( STATE_DIR, `${ username }.json` );
	// Playground would log the login request in as admin first without this.
	fs.writeFileSync(
		storageStatePath,
		JSON.stringify( {
			cookies: [
				{
					name: READER_COOKIE.split( '=' )[ 0 ],
					value: READER_COOKIE.split( '=' )[ 1 ],
					domain: new URL( SITE_URL ).hostname,
					path: '/',
					expires: -1,
					httpOnly: false,
					secure: false,
					sameSite: 'Lax',
				},
			],
			origins: [],
		} )
	);
	const { RequestUtils } =
		await import( '@wordpress/e2e-test-utils-playwright' );
	const session = await RequestUtils.setup( {
		baseURL: SITE_URL,
		user: { username, password },
		storageStatePath,
	} );
	await session.setupRest();
	await session.request.dispose();
	return {
		storageStatePath,
		remove: async () => {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/${ user.id }`,
				params: { force: true, reassign: 1 },
			} );
			fs.rmSync( storageStatePath, { force: true } );
		},
	};
}

/**
 * @param {RequestUtils} requestUtils REST helpers.
 * @return {Promise<number>} The publisher's user ID.
 */
async function ensurePublisher( requestUtils ) {
	/** @type {WpUser[]} */
	const found = await requestUtils.rest( {
		path: '/wp/v2/users',
		params: { slug: PUBLISHER.username, context: 'edit' },
	} );
	if ( found[ 0 ] ) {
		return found[ 0 ].id;
	}
	/** @type {WpUser} */
	const user = await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users',
		data: {
			...PUBLISHER,
			// Nobody logs in as the publisher; it only signs articles.
			password: crypto.randomUUID(),
			roles: [ 'author' ],
		},
	} );
	return user.id;
}

/**
 * @param {RequestUtils} requestUtils REST helpers.
 * @param {string}       name         Category name.
 * @return {Promise<number>} Its term ID.
 */
async function ensureCategory( requestUtils, name ) {
	/** @type {WpCategory[]} */
	const found = await requestUtils.rest( {
		path: '/wp/v2/categories',
		params: { search: name },
	} );
	const match = found.find( ( category ) => category.name === name );
	if ( match ) {
		return match.id;
	}
	/** @type {WpCategory} */
	const created = await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/categories',
		data: { name },
	} );
	return created.id;
}

/**
 * Creates or updates the article from the plugin's pattern.
 *
 * @param {RequestUtils} requestUtils REST helpers.
 * @return {Promise<WpPost>} The published post.
 */
export async function ensureArticle( requestUtils ) {
	/** @type {WpPattern[]} */
	const patterns = await requestUtils.rest( {
		path: '/wp/v2/block-patterns/patterns',
	} );
	const pattern = patterns.find( ( { name } ) => name === ARTICLE_PATTERN );
	if ( ! pattern ) {
		throw new Error(
			`The plugin's pattern ${ ARTICLE_PATTERN } is not registered: is the plugin active and built?`
		);
	}
	const fields = {
		title: ARTICLE_TITLE,
		slug: ARTICLE_SLUG,
		status: 'publish',
		content: pattern.content,
		excerpt: ARTICLE_EXCERPT,
		author: await ensurePublisher( requestUtils ),
		categories: [ await ensureCategory( requestUtils, 'Mental health' ) ],
		comment_status: 'closed',
		ping_status: 'closed',
		// The day the article's claims were checked against tests/fixtures/checked-sources.md.
		meta: { william_health_last_reviewed: ARTICLE_REVIEWED },
	};
	/** @type {WpPost[]} */
	const existing = await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: {
			slug: ARTICLE_SLUG,
			status: 'publish,draft,private',
			context: 'edit',
		},
	} );
	const [ post ] = existing;
	if ( ! post ) {
		/** @type {WpPost} */
		const created = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: fields,
		} );
		log( `Published the article (post ${ created.id }).` );
		return created;
	}
	const changed =
		post.content.raw !== fields.content ||
		post.title.raw !== fields.title ||
		post.excerpt.raw !== fields.excerpt ||
		post.meta?.william_health_last_reviewed !== ARTICLE_REVIEWED ||
		post.status !== 'publish';
	if ( ! changed ) {
		return post;
	}
	// Keep the published date; update only what the pattern owns.
	/** @type {WpPost} */
	const updated = await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/posts/${ post.id }`,
		data: fields,
	} );
	log( `Updated the article (post ${ post.id }) from the pattern.` );
	return updated;
}

/**
 * Brings the running site to its documented state.
 *
 * @param {SiteTarget} [target] The site; the local site by default.
 * @return {Promise<{article: WpPost}>} What was provisioned.
 */
export async function provisionSite( target = LOCAL_SITE ) {
	const requestUtils = await adminRequestUtils( target );
	/** @type {WpPlugin} */
	const plugin = await requestUtils.rest( {
		path: `/wp/v2/plugins/${ PLUGIN }`,
	} );
	if ( plugin.status !== 'active' ) {
		await requestUtils.rest( {
			method: 'PUT',
			path: `/wp/v2/plugins/${ PLUGIN }`,
			data: { status: 'active' },
		} );
		log( 'Activated the William Health Blocks plugin.' );
	}
	await requestUtils.activateTheme( THEME );
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/settings',
		data: {
			title: 'William Inc.',
			description: 'Evidence-based health, explained',
			default_comment_status: 'closed',
			default_ping_status: 'closed',
		},
	} );
	// WordPress's sample post has no place on a health publisher's site.
	/** @type {Array<{id: number}>} */
	const [ sample ] = await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: { slug: 'hello-world' },
	} );
	if ( sample ) {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/posts/${ sample.id }`,
		} );
	}
	const article = await ensureArticle( requestUtils );
	await requestUtils.request.dispose();
	return { article };
}
