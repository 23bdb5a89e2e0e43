#!/usr/bin/env node
/**
 * `npm run bench`: the article with our theme and blocks against the same
 * article in core blocks on Twenty Twenty-Five, side by side on one server.
 * Prints a table (ours, baseline, ours/baseline) and writes the figures, with
 * the machine's CPU and the WordPress, PHP and browser versions, as JSON
 * under artifacts/bench/. Uses the running site or starts it.
 *
 * It leaves the site as it found it: the core-block copy is a private post
 * (tests/mu-plugins/william-bench-baseline.php lets only the benchmark's
 * requests open it), deleted at the end, as is the editor it logs in as; the
 * run fails if the site's posts or users differ afterwards.
 *
 * The editor figures are of four more private posts, created and deleted
 * the same way: the article (1×) and the long article (10×,
 * tests/fixtures/long-article/), each in our blocks and in core blocks
 * (scripts/bench/editor.mjs says what is measured).
 *
 * --quick: page bytes and request counts only (no timings, Lighthouse or
 * editor), what `npm test` runs so this script cannot rot. --editor-only:
 * page bytes and the editor figures, no first-byte times or Lighthouse (to
 * work on the editor; the README's table comes from full runs).
 * --editor-runs=N: loads of each post (default 5). --profile: a CPU profile
 * of each post's first measured load, summed by script and by function of
 * ours, in the JSON. --site-ready: the caller
 * has just built, started and provisioned the site.
 *
 * The machine's load average (1 minute) is sampled every 10 s and written
 * with the figures: timings taken above a load of 3 are to be run again.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import { chromium } from '@playwright/test';

import { ensureSite } from '../lib/ensure-site.mjs';
import {
	adminRequestUtils,
	ARTICLE_SLUG,
	createEditorSession,
} from '../lib/provision.mjs';
import {
	READER_COOKIE,
	ROOT,
	SITE_URL,
	STATE_DIR,
	isSiteRunning,
	log,
	stopSite,
} from '../lib/site.mjs';
import { ensureChromium } from '../lib/system.mjs';
import { RESULT_FILE as STACK_LOAD_FILE } from '../stack/load.mjs';
import { stackServerTimes } from '../stack/server-times.mjs';
import { SITES, target as stackTarget } from '../stack/stack.mjs';
import { pluginServerTimes } from './plugin-server-times.mjs';
import { baselineArticle } from './baseline-article.mjs';
import { editorFigures, LAST_PARAGRAPH, OUR_FIELDS } from './editor.mjs';

/** @import { Browser, Response } from '@playwright/test' */
/** @import { RequestUtils } from '@wordpress/e2e-test-utils-playwright' */
/** @import { WpPost } from '../lib/provision.mjs' */

/**
 * Which page: the article with our theme and blocks, or in core blocks on
 * Twenty Twenty-Five.
 *
 * @typedef {'ours'|'baseline'} Side
 */

/**
 * One response of a page load.
 *
 * @typedef {Object} LoadedAsset
 * @property {string}  url  Address.
 * @property {string}  type Playwright's resource type ('script', …).
 * @property {number}  raw  Bytes received.
 * @property {number}  gzip Bytes after gzip -9.
 * @property {boolean} ours Whether our plugin or theme served it.
 */

/**
 * What a reader's browser downloads for a page.
 *
 * @typedef {Object} PageWeight
 * @property {number} requests      Responses.
 * @property {number} jsRaw         Script bytes.
 * @property {number} jsGzip        Script bytes, gzipped.
 * @property {number} jsOursGzip    Of them from our plugin and theme, gzipped.
 * @property {number} cssRaw        Stylesheet bytes.
 * @property {number} cssGzip       Stylesheet bytes, gzipped.
 * @property {number} cssOursGzip   Of them from our plugin and theme (linked or
 *                                  inline, by their handles), each gzipped alone.
 * @property {number} cssInlineGzip Inline style elements, each gzipped alone.
 * @property {number} fontRaw       Font bytes (WOFF2 is compressed already).
 * @property {number} fontRequests  Font files.
 * @property {number} htmlGzip      The page's HTML, gzipped.
 * @property {number} layoutShift   Layout shift while it loaded (one load's CLS).
 * @property {number} totalGzip     All bytes, gzipped.
 */

/**
 * @typedef {'performance'|'accessibility'|'best-practices'|'seo'} LighthouseCategory
 * @typedef {{performance: number, accessibility: number, bestPractices: number, seo: number}} LighthouseScores
 * @typedef {PageWeight & {ttfbMs: number, lighthouse: LighthouseScores}} SideResults
 * @typedef {import('./editor.mjs').EditorFigures} EditorFigures
 * @typedef {Awaited<ReturnType<typeof pluginServerTimes>>} PluginTimes
 * @typedef {{cpu: string, cores: number, memoryGiB: number, os: string, node: string, wordpress: string, php: string, database: string, browser: string, lighthouse: string}} Environment
 */

const RESULTS_DIR = path.join( ROOT, 'artifacts', 'bench' );
const BASELINE_COOKIE = 'william_bench=baseline';
/** Opens our private long article to the benchmark's requests, plugin on. */
const OURS_COOKIE = 'william_bench=ours';
/** The private core-block copy's slug: no author's post is named so. */
const BASELINE_SLUG = 'william-bench-core-block-baseline';
/** Every status a post of the benchmark's could be left in. */
const ANY_STATUS = 'publish,private,draft,pending,future';
/** The editor's posts, private to the benchmark, by their key in the results. */
const EDITOR_SLUGS = {
	'ours-1x': 'william-bench-article-copy',
	'core-1x': BASELINE_SLUG,
	'ours-10x': 'william-bench-long-article',
	'core-10x': 'william-bench-core-block-long-article',
};
const LONG_ARTICLE = path.join( ROOT, 'tests/fixtures/long-article' );
const QUICK = process.argv.includes( '--quick' );
const EDITOR_ONLY = process.argv.includes( '--editor-only' );
const PROFILE = process.argv.includes( '--profile' );
const EDITOR_RUNS = Number(
	process.argv
		.find( ( arg ) => arg.startsWith( '--editor-runs=' ) )
		?.split( '=' )[ 1 ] ?? 5
);
const TTFB_SAMPLES = 20;
const LIGHTHOUSE_RUNS = 3;
const OURS_MARKERS = [
	'/plugins/william-health-blocks/',
	'/themes/william-inc/',
];

const began = Date.now();
/** The 1-minute load average every 10 s of the run. */
const loadSamples = [ os.loadavg()[ 0 ] ?? NaN ];
const loadTimer = setInterval(
	() => loadSamples.push( os.loadavg()[ 0 ] ?? NaN ),
	10_000
);
loadTimer.unref();
/** @param {string} message What the bench does now. */
const step = ( message ) =>
	log(
		`[${ ( ( Date.now() - began ) / 1000 ).toFixed( 0 ).padStart( 4 ) } s] ${ message }`
	);
/**
 * @param {number[]} values Samples.
 * @return {number} Their median; NaN for no samples.
 */
const median = ( values ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	// Only an empty list lacks these.
	const upper = sorted[ middle ] ?? NaN;
	const lower = sorted[ middle - 1 ] ?? NaN;
	return sorted.length % 2 ? upper : ( lower + upper ) / 2;
};
/** @param {Side} side Which page. */
const cookieHeader = ( side ) =>
	`${ READER_COOKIE }; ${ side === 'baseline' ? BASELINE_COOKIE : OURS_COOKIE }`;
/** @param {Side} side Which page. */
const browserCookies = ( side ) =>
	cookieHeader( side )
		.split( '; ' )
		.map( ( pair ) => {
			const [ name = '', value = '' ] = pair.split( '=' );
			return { name, value, domain: 'localhost', path: '/' };
		} );

/**
 * Our article, and a private copy of it in core blocks for the benchmark's
 * requests only. A copy left by an interrupted run is deleted first.
 *
 * @param {RequestUtils} requestUtils Administrator's REST helpers.
 * @return {Promise<{ours: WpPost, baseline: WpPost}>} Both posts.
 */
async function createBaselinePost( requestUtils ) {
	const { title, content } = baselineArticle();
	/** @type {WpPost[]} */
	const [ ours ] = await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: { slug: ARTICLE_SLUG, context: 'edit' },
	} );
	if ( ! ours ) {
		throw new Error(
			`No post ${ ARTICLE_SLUG } to compare: provisioning did not publish it.`
		);
	}
	await removeBaselinePosts( requestUtils );
	/** @type {WpPost} */
	const baseline = await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title,
			slug: BASELINE_SLUG,
			status: 'private',
			content,
			excerpt: ours.excerpt.raw,
			comment_status: 'closed',
		},
	} );
	return { ours, baseline };
}

/**
 * The editor's other posts: a private copy of our article (typing in it
 * must not leave an autosave on the published one), and the long article
 * in our blocks and in core blocks.
 *
 * @param {RequestUtils} requestUtils Administrator's REST helpers.
 * @param {WpPost}       ours         Our article.
 * @return {Promise<Record<string, WpPost>>} By key of EDITOR_SLUGS.
 */
async function createEditorPosts( requestUtils, ours ) {
	/** @param {string} file A file of the long article. */
	const long = ( file ) =>
		fs.readFileSync( path.join( LONG_ARTICLE, file ), 'utf8' );
	const title = `${ ours.title.raw } (long article, ten parts)`;
	/** @type {Array<[string, string, string]>} */
	const posts = [
		[ 'ours-1x', ours.title.raw, ours.content.raw ],
		[ 'ours-10x', title, long( 'long-article.html' ) ],
		[ 'core-10x', title, long( 'long-article-core.html' ) ],
	];
	/** @type {Record<string, WpPost>} */
	const created = {};
	for ( const [ key, postTitle, content ] of posts ) {
		created[ key ] = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: postTitle,
				slug: EDITOR_SLUGS[ /** @type {keyof EDITOR_SLUGS} */ ( key ) ],
				status: 'private',
				content,
				comment_status: 'closed',
			},
		} );
	}
	return created;
}

/**
 * Deletes the benchmark's private posts, skipping the trash.
 *
 * @param {RequestUtils} requestUtils Administrator's REST helpers.
 */
async function removeBaselinePosts( requestUtils ) {
	/** @type {Array<{id: number}>} */
	const copies = await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: {
			slug: Object.values( EDITOR_SLUGS ).join( ',' ),
			status: ANY_STATUS,
		},
	} );
	for ( const { id } of copies ) {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/posts/${ id }`,
			params: { force: true },
		} );
	}
}

/**
 * What the benchmark must leave as it found it: every post (any status; the
 * latest 100) and user, the time each post was last changed, and autosaves
 * of the article.
 *
 * @param {RequestUtils} requestUtils Administrator's REST helpers.
 * @return {Promise<string[]>} One line per post and user, sorted.
 */
async function siteContents( requestUtils ) {
	/** @type {Array<{id: number, slug: string, status: string, modified_gmt: string}>} */
	const posts = await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: {
			status: ANY_STATUS,
			per_page: 100,
			_fields: 'id,slug,status,modified_gmt',
		},
	} );
	/** @type {Array<{id: number}>} */
	const users = await requestUtils.rest( {
		path: '/wp/v2/users',
		params: { per_page: 100, _fields: 'id' },
	} );
	// The editor figures type into our article: an autosave left behind
	// would greet its next editor.
	const article = posts.find( ( post ) => post.slug === ARTICLE_SLUG );
	/** @type {Array<{id: number}>} */
	const autosaves = article
		? await requestUtils.rest( {
				path: `/wp/v2/posts/${ article.id }/autosaves`,
				params: { _fields: 'id' },
			} )
		: [];
	return [
		...posts.map(
			( post ) =>
				`post ${ post.id } ${ post.status } ${ post.modified_gmt }`
		),
		...users.map( ( user ) => `user ${ user.id }` ),
		...autosaves.map( ( autosave ) => `autosave ${ autosave.id }` ),
	].sort();
}

/**
 * Everything a reader's browser downloads for a page.
 *
 * @param {Browser} browser Browser.
 * @param {string}  url     Page.
 * @param {Side}    side    Which page.
 * @return {Promise<PageWeight>} Requests and bytes.
 */
async function pageWeight( browser, url, side ) {
	const context = await browser.newContext();
	await context.addCookies( browserCookies( side ) );
	const page = await context.newPage();
	/** @type {Response[]} */
	const responses = [];
	page.on( 'response', ( response ) => responses.push( response ) );
	const loaded = await page.goto( url, { waitUntil: 'networkidle' } );
	// A page that is not the article (a 404 for a private post the
	// benchmark's cookie failed to open) would weigh something else.
	if ( ! loaded?.ok() ) {
		throw new Error(
			`${ side }: ${ url } answered ${ loaded?.status() ?? 'nothing' }.`
		);
	}
	// Style elements by the handle WordPress prints as their id: core
	// inlines small block styles into the page, where no URL names them.
	/** @type {Array<{id: string, css: string}>} */
	const inlineStyles = await page
		.locator( 'style' )
		.evaluateAll( ( elements ) =>
			elements.map( ( element ) => ( {
				id: element.id,
				css: element.textContent ?? '',
			} ) )
		);
	/** @param {string} text CSS. */
	const gzipped = ( text ) => zlib.gzipSync( text, { level: 9 } ).length;
	// Layout shifts while the page loaded (the heading font must cause
	// none): the buffered entries, read at once through a new observer.
	await page.evaluate( () => document.fonts.ready );
	const layoutShift = await page.evaluate( () => {
		const observer = new PerformanceObserver( () => {} );
		observer.observe( { type: 'layout-shift', buffered: true } );
		const entries = observer.takeRecords();
		observer.disconnect();
		return entries.reduce(
			( sum, entry ) =>
				'value' in entry &&
				typeof entry.value === 'number' &&
				! ( 'hadRecentInput' in entry && entry.hadRecentInput )
					? sum + entry.value
					: sum,
			0
		);
	} );
	/** @type {LoadedAsset[]} */
	const assets = [];
	for ( const response of responses ) {
		const body = await response.body().catch( () => Buffer.alloc( 0 ) );
		assets.push( {
			url: response.url(),
			type: response.request().resourceType(),
			raw: body.length,
			gzip: zlib.gzipSync( body, { level: 9 } ).length,
			ours: OURS_MARKERS.some( ( marker ) =>
				response.url().includes( marker )
			),
		} );
	}
	await context.close();
	/**
	 * @param {LoadedAsset[]} list Responses.
	 * @param {'raw'|'gzip'}  key  Which size.
	 */
	const sum = ( list, key ) =>
		list.reduce( ( total, asset ) => total + asset[ key ], 0 );
	/** @param {string} type Resource type. */
	const of = ( type ) => assets.filter( ( asset ) => asset.type === type );
	return {
		requests: assets.length,
		jsRaw: sum( of( 'script' ), 'raw' ),
		jsGzip: sum( of( 'script' ), 'gzip' ),
		jsOursGzip: sum(
			of( 'script' ).filter( ( asset ) => asset.ours ),
			'gzip'
		),
		cssRaw: sum( of( 'stylesheet' ), 'raw' ),
		cssGzip: sum( of( 'stylesheet' ), 'gzip' ),
		cssOursGzip:
			sum(
				of( 'stylesheet' ).filter( ( asset ) => asset.ours ),
				'gzip'
			) +
			inlineStyles
				.filter( ( style ) => /^william-/.test( style.id ) )
				.reduce( ( total, style ) => total + gzipped( style.css ), 0 ),
		cssInlineGzip: inlineStyles.reduce(
			( total, style ) => total + gzipped( style.css ),
			0
		),
		fontRaw: sum( of( 'font' ), 'raw' ),
		fontRequests: of( 'font' ).length,
		htmlGzip: sum( of( 'document' ), 'gzip' ),
		layoutShift,
		totalGzip: sum( assets, 'gzip' ),
	};
}

/**
 * Median time to first byte, the two pages requested in turn.
 *
 * @param {Record<Side, string>} urls Pages.
 * @return {Promise<Record<Side, number>>} Milliseconds.
 */
async function timeToFirstByte( urls ) {
	/** @type {Record<Side, number[]>} */
	const samples = { ours: [], baseline: [] };
	for ( let round = 0; round < TTFB_SAMPLES + 1; round++ ) {
		/** @type {Side[]} */
		const order =
			round % 2 ? [ 'baseline', 'ours' ] : [ 'ours', 'baseline' ];
		for ( const side of order ) {
			const start = performance.now();
			const response = await fetch( urls[ side ], {
				headers: { cookie: cookieHeader( side ) },
			} );
			const elapsed = performance.now() - start;
			await response.arrayBuffer();
			// The first round warms both pages up and is not counted.
			if ( round > 0 ) {
				samples[ side ].push( elapsed );
			}
		}
	}
	return {
		ours: median( samples.ours ),
		baseline: median( samples.baseline ),
	};
}

/**
 * Each side's median Lighthouse scores over LIGHTHOUSE_RUNS runs, the sides
 * in turn. One run is not enough here: Playground serves static files and
 * PHP from one worker, so a page's CSS and font sometimes wait a second
 * behind the rest of its HTML, and one score swings between 70 and 100.
 *
 * @param {Record<Side, string>} urls       Pages.
 * @param {string|undefined}     chromePath Chromium, or undefined for Playwright's.
 * @return {Record<Side, LighthouseScores>} Median scores out of 100.
 */
function lighthouseMedians( urls, chromePath ) {
	/** @type {Record<Side, LighthouseScores[]>} */
	const runs = { ours: [], baseline: [] };
	for ( let run = 0; run < LIGHTHOUSE_RUNS; run++ ) {
		runs.ours.push( lighthouse( urls.ours, 'ours', chromePath ) );
		runs.baseline.push(
			lighthouse( urls.baseline, 'baseline', chromePath )
		);
	}
	/** @param {LighthouseScores[]} scores One side's runs. */
	const medians = ( scores ) => ( {
		performance: median( scores.map( ( score ) => score.performance ) ),
		accessibility: median( scores.map( ( score ) => score.accessibility ) ),
		bestPractices: median( scores.map( ( score ) => score.bestPractices ) ),
		seo: median( scores.map( ( score ) => score.seo ) ),
	} );
	return { ours: medians( runs.ours ), baseline: medians( runs.baseline ) };
}

/**
 * Lighthouse's mobile scores for a page.
 *
 * @param {string}           url        Page.
 * @param {Side}             side       Which page.
 * @param {string|undefined} chromePath Chromium, or undefined for Playwright's.
 * @return {LighthouseScores} Scores out of 100 (the last run's report stays
 *                            in artifacts/bench/).
 */
function lighthouse( url, side, chromePath ) {
	fs.mkdirSync( RESULTS_DIR, { recursive: true } );
	const output = path.join( RESULTS_DIR, `lighthouse-${ side }.json` );
	const result = spawnSync(
		path.join( ROOT, 'node_modules', '.bin', 'lighthouse' ),
		[
			url,
			'--quiet',
			'--output=json',
			`--output-path=${ output }`,
			'--only-categories=performance,accessibility,best-practices,seo',
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
			`--extra-headers=${ JSON.stringify( { Cookie: cookieHeader( side ) } ) }`,
		],
		{
			env: {
				...process.env,
				...( chromePath ? { CHROME_PATH: chromePath } : {} ),
			},
			encoding: 'utf8',
		}
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`Lighthouse failed for ${ side }: ${ result.stderr.slice( -500 ) }`
		);
	}
	/** @type {{categories: Record<LighthouseCategory, {score: number|null}>}} */
	const { categories } = JSON.parse( fs.readFileSync( output, 'utf8' ) );
	// A category Lighthouse could not score has a null score: 0, as before.
	/** @param {LighthouseCategory} id Category. */
	const score = ( id ) => Math.round( ( categories[ id ].score ?? 0 ) * 100 );
	return {
		performance: score( 'performance' ),
		accessibility: score( 'accessibility' ),
		bestPractices: score( 'best-practices' ),
		seo: score( 'seo' ),
	};
}

/**
 * @param {number} ours     Our figure.
 * @param {number} baseline The baseline's.
 * @return {string} Ours divided by the baseline, two decimals.
 */
const ratio = ( ours, baseline ) => {
	if ( baseline ) {
		return ( ours / baseline ).toFixed( 2 );
	}
	return ours ? '∞' : '1.00';
};

/**
 * The machine and the software the figures were measured on.
 *
 * @param {RequestUtils} requestUtils Administrator's REST helpers.
 * @param {string}       browser      The browser's version.
 * @return {Promise<Environment>} CPU, memory and versions.
 */
async function environment( requestUtils, browser ) {
	/** @type {{wordpress: string, php: string, database: string}} */
	const site = await requestUtils.rest( {
		path: '/william-bench/v1/environment',
	} );
	/** @type {{version: string}} */
	const lighthousePackage = JSON.parse(
		fs.readFileSync(
			path.join( ROOT, 'node_modules/lighthouse/package.json' ),
			'utf8'
		)
	);
	const cpus = os.cpus();
	return {
		cpu: cpus[ 0 ]?.model.trim() ?? 'unknown',
		cores: cpus.length,
		memoryGiB: Math.round( os.totalmem() / 2 ** 30 ),
		os: `${ os.type() } ${ os.release() }`,
		node: process.version,
		...site,
		browser,
		lighthouse: lighthousePackage.version,
	};
}

/** @return {'quick'|'editor'|'full'} What this run measures. */
function runMode() {
	if ( QUICK ) {
		return 'quick';
	}
	return EDITOR_ONLY ? 'editor' : 'full';
}

step( 'Making sure the site runs …' );
/**
 * Builds, starts and provisions the site, unless the caller (`npm test`)
 * has just done so.
 *
 * @return {Promise<{started: boolean}>} Whether the benchmark started it.
 */
async function readySite() {
	if ( ! process.argv.includes( '--site-ready' ) ) {
		return ensureSite();
	}
	if ( ! ( await isSiteRunning() ) ) {
		throw new Error(
			`--site-ready, but no site answers at ${ SITE_URL }.`
		);
	}
	return { started: false };
}
const { started } = await readySite();
const requestUtils = await adminRequestUtils();
/** @type {{date: string, mode: string, site: {startedByBench: boolean, posts: number}, environment: Environment, urls: Record<Side, string>, ours: PageWeight & Partial<SideResults>, baseline: PageWeight & Partial<SideResults>, long?: {urls: Record<Side, string>, ours: PageWeight & Partial<SideResults>, baseline: PageWeight & Partial<SideResults>}, editor?: Record<string, EditorFigures>}|undefined} */
let results;
/** @type {string[]} */
let changed = [];
/** @type {{playground?: PluginTimes, stack?: PluginTimes}} */
const pluginTimes = {};
try {
	const found = await siteContents( requestUtils );
	step(
		'Creating the private baseline article (core blocks, Twenty Twenty-Five) …'
	);
	const { ours, baseline } = await createBaselinePost( requestUtils );
	try {
		/** @type {Record<string, WpPost>} */
		const editorPosts = QUICK
			? {}
			: {
					...( await createEditorPosts( requestUtils, ours ) ),
					'core-1x': baseline,
				};
		const urls = { ours: ours.link, baseline: baseline.link };
		const chromePath = ensureChromium();
		const browser = await chromium.launch( {
			executablePath: chromePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
			],
		} );
		try {
			step( 'Weighing both pages as a reader …' );
			const weight = {
				ours: await pageWeight( browser, urls.ours, 'ours' ),
				baseline: await pageWeight(
					browser,
					urls.baseline,
					'baseline'
				),
			};
			results = {
				date: new Date().toISOString(),
				mode: runMode(),
				site: {
					startedByBench: started,
					posts: found.filter( ( line ) =>
						line.startsWith( 'post ' )
					).length,
				},
				environment: await environment(
					requestUtils,
					browser.version()
				),
				urls,
				ours: weight.ours,
				baseline: weight.baseline,
			};
			const longOurs = editorPosts[ 'ours-10x' ];
			const longCore = editorPosts[ 'core-10x' ];
			if ( longOurs && longCore ) {
				step( 'Weighing both long articles (10×) as a reader …' );
				const longUrls = {
					ours: longOurs.link,
					baseline: longCore.link,
				};
				results.long = {
					urls: longUrls,
					ours: await pageWeight( browser, longUrls.ours, 'ours' ),
					baseline: await pageWeight(
						browser,
						longUrls.baseline,
						'baseline'
					),
				};
			}
			if ( ! QUICK && ! EDITOR_ONLY ) {
				step(
					`Timing the first byte, ${ TTFB_SAMPLES } requests each, interleaved …`
				);
				const ttfb = await timeToFirstByte( urls );
				if ( results.long ) {
					const longTtfb = await timeToFirstByte( results.long.urls );
					results.long.ours.ttfbMs = longTtfb.ours;
					results.long.baseline.ttfbMs = longTtfb.baseline;
				}
				step(
					`Lighthouse (mobile), ${ LIGHTHOUSE_RUNS } runs each, interleaved …`
				);
				const { ours: lighthouseOurs, baseline: lighthouseBaseline } =
					lighthouseMedians( urls, chromePath );
				results.ours = {
					...weight.ours,
					ttfbMs: ttfb.ours,
					lighthouse: lighthouseOurs,
				};
				results.baseline = {
					...weight.baseline,
					ttfbMs: ttfb.baseline,
					lighthouse: lighthouseBaseline,
				};
			}
			if ( ! QUICK ) {
				step(
					`Editor: the article and the long article, ours and in core blocks, ${ EDITOR_RUNS } loads each, interleaved …`
				);
				// An editor of its own, as a person who has not used the editor yet.
				const editorSession = await createEditorSession(
					requestUtils,
					'william-bench-editor'
				);
				try {
					/** @param {string} key A key of EDITOR_SLUGS. */
					const postOf = ( key ) => {
						const post = editorPosts[ key ];
						if ( ! post ) {
							throw new Error( `No editor post ${ key }.` );
						}
						return post.id;
					};
					results.editor = await editorFigures( {
						browser,
						storageState: editorSession.storageStatePath,
						siteUrl: SITE_URL,
						runs: EDITOR_RUNS,
						step,
						profile: PROFILE,
						posts: [ '1x', '10x' ].flatMap( ( size ) => [
							{
								key: `ours-${ size }`,
								postId: postOf( `ours-${ size }` ),
								cookies: browserCookies( 'ours' ),
								fields: {
									...OUR_FIELDS,
									coreParagraph: LAST_PARAGRAPH,
								},
							},
							{
								key: `core-${ size }`,
								postId: postOf( `core-${ size }` ),
								cookies: browserCookies( 'baseline' ),
								fields: { coreParagraph: LAST_PARAGRAPH },
							},
						] ),
					} );
				} finally {
					await editorSession.remove();
				}
			}
		} finally {
			await browser.close();
		}
	} finally {
		step( 'Deleting the baseline article …' );
		await removeBaselinePosts( requestUtils );
	}
	if ( ! QUICK ) {
		step(
			'The plugin’s own server time (Server-Timing), 1× and 10×, on Playground …'
		);
		pluginTimes.playground = await pluginServerTimes( {
			siteUrl: SITE_URL,
			stateDir: STATE_DIR,
		} );
	}
	const left = await siteContents( requestUtils );
	changed = [
		...found.filter( ( line ) => ! left.includes( line ) ),
		...left.filter( ( line ) => ! found.includes( line ) ),
	];
} finally {
	await requestUtils.request.dispose();
	if ( started ) {
		stopSite();
	}
}
if ( ! results ) {
	throw new Error( 'The benchmark measured nothing.' );
}

// Real PHP beside WebAssembly, when the production stack runs.
step( 'Timing the production stack, if it runs …' );
const stack = await stackServerTimes( TTFB_SAMPLES );
if ( stack && ! QUICK ) {
	step( '  the plugin’s own server time on the stack, 1× and 10× …' );
	pluginTimes.stack = await pluginServerTimes( stackTarget( SITES.ours ) );
}
/** @type {import('../stack/load.mjs').LoadResult|null} */
const stackLoad =
	stack && fs.existsSync( STACK_LOAD_FILE )
		? JSON.parse( fs.readFileSync( STACK_LOAD_FILE, 'utf8' ) )
		: null;
if ( ! stack ) {
	log( '  (not running: npm run stack:start adds its server times)' );
}

const { ours, baseline } = results;
/** @param {number} bytes Size. */
const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 1 ) } KB`;
const ms =
	( digits = 0 ) =>
	/** @param {number} value Milliseconds. */
	( value ) =>
		`${ value.toFixed( digits ) } ms`;
/**
 * A table row: one measure on both sides, formatted, and their ratio.
 *
 * @param {string}                                              label    The measure.
 * @param {(side: PageWeight & Partial<SideResults>) => number} pick     Reads it from one side's results.
 * @param {(value: number) => string}                           [format] Writes a value for the table.
 * @return {string[]} The row's cells.
 */
const compared = ( label, pick, format = String ) => {
	const { long } = results;
	/** @param {PageWeight & Partial<SideResults>} side One side at 10×. */
	const safe = ( side ) => {
		try {
			return pick( side );
		} catch {
			return NaN;
		}
	};
	const longCells =
		long && ! Number.isNaN( safe( long.ours ) )
			? [
					format( safe( long.ours ) ),
					format( safe( long.baseline ) ),
					ratio( safe( long.ours ), safe( long.baseline ) ),
				]
			: [ '', '', '' ];
	return [
		label,
		format( pick( ours ) ),
		format( pick( baseline ) ),
		ratio( pick( ours ), pick( baseline ) ),
		...longCells,
	];
};
/** @type {Array<keyof LighthouseScores>} */
const LIGHTHOUSE_KEYS = [
	'performance',
	'accessibility',
	'bestPractices',
	'seo',
];
const rows = [
	compared( 'JavaScript, raw', ( side ) => side.jsRaw, kb ),
	compared( 'JavaScript, gzip', ( side ) => side.jsGzip, kb ),
	[
		'  of it from our plugin and theme',
		kb( ours.jsOursGzip ),
		'–',
		'',
		results.long ? kb( results.long.ours.jsOursGzip ) : '',
		'',
		'',
	],
	compared(
		'CSS, gzip (files, and inline styles each alone)',
		( side ) => side.cssGzip + side.cssInlineGzip,
		kb
	),
	[
		'  of it from our plugin and theme',
		kb( ours.cssOursGzip ),
		'–',
		'',
		results.long ? kb( results.long.ours.cssOursGzip ) : '',
		'',
		'',
	],
	compared( 'Fonts (WOFF2)', ( side ) => side.fontRaw, kb ),
	compared( '  font files', ( side ) => side.fontRequests ),
	compared( 'HTML, gzip', ( side ) => side.htmlGzip, kb ),
	compared( 'All page bytes, gzip', ( side ) => side.totalGzip, kb ),
	compared( 'Requests', ( side ) => side.requests ),
	compared(
		'Layout shift while loading',
		( side ) => side.layoutShift,
		( value ) => value.toFixed( 3 )
	),
];
if ( results.mode === 'full' ) {
	/**
	 * @param {PageWeight & Partial<SideResults>} side One side.
	 * @return {SideResults} Its timings, which a full run always has.
	 */
	const timed = ( side ) => {
		if ( ! side.lighthouse || side.ttfbMs === undefined ) {
			throw new Error( 'A full run lacks its timings.' );
		}
		return {
			...side,
			lighthouse: side.lighthouse,
			ttfbMs: side.ttfbMs,
		};
	};
	rows.push(
		compared(
			`Time to first byte (median of ${ TTFB_SAMPLES })`,
			( side ) => side.ttfbMs ?? NaN,
			ms()
		),
		...LIGHTHOUSE_KEYS.map( ( key ) =>
			compared(
				`Lighthouse mobile: ${ key } (median of ${ LIGHTHOUSE_RUNS })`,
				( side ) => timed( side ).lighthouse[ key ]
			)
		)
	);
}
// Real PHP beside WebAssembly, when the production stack ran.
rows.push(
	...( stack
		? [
				[
					`Production stack (nginx, PHP-FPM, MariaDB): first byte, median of ${ stack.samples }`,
					ms()( stack.oursMs ),
					ms()( stack.baselineMs ),
					ratio( stack.oursMs, stack.baselineMs ),
				],
				[
					'  p95 of the same requests',
					ms()( stack.oursP95Ms ),
					ms()( stack.baselineP95Ms ),
					ratio( stack.oursP95Ms, stack.baselineP95Ms ),
				],
				[
					'  of it our structured data (Server-Timing, median)',
					ms( 2 )( stack.jsonLdMs ),
					'–',
					'',
				],
				[
					'  of it our review lines (Server-Timing, median)',
					ms( 2 )( stack.reviewMs ),
					'–',
					'',
				],
			]
		: [] ),
	...Object.entries( pluginTimes ).flatMap( ( [ where, times ] ) => [
		[
			`Our PHP per request, ${ where === 'stack' ? 'production stack' : 'Playground' } (Server-Timing: structured data + review lines, median of ${ times.article.samples }; goal ≤ 2 ms at 1×, ≤ 10 ms at 10×)`,
			ms( 2 )( times.article.totalMs ),
			'–',
			times.article.totalMs <= 2 ? 'PASS' : 'MISS',
			ms( 2 )( times.longArticle.totalMs ),
			'–',
			times.longArticle.totalMs <= 10 ? 'PASS' : 'MISS',
		],
		[
			'  first request after a save (blocks parsed, facts kept)',
			ms( 2 )(
				times.article.firstJsonLdMs + times.article.firstReviewMs
			),
			'–',
			'',
			ms( 2 )(
				times.longArticle.firstJsonLdMs +
					times.longArticle.firstReviewMs
			),
			'–',
			'',
		],
	] ),
	...( stackLoad
		? [
				[
					`  load test ${ stackLoad.date.slice( 0, 10 ) }, ${ stackLoad.connections } readers: p50`,
					ms()( stackLoad.ours.p50 ),
					ms()( stackLoad.baseline.p50 ),
					stackLoad.p50Ratio.toFixed( 2 ),
				],
				[
					'  load test: p95',
					ms()( stackLoad.ours.p95 ),
					ms()( stackLoad.baseline.p95 ),
					stackLoad.p95Ratio.toFixed( 2 ),
				],
			]
		: [] )
);
const HEAD = [
	'Measure',
	'1× ours',
	'1× baseline',
	'1× ratio',
	'10× ours',
	'10× baseline',
	'10× ratio',
];
const widths = HEAD.map( ( _, column ) =>
	Math.max(
		...[ HEAD, ...rows ].map(
			( row ) => String( row[ column ] ?? '' ).length
		)
	)
);
/** @param {string[]} row Cells. */
const line = ( row ) =>
	`| ${ HEAD.map( ( _, column ) => String( row[ column ] ?? '' ).padEnd( widths[ column ] ?? 0 ) ).join( ' | ' ) } |`;
const { environment: env } = results;
log( '' );
log(
	`${ env.cpu } (${ env.cores } cores), WordPress ${ env.wordpress }, PHP ${ env.php } (${ env.database }), Chromium ${ env.browser }; a site with ${ results.site.posts } posts${ results.site.startedByBench ? ', started by the benchmark' : '' }.`
);
log( line( HEAD ) );
log( `|${ widths.map( ( width ) => '-'.repeat( width + 2 ) ).join( '|' ) }|` );
rows.forEach( ( row ) => log( line( row ) ) );

const { editor } = results;
/** @type {string[][]} */
const editorRows = [];
if ( editor ) {
	/**
	 * @param {string} key Post key.
	 * @return {EditorFigures} Its figures.
	 */
	const of = ( key ) => {
		const figures = editor[ key ];
		if ( ! figures ) {
			throw new Error( `No editor figures for ${ key }.` );
		}
		return figures;
	};
	/**
	 * A row of the editor table: a measure at 1× and 10×, each with its
	 * ratio, and the goal met or missed at both.
	 *
	 * @param {string}                             label  Measure.
	 * @param {(size: string) => [number, number]} pick   Ours and what it is compared with, at "1x" or "10x".
	 * @param {(value: number) => string}          format Writes a value.
	 * @param {number}                             goal   Highest ratio that passes.
	 */
	const sized = ( label, pick, format, goal ) => {
		const cells = [ '1x', '10x' ].flatMap( ( size ) => {
			const [ a, b ] = pick( size );
			return [ format( a ), format( b ), ratio( a, b ) ];
		} );
		const verdicts = [ '1x', '10x' ].map( ( size ) => {
			const [ a, b ] = pick( size );
			return a / b <= goal ? 'PASS' : 'MISS';
		} );
		return [ label, ...cells, `≤ ${ goal }`, verdicts.join( ' / ' ) ];
	};
	/** @param {string} field A field typed into in our post. */
	const latency = ( field ) => ( /** @type {string} */ size ) =>
		/** @type {[number, number]} */ ( [
			of( `ours-${ size }` ).latencyMs[ field ] ?? NaN,
			of( `ours-${ size }` ).latencyMs.coreParagraph ?? NaN,
		] );
	editorRows.push(
		sized(
			'Time until editable (ours vs core post)',
			( size ) => [
				of( `ours-${ size }` ).editableMs,
				of( `core-${ size }` ).editableMs,
			],
			( value ) => `${ value } ms`,
			1.1
		),
		sized(
			'JS heap after load and GC (ours vs core post)',
			( size ) => [
				of( `ours-${ size }` ).heapMB,
				of( `core-${ size }` ).heapMB,
			],
			( value ) => `${ value.toFixed( 1 ) } MB`,
			1.2
		),
		sized(
			'Key-to-frame: evidence finding vs core paragraph',
			latency( 'evidenceFinding' ),
			ms( 1 ),
			1.1
		),
		sized(
			'Key-to-frame: route cell vs core paragraph',
			latency( 'routeCell' ),
			ms( 1 ),
			1.1
		),
		sized(
			'Key-to-frame: notice heading vs core paragraph',
			latency( 'noticeHeading' ),
			ms( 1 ),
			1.1
		),
		sized(
			'  core paragraph: our post vs core post',
			( size ) => [
				of( `ours-${ size }` ).latencyMs.coreParagraph ?? NaN,
				of( `core-${ size }` ).latencyMs.coreParagraph ?? NaN,
			],
			ms( 1 ),
			1.1
		)
	);
	const head = [
		'Editor (median of ' + EDITOR_RUNS + ' loads)',
		'1× ours',
		'1× compared',
		'1× ratio',
		'10× ours',
		'10× compared',
		'10× ratio',
		'Goal',
		'1× / 10×',
	];
	const editorWidths = head.map( ( _, column ) =>
		Math.max(
			...[ head, ...editorRows ].map(
				( row ) => String( row[ column ] ).length
			)
		)
	);
	/** @param {string[]} row Cells. */
	const editorLine = ( row ) =>
		`| ${ row.map( ( cell, column ) => String( cell ).padEnd( editorWidths[ column ] ?? 0 ) ).join( ' | ' ) } |`;
	log( '' );
	log(
		`Editor blocks (inner ones included): 1× ${ of( 'ours-1x' ).blocks } ours, ${ of( 'core-1x' ).blocks } core; 10× ${ of( 'ours-10x' ).blocks } ours, ${ of( 'core-10x' ).blocks } core.`
	);
	log( editorLine( head ) );
	log(
		`|${ editorWidths.map( ( width ) => '-'.repeat( width + 2 ) ).join( '|' ) }|`
	);
	editorRows.forEach( ( row ) => log( editorLine( row ) ) );
}
clearInterval( loadTimer );
loadSamples.push( os.loadavg()[ 0 ] ?? NaN );
const load = {
	start: loadSamples[ 0 ] ?? NaN,
	end: loadSamples[ loadSamples.length - 1 ] ?? NaN,
	max: Math.max( ...loadSamples ),
	mean:
		loadSamples.reduce( ( total, value ) => total + value, 0 ) /
		loadSamples.length,
};
log(
	`\nLoad average (1 min) during the run: ${ load.start.toFixed( 2 ) } at the start, mean ${ load.mean.toFixed( 2 ) }, max ${ load.max.toFixed( 2 ) }, ${ load.end.toFixed( 2 ) } at the end${ load.max > 3 ? ' — above 3: run the timings again on a quieter machine' : '' }.`
);

fs.mkdirSync( RESULTS_DIR, { recursive: true } );
const file = path.join(
	RESULTS_DIR,
	`bench-${ results.mode }-${ results.date.replace( /[:.]/g, '-' ) }.json`
);
fs.writeFileSync(
	file,
	JSON.stringify(
		{
			...results,
			load,
			editorTable: editorRows,
			stack,
			pluginTimes,
			stackLoad,
			leftAsFound: ! changed.length,
		},
		null,
		2
	)
);
log(
	`\nFigures written to ${ path.relative( ROOT, file ) } (${ ( ( Date.now() - began ) / 1000 ).toFixed( 0 ) } s in all).`
);
if ( changed.length ) {
	log(
		`✖ The site is not as the benchmark found it:\n  ${ changed.join( '\n  ' ) }`
	);
	process.exit( 1 );
}
log(
	'✔ The site is as the benchmark found it (posts, users, the article’s autosaves).'
);
