#!/usr/bin/env node
/**
 * `npm run bench:routes`: the JavaScript the route table adds to a page,
 * with reader sorting off (goal: 0 bytes) and on (goal: at most 2 KB gzip).
 * Uses the running site, or starts it (and stops what it started).
 */
import { pageAssets, total } from '../lib/page-assets.mjs';
import { ensureSite } from '../lib/ensure-site.mjs';
import { adminRequestUtils } from '../lib/provision.mjs';
import { log, stopSite } from '../lib/site.mjs';

/** @import { WpPost } from '../lib/provision.mjs' */

/** @param {boolean} sortable Whether readers may sort the table. */
const table = ( sortable ) =>
	`<!-- wp:william-health/administration-routes {"sortable":${ sortable },"rows":[{"route":"Oral"},{"route":"Intravenous"}]} -->
<figure class="wp-block-william-health-administration-routes alignwide${ sortable ? ' is-sortable' : '' }"><table class="wp-block-william-health-administration-routes__table"><caption><span class="wp-block-william-health-administration-routes__caption-text">Routes</span></caption><thead><tr><th scope="col">Route</th></tr></thead><tbody><tr><th scope="row" data-label="Route">Oral</th></tr><tr><th scope="row" data-label="Route">Intravenous</th></tr></tbody></table></figure>
<!-- /wp:william-health/administration-routes -->`;

const { started } = await ensureSite();
const requestUtils = await adminRequestUtils();
const rows = [];
try {
	for ( const sortable of [ false, true ] ) {
		/** @type {WpPost} */
		const post = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Route table bench (sorting ${ sortable ? 'on' : 'off' })`,
				status: 'publish',
				content: table( sortable ),
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
