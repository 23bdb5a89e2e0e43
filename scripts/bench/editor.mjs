/**
 * The benchmark's editor figures, for one article in two posts (ours, and the
 * same text in core blocks), each opened by a person who has not used the
 * editor yet:
 *
 * - time until editable: from the start of the navigation to the caret in
 *   the post's last core paragraph, clicked as soon as the post's last block
 *   is in the canvas (the same definition on both sides: every block
 *   rendered, and the end of the post reachable for typing);
 * - JS heap after load: the page's V8 heap in use (the canvas shares it)
 *   after a garbage collection, right after it became editable;
 * - key-to-frame latency: while typing TYPED into a field near the end of
 *   the post, from each keydown's timestamp to the frame after it (a
 *   requestAnimationFrame callback, then a task, so the frame has been
 *   produced); in our post, in an evidence finding, a route cell and a
 *   notice heading, each against the last core paragraph of the same post.
 *
 * Every figure is the median of several loads, the posts in turn.
 */

/** @import { Browser, Page } from '@playwright/test' */

/** What is typed into each field: 30 characters. */
export const TYPED = ' measured typing, thirty chars';

/** The last core paragraph: the end of the post in both posts. */
export const LAST_PARAGRAPH = 'p[data-type="core/paragraph"]';

/** The fields of ours typed into, the last of each kind in the post. */
export const OUR_FIELDS = {
	evidenceFinding: '.wp-block-william-health-evidence-item__finding',
	routeCell:
		'.wp-block-william-health-administration-routes tbody [contenteditable="true"]',
	noticeHeading: '.wp-block-william-health-safety-notice__heading-text',
};

/**
 * One post to open.
 *
 * @typedef {Object} EditorPost
 * @property {string}                               key     Name in the results ("ours-10x").
 * @property {number}                               postId  Post.
 * @property {Array<{name: string, value: string}>} cookies Cookies of its side.
 * @property {Record<string, string>}               fields  Fields to type in, by name.
 */

/**
 * @typedef {Object} EditorFigures
 * @property {number}                              editableMs      Median time until editable.
 * @property {number}                              heapMB          Median JS heap after load (MB).
 * @property {number}                              blocks          Blocks in the editor, inner ones included.
 * @property {Record<string, number>}              latencyMs       Median key-to-frame latency by field.
 * @property {number[]}                            editableSamples Each load's time.
 * @property {number}                              restRequests    Median REST requests while it loaded.
 * @property {RestRequest[]}                       rest            The first measured load's REST requests.
 * @property {ReturnType<typeof summariseProfile>} [profile]       Where the first measured load's CPU time went.
 */

/**
 * @param {number[]} values Samples.
 * @return {number} Their median; NaN for none.
 */
export const median = ( values ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	const upper = sorted[ middle ] ?? NaN;
	const lower = sorted[ middle - 1 ] ?? NaN;
	return sorted.length % 2 ? upper : ( lower + upper ) / 2;
};

/**
 * A REST request the editor made while it loaded.
 *
 * @typedef {Object} RestRequest
 * @property {string} path    Route and query, without the site.
 * @property {number} startMs When it was sent, from the start of the navigation.
 * @property {number} ms      How long until its response ended.
 */

/**
 * The REST route of a request, or '' for another request.
 *
 * @param {string} url Address.
 * @return {string} "/wp/v2/…?…", or ''.
 */
const restPath = ( url ) => {
	const address = new URL( url );
	const route = address.searchParams.get( 'rest_route' );
	if ( route ) {
		address.searchParams.delete( 'rest_route' );
		return `${ route }${ address.search }`;
	}
	const match = address.pathname.match( /\/wp-json(\/.*)$/ );
	return match?.[ 1 ] ? `${ match[ 1 ] }${ address.search }` : '';
};

/**
 * Opens a post in a new page and waits until it is editable.
 *
 * @param {import('@playwright/test').BrowserContext} context Session.
 * @param {string}                                    url     Editor address.
 * @param {boolean}                                   profile Whether to record a CPU profile of the load.
 * @return {Promise<{page: Page, editableMs: number, heapMB: number, blocks: number, rest: RestRequest[], cpuProfile?: unknown}>} The page, open.
 */
async function openEditor( context, url, profile ) {
	const page = await context.newPage();
	/** @type {RestRequest[]} */
	const rest = [];
	let start = Date.now();
	page.on( 'requestfinished', ( request ) => {
		const path = restPath( request.url() );
		if ( path ) {
			const timing = request.timing();
			rest.push( {
				path,
				startMs: Math.round( timing.startTime - start ),
				ms: Math.round( timing.responseEnd ),
			} );
		}
	} );
	const profiler = profile ? await context.newCDPSession( page ) : null;
	if ( profiler ) {
		await profiler.send( 'Profiler.enable' );
		await profiler.send( 'Profiler.setSamplingInterval', {
			interval: 500,
		} );
		await profiler.send( 'Profiler.start' );
	}
	start = Date.now();
	await page.goto( url, { waitUntil: 'commit' } );
	// Every block in the store, and the last one in the canvas. Polled
	// every 50 ms: cheap against what it waits for.
	await page.waitForFunction(
		() => {
			const select = window.wp?.data?.select;
			const order = select?.( 'core/block-editor' )?.getBlockOrder();
			const last = order?.[ order.length - 1 ];
			/** @type {HTMLIFrameElement|null} */
			const canvas = document.querySelector(
				'iframe[name="editor-canvas"]'
			);
			return Boolean(
				last &&
				canvas?.contentDocument?.querySelector(
					`[data-block="${ last }"]`
				)
			);
		},
		null,
		{ timeout: 300_000, polling: 50 }
	);
	const canvas = page.frameLocator( '[name="editor-canvas"]' );
	const paragraph = canvas.locator( LAST_PARAGRAPH ).last();
	await paragraph.click();
	await paragraph.evaluate(
		( element ) =>
			new Promise( ( resolve ) => {
				const check = () =>
					element.ownerDocument.activeElement === element
						? resolve( true )
						: setTimeout( check, 10 );
				check();
			} )
	);
	const editableMs = Date.now() - start;
	const cpuProfile = profiler
		? ( await profiler.send( 'Profiler.stop' ) ).profile
		: undefined;
	await profiler?.detach();
	const invalid = await page.evaluate( () => {
		const editor = window.wp.data.select( 'core/block-editor' );
		/** @type {string[]} */
		const ids = editor.getClientIdsWithDescendants();
		return ids
			.map(
				( id ) =>
					/** @type {{name: string, isValid: boolean}} */ (
						editor.getBlock( id )
					)
			)
			.filter( ( block ) => ! block.isValid )
			.map( ( block ) => block.name );
	} );
	if ( invalid.length ) {
		throw new Error(
			`${ url } opened with invalid blocks: ${ invalid.join( ', ' ) }`
		);
	}
	const blocks = await page.evaluate(
		() =>
			window.wp.data
				.select( 'core/block-editor' )
				.getClientIdsWithDescendants().length
	);
	const cdp = await context.newCDPSession( page );
	await cdp.send( 'HeapProfiler.collectGarbage' );
	const { usedSize } = await cdp.send( 'Runtime.getHeapUsage' );
	await cdp.detach();
	return {
		page,
		editableMs,
		heapMB: usedSize / 2 ** 20,
		blocks,
		rest,
		cpuProfile,
	};
}

/**
 * Key-to-frame latencies while typing TYPED at the end of a field.
 *
 * @param {Page}   page     The editor, editable.
 * @param {string} selector Field (its last match in the canvas).
 * @return {Promise<number[]>} Milliseconds, one per key.
 */
async function typingLatencies( page, selector ) {
	const frame = page.frame( { name: 'editor-canvas' } );
	if ( ! frame ) {
		throw new Error( 'The editor canvas frame is missing.' );
	}
	const field = page
		.frameLocator( '[name="editor-canvas"]' )
		.locator( selector )
		.last();
	await field.click();
	await page.keyboard.press( 'End' );
	const latencies = await frame.evaluateHandle( () => {
		/** @type {number[]} */
		const list = [];
		const listener = ( /** @type {KeyboardEvent} */ event ) => {
			const start = event.timeStamp;
			window.requestAnimationFrame( () =>
				setTimeout( () => list.push( performance.now() - start ), 0 )
			);
		};
		document.addEventListener( 'keydown', listener, true );
		return {
			list,
			stop: () =>
				document.removeEventListener( 'keydown', listener, true ),
		};
	} );
	await page.keyboard.type( TYPED, { delay: 60 } );
	await frame.waitForFunction(
		( { handle, count } ) => handle.list.length >= count,
		{ handle: latencies, count: TYPED.length }
	);
	// What was typed landed in the field: the figures are of typing there.
	const text = await field.innerText();
	if ( ! text.replace( /\s+/g, ' ' ).includes( TYPED.trim() ) ) {
		throw new Error(
			`Typing into ${ selector } did not land there: "${ text.slice( -80 ) }"`
		);
	}
	const values = await latencies.evaluate( ( handle ) => {
		handle.stop();
		return handle.list;
	} );
	await latencies.dispose();
	return values;
}

/**
 * @typedef {Object} CpuProfile
 * @property {Array<{id: number, callFrame: {functionName: string, url: string, lineNumber: number}}>} nodes      Call tree.
 * @property {number[]}                                                                                samples    Node of each sample.
 * @property {number[]}                                                                                timeDeltas Microseconds before each sample.
 */

/**
 * Where a load's CPU time went: self time by script, and by function in
 * our plugin's scripts.
 *
 * @param {CpuProfile} profile A CPU profile of the load.
 * @return {{byScript: Array<[string, number]>, ours: Array<[string, number]>}} Milliseconds, largest first.
 */
export function summariseProfile( profile ) {
	/** @type {Map<number, number>} */
	const self = new Map();
	profile.samples.forEach( ( node, index ) => {
		self.set(
			node,
			( self.get( node ) ?? 0 ) + ( profile.timeDeltas[ index ] ?? 0 )
		);
	} );
	/** @type {Map<string, number>} */
	const byScript = new Map();
	/** @type {Map<string, number>} */
	const ours = new Map();
	for ( const { id, callFrame } of profile.nodes ) {
		const ms = ( self.get( id ) ?? 0 ) / 1000;
		const script =
			callFrame.url
				.replace( /^https?:\/\/[^/]+/, '' )
				.split( '?' )[ 0 ] ||
			`(${ callFrame.functionName || 'program' })`;
		byScript.set( script, ( byScript.get( script ) ?? 0 ) + ms );
		if ( script.includes( '/plugins/william-health-blocks/' ) ) {
			const name = `${ callFrame.functionName || '(anonymous)' } ${ script
				.split( '/build/' )
				.pop() }:${ callFrame.lineNumber + 1 }`;
			ours.set( name, ( ours.get( name ) ?? 0 ) + ms );
		}
	}
	/** @param {Map<string, number>} map Times. */
	const sorted = ( map ) =>
		[ ...map ]
			.sort( ( a, b ) => b[ 1 ] - a[ 1 ] )
			.map(
				( [ name, ms ] ) =>
					/** @type {[string, number]} */ ( [
						name,
						Math.round( ms ),
					] )
			);
	return {
		byScript: sorted( byScript ).slice( 0, 12 ),
		ours: sorted( ours ).slice( 0, 15 ),
	};
}

/**
 * The editor figures of some posts, the posts in turn on every run after
 * one load each to warm the caches.
 *
 * @param {Object}                    options
 * @param {Browser}                   options.browser      Browser.
 * @param {string}                    options.storageState An editor's saved session.
 * @param {string}                    options.siteUrl      Site.
 * @param {EditorPost[]}              options.posts        Posts.
 * @param {number}                    options.runs         Loads of each post.
 * @param {(message: string) => void} options.step         Progress.
 * @param {boolean}                   [options.profile]    Record a CPU profile of each post's first measured load.
 * @return {Promise<Record<string, EditorFigures>>} By post key.
 */
export async function editorFigures( {
	browser,
	storageState,
	siteUrl,
	posts,
	runs,
	step,
	profile = false,
} ) {
	/** @type {Record<string, {editable: number[], heap: number[], blocks: number, latency: Record<string, number[]>, rest: RestRequest[][], profile?: ReturnType<typeof summariseProfile>}>} */
	const samples = {};
	for ( let run = 0; run <= runs; run++ ) {
		// Run 0 warms the caches; then the order turns round every run.
		const order = run % 2 ? [ ...posts ].reverse() : posts;
		for ( const post of order ) {
			const context = await browser.newContext( {
				viewport: { width: 1280, height: 900 },
				storageState,
			} );
			await context.addCookies( post.cookies );
			try {
				const opened = await openEditor(
					context,
					`${ siteUrl }/wp-admin/post.php?post=${ post.postId }&action=edit`,
					profile && run === 1
				);
				step(
					`  ${ run ? `run ${ run }` : 'warm-up' }, ${ post.key }: editable in ${ opened.editableMs } ms, heap ${ opened.heapMB.toFixed( 1 ) } MB, ${ opened.blocks } blocks, ${ opened.rest.length } REST requests`
				);
				if ( run === 0 ) {
					continue;
				}
				const figures = ( samples[ post.key ] ??= {
					editable: [],
					heap: [],
					blocks: opened.blocks,
					latency: {},
					rest: [],
				} );
				figures.rest.push( opened.rest );
				if ( opened.cpuProfile ) {
					figures.profile = summariseProfile(
						/** @type {CpuProfile} */ ( opened.cpuProfile )
					);
				}
				figures.editable.push( opened.editableMs );
				figures.heap.push( opened.heapMB );
				for ( const [ name, selector ] of Object.entries(
					post.fields
				) ) {
					( figures.latency[ name ] ??= [] ).push(
						...( await typingLatencies( opened.page, selector ) )
					);
				}
			} finally {
				// Closed without "leave the page?": nothing typed is saved.
				await context.close();
			}
		}
	}
	return Object.fromEntries(
		Object.entries( samples ).map( ( [ key, figures ] ) => [
			key,
			{
				editableMs: median( figures.editable ),
				heapMB: median( figures.heap ),
				blocks: figures.blocks,
				latencyMs: Object.fromEntries(
					Object.entries( figures.latency ).map(
						( [ name, values ] ) => [ name, median( values ) ]
					)
				),
				editableSamples: figures.editable,
				restRequests: median(
					figures.rest.map( ( list ) => list.length )
				),
				rest: figures.rest[ 0 ] ?? [],
				profile: figures.profile,
			},
		] )
	);
}
