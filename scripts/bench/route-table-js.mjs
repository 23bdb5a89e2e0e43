#!/usr/bin/env node
/**
 * `npm run bench:routes`: the JavaScript the route table adds to a page,
 * with reader sorting off (goal: 0 bytes) and on (goal: at most 2 KB gzip).
 * Uses the running site, or starts it (and stops what it started).
 */
import { chromium } from '@playwright/test';

import { ensureSite } from '../lib/ensure-site.mjs';
import { pageAssets, total } from '../lib/page-assets.mjs';
import { adminRequestUtils, createEditorSession } from '../lib/provision.mjs';
import { SITE_URL, log, stopSite } from '../lib/site.mjs';
import { ensureChromium } from '../lib/system.mjs';

/** @import { WpPost } from '../lib/provision.mjs' */

const BLOCK = 'william-health/administration-routes';

/**
 * The measured table's attributes: two routes in one typed column.
 *
 * @param {boolean} sortable Whether readers may sort the table.
 */
const attributes = ( sortable ) => ( {
	caption: 'Routes',
	columns: [ { key: 'route', label: 'Route', hidden: false } ],
	rows: [
		{ routeCode: 'oral', cells: [ { content: 'Oral' } ] },
		{ routeCode: 'intravenous', cells: [ { content: 'Intravenous' } ] },
	],
	notStated: 'Not stated',
	sortable,
} );

/**
 * The table's saved markup, written by the block itself: the block editor's
 * own createBlock and serialize, in the editor page, so the markup is what
 * save() writes today (no copy of it to drift here).
 *
 * @param {import('@wordpress/e2e-test-utils-playwright').RequestUtils} requestUtils Administrator's REST helpers.
 * @param {boolean[]}                                                   sortables    One table per value.
 * @return {Promise<string[]>} Block markup, one per value.
 */
async function tablesFromTheEditor( requestUtils, sortables ) {
	const session = await createEditorSession(
		requestUtils,
		'william-bench-routes'
	);
	const browser = await chromium.launch( {
		executablePath: ensureChromium(),
		args: [ '--no-sandbox', '--disable-gpu' ],
	} );
	try {
		const context = await browser.newContext( {
			storageState: session.storageStatePath,
		} );
		const page = await context.newPage();
		// Loaded: the editor's scripts, ours among them, have registered
		// their blocks.
		await page.goto( `${ SITE_URL }/wp-admin/post-new.php` );
		return await page.evaluate(
			( { name, tables } ) => {
				/**
				 * The part of the editor's `wp` global used here.
				 *
				 * @typedef {Object} Blocks
				 * @property {( block: string ) => unknown}                     getBlockType Registered type, if any.
				 * @property {( block: string, attributes: object ) => unknown} createBlock  A new block.
				 * @property {( blocks: unknown[] ) => string}                  serialize    Saved markup.
				 */
				const blocks =
					/** @type {Window & { wp?: { blocks?: Blocks } }} */ (
						window
					).wp?.blocks;
				if ( ! blocks?.getBlockType( name ) ) {
					throw new Error(
						`${ name } is not registered in the editor.`
					);
				}
				return tables.map( ( table ) =>
					blocks.serialize( [ blocks.createBlock( name, table ) ] )
				);
			},
			{ name: BLOCK, tables: sortables.map( attributes ) }
		);
	} finally {
		await browser.close();
		await session.remove();
	}
}

const { started } = await ensureSite();
const requestUtils = await adminRequestUtils();
const rows = [];
try {
	const sortables = [ false, true ];
	const tables = await tablesFromTheEditor( requestUtils, sortables );
	for ( const [ index, sortable ] of sortables.entries() ) {
		/** @type {WpPost} */
		const post = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Route table bench (sorting ${ sortable ? 'on' : 'off' })`,
				status: 'publish',
				content: tables[ index ],
			},
		} );
		try {
			const { scripts } = await pageAssets( post.link );
			const ours = scripts.filter( ( script ) =>
				script.url.includes( '/plugins/william-health-blocks/' )
			);
			rows.push( {
				sorting: sortable ? 'on' : 'off',
				scripts: scripts.length,
				'all JS (gzip B)': total( scripts, 'gzip' ),
				'route table JS (raw B)': total( ours, 'raw' ),
				'route table JS (gzip B)': total( ours, 'gzip' ),
			} );
		} finally {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/posts/${ post.id }`,
				params: { force: true },
			} );
		}
	}
} finally {
	await requestUtils.request.dispose();
	if ( started ) {
		stopSite();
	}
}
console.table( rows );
const on = rows.find( ( row ) => row.sorting === 'on' );
const off = rows.find( ( row ) => row.sorting === 'off' );
if ( ! on || ! off ) {
	throw new Error(
		'The table was not measured both with and without sorting.'
	);
}
log(
	`Goals: sorting off 0 B (${ off[ 'all JS (gzip B)' ] } B); sorting on ≤ 2048 B gzip (${ on[ 'route table JS (gzip B)' ] } B).`
);
