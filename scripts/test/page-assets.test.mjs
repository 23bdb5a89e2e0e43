/**
 * The route-table benchmark counts every script a page runs, inline ones by
 * their code, and leaves data blocks (JSON-LD) out.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import { after, before, test } from 'node:test';

import { pageAssets } from '../lib/page-assets.mjs';

const INLINE = 'window.williamInline = 1;';
const LABELLED = 'console.log( "labelled" );';
const EXTERNAL = 'export const external = true;';
const PAGE = `<!doctype html><title>Page</title>
<script>${ INLINE }</script>
<script id="labelled-js">${ LABELLED }</script>
<script id="external-js" src="/external.js?ver=1&amp;x=2"></script>
<script type="application/ld+json">{"@type":"Article","src":"x"}</script>`;

const server = http.createServer( ( request, response ) => {
	response.end( request.url?.startsWith( '/external.js' ) ? EXTERNAL : PAGE );
} );
/** @type {string} */
let origin;

before( async () => {
	await once( server.listen( 0, '127.0.0.1' ), 'listening' );
	const address = server.address();
	assert.ok( address && typeof address === 'object' );
	origin = `http://127.0.0.1:${ address.port }`;
} );

after( () => server.close() );

test( 'inline scripts count by their code, external ones by their file, JSON-LD not at all', async () => {
	const { scripts } = await pageAssets( `${ origin }/post/` );
	assert.deepEqual(
		scripts.map( ( script ) => [ script.url, script.raw ] ),
		[
			[ '(inline)', Buffer.byteLength( INLINE ) ],
			[ '(inline)', Buffer.byteLength( LABELLED ) ],
			[
				`${ origin }/external.js?ver=1&x=2`,
				Buffer.byteLength( EXTERNAL ),
			],
		]
	);
} );
