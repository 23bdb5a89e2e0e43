#!/usr/bin/env node
/**
 * The plugin's own PHP time per request, from its Server-Timing header
 * (plugin/includes/server-timing.php: the structured data and the review
 * lines), on the article (1×) and on the long article (10×,
 * tests/fixtures/long-article/long-article.html), on one site.
 *
 * Each is a copy published under a slug of its own for the few seconds of
 * its timing (the graph's facts are kept for published posts only, so a
 * private copy would time a path no reader takes; the article itself stays
 * untouched), kept out of every listing and feed by
 * tests/mu-plugins/william-bench-baseline.php, and deleted at the end, its
 * kept facts with it.
 *
 * For each: the first request after the post was saved (the blocks are
 * parsed, the facts kept) and the median of the next ones (facts read from
 * the kept copy).
 *
 *     npm run bench:server                       # the local site (Playground)
 *     WILLIAM_STACK_PORT=8710 npm run bench:server -- --stack
 */
import fs from 'node:fs';
import path from 'node:path';

import { ARTICLE_SLUG, adminRequestUtils } from '../lib/provision.mjs';
import { READER_COOKIE, ROOT, SITE_URL, STATE_DIR, log } from '../lib/site.mjs';
import { SITES, target } from '../stack/stack.mjs';
import { percentile, serverTimingDuration } from '../stack/server-times.mjs';

/** @import { SiteTarget } from '../lib/provision.mjs' */

/** The timed copies' slugs. */
const SLUGS = {
	article: 'william-bench-timed-article',
	longArticle: 'william-bench-timed-long-article',
};
const LONG_ARTICLE = path.join(
	ROOT,
	'tests/fixtures/long-article/long-article.html'
);

/**
 * @typedef {Object} ArticleServerTimes
 * @property {number} firstJsonLdMs Structured data, first request after a save.
 * @property {number} firstReviewMs Review lines, the same request.
 * @property {number} jsonLdMs      Structured data, median of the next requests.
 * @property {number} reviewMs      Review lines, median of the next requests.
 * @property {number} totalMs       Both, median of the next requests.
 * @property {number} samples       Next requests.
 */

/**
 * Times one page's Server-Timing: a first request, then `samples` more.
 *
 * @param {string} url     Page.
 * @param {number} samples Requests after the first.
 * @return {Promise<ArticleServerTimes>} Milliseconds.
 */
async function timePage( url, samples ) {
	/** @type {Array<{jsonLd: number, review: number}>} */
	const times = [];
	for ( let request = 0; request <= samples; request++ ) {
		const response = await fetch( url, {
			headers: { cookie: READER_COOKIE },
			signal: AbortSignal.timeout( 60_000 ),
		} );
		await response.arrayBuffer();
		if ( response.status !== 200 ) {
			throw new Error( `${ url } answered ${ response.status }.` );
		}
		const header = response.headers.get( 'server-timing' ) ?? '';
		const jsonLd = serverTimingDuration( header, 'william-health-jsonld' );
		if ( Number.isNaN( jsonLd ) ) {
			throw new Error(
				`${ url } sent no structured-data Server-Timing ("${ header }"): not a local or development site?`
			);
		}
		times.push( {
			jsonLd,
			review: serverTimingDuration( header, 'william-health-review' ),
		} );
	}
	const [ first, ...rest ] = times;
	return {
		firstJsonLdMs: first?.jsonLd ?? NaN,
		firstReviewMs: first?.review ?? NaN,
		jsonLdMs: percentile(
			rest.map( ( time ) => time.jsonLd ),
			0.5
		),
		reviewMs: percentile(
			rest.map( ( time ) => time.review ),
			0.5
		),
		totalMs: percentile(
			rest.map( ( time ) => time.jsonLd + time.review ),
			0.5
		),
		samples,
	};
}

/**
 * The plugin's server times on a site, for the article and the long article.
 *
 * @param {SiteTarget} site    The site.
 * @param {number}     samples Requests per article after the first.
 * @return {Promise<{article: ArticleServerTimes, longArticle: ArticleServerTimes}>} Milliseconds.
 */
export async function pluginServerTimes( site, samples = 20 ) {
	const requestUtils = await adminRequestUtils( site );
	try {
		/** @type {Array<{title: {raw: string}, content: {raw: string}}>} */
		const [ article ] = await requestUtils.rest( {
			path: '/wp/v2/posts',
			params: { slug: ARTICLE_SLUG, context: 'edit' },
		} );
		if ( ! article ) {
			throw new Error(
				`No article ${ ARTICLE_SLUG } on ${ site.siteUrl }.`
			);
		}
		await removeTimedCopies( requestUtils );
		try {
			/**
			 * Publishes a copy and times it.
			 *
			 * @param {'article'|'longArticle'} key     Which.
			 * @param {string}                  content Its blocks.
			 */
			const timeCopy = async ( key, content ) => {
				/** @type {{link: string}} */
				const copy = await requestUtils.rest( {
					method: 'POST',
					path: '/wp/v2/posts',
					data: {
						title: article.title.raw,
						slug: SLUGS[ key ],
						status: 'publish',
						content,
						comment_status: 'closed',
					},
				} );
				return timePage( copy.link, samples );
			};
			return {
				article: await timeCopy( 'article', article.content.raw ),
				longArticle: await timeCopy(
					'longArticle',
					fs.readFileSync( LONG_ARTICLE, 'utf8' )
				),
			};
		} finally {
			await removeTimedCopies( requestUtils );
		}
	} finally {
		await requestUtils.request.dispose();
	}
}

/**
 * Deletes the timed copies (those left by an interrupted run too).
 *
 * @param {import('@wordpress/e2e-test-utils-playwright').RequestUtils} requestUtils Administrator's REST helpers.
 */
async function removeTimedCopies( requestUtils ) {
	/** @type {Array<{id: number}>} */
	const posts = await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: {
			slug: Object.values( SLUGS ).join( ',' ),
			status: 'publish,private,draft,pending,future',
		},
	} );
	for ( const { id } of posts ) {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/posts/${ id }`,
			params: { force: true },
		} );
	}
}

/**
 * @param {ArticleServerTimes} times Figures.
 * @return {string} One line.
 */
export const describeTimes = ( times ) =>
	`structured data ${ times.jsonLdMs.toFixed( 2 ) } ms, review lines ${ times.reviewMs.toFixed( 2 ) } ms, both ${ times.totalMs.toFixed( 2 ) } ms (median of ${ times.samples }); first request after a save ${ times.firstJsonLdMs.toFixed( 2 ) } + ${ times.firstReviewMs.toFixed( 2 ) } ms`;

if ( import.meta.url === `file://${ process.argv[ 1 ] }` ) {
	const stack = process.argv.includes( '--stack' );
	const site = stack
		? target( SITES.ours )
		: { siteUrl: SITE_URL, stateDir: STATE_DIR };
	const times = await pluginServerTimes( site );
	log(
		`${ site.siteUrl } (${ stack ? 'production stack' : 'Playground' }):`
	);
	log( `  article (1×):       ${ describeTimes( times.article ) }` );
	log( `  long article (10×): ${ describeTimes( times.longArticle ) }` );
}
