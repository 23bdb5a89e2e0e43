/**
 * The scripts and stylesheets a page's HTML names (including script modules
 * and their import map) and the inline ones, with raw and gzip sizes: what
 * `npm run bench:routes` counts. `npm run bench` weighs pages differently,
 * from the responses a real browser receives (scripts/bench/compare.mjs).
 */
import zlib from 'node:zlib';

import { READER_COOKIE } from './site.mjs';

/**
 * One script or stylesheet and its size.
 *
 * @typedef {Object} Asset
 * @property {string} url  Its address, or "(inline)".
 * @property {number} raw  Bytes as served.
 * @property {number} gzip Bytes after gzip -9.
 */

/**
 * @param {string} url Address, fetched as an anonymous reader.
 * @return {Promise<{status: number, text: string}>} Status and body.
 */
const fetchText = async ( url ) => {
	const response = await fetch( url, { headers: { cookie: READER_COOKIE } } );
	return { status: response.status, text: await response.text() };
};

/**
 * @param {string} tag  An element's attributes (or its start tag).
 * @param {string} name Attribute name.
 * @return {string|undefined} Its value, undefined when it is missing.
 */
const attribute = ( tag, name ) =>
	tag.match( new RegExp( `\\s${ name }=["']([^"']*)["']` ) )?.[ 1 ];

/**
 * Lists a page's external and inline scripts and stylesheets with sizes.
 *
 * @param {string} url Page address.
 * @return {Promise<{html: string, scripts: Asset[], styles: Asset[]}>} Assets.
 */
export async function pageAssets( url ) {
	const { text: html } = await fetchText( url );
	/** @type {Asset[]} */
	const scripts = [];
	/** @type {Asset[]} */
	const styles = [];
	/** @param {string} text Body of an asset. */
	const size = ( text ) => ( {
		raw: Buffer.byteLength( text ),
		gzip: zlib.gzipSync( text, { level: 9 } ).length,
	} );
	// Both groups always take part in a match, if only as ''.
	for ( const [ , attributes = '', body = '' ] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi
	) ) {
		const type = attribute( attributes, 'type' ) ?? '';
		// Data blocks are not JavaScript: JSON-LD, speculation rules, import maps' JSON.
		if ( /json|speculationrules/i.test( type ) ) {
			continue;
		}
		const src = attribute( attributes, 'src' );
		if ( src ) {
			const absolute = new URL( src.replace( /&amp;/g, '&' ), url ).href;
			scripts.push( {
				url: absolute,
				...size( ( await fetchText( absolute ) ).text ),
			} );
		} else if ( body.trim() ) {
			scripts.push( { url: '(inline)', ...size( body ) } );
		}
	}
	// Script modules load their dependencies through the import map.
	const importMap = html.match(
		/<script type="importmap"[^>]*>([\s\S]*?)<\/script>/i
	)?.[ 1 ];
	/** @type {{imports?: Record<string, string>}} */
	const { imports = {} } = importMap ? JSON.parse( importMap ) : {};
	for ( const href of Object.values( imports ) ) {
		const absolute = new URL( href, url ).href;
		if ( ! scripts.some( ( script ) => script.url === absolute ) ) {
			scripts.push( {
				url: absolute,
				...size( ( await fetchText( absolute ) ).text ),
			} );
		}
	}
	for ( const [ tag ] of html.matchAll(
		/<link\b[^>]*rel=["']stylesheet["'][^>]*>/gi
	) ) {
		const href = attribute( tag, 'href' );
		if ( href ) {
			const absolute = new URL( href.replace( /&amp;/g, '&' ), url ).href;
			styles.push( {
				url: absolute,
				...size( ( await fetchText( absolute ) ).text ),
			} );
		}
	}
	for ( const [ , body = '' ] of html.matchAll(
		/<style\b[^>]*>([\s\S]*?)<\/style>/gi
	) ) {
		styles.push( { url: '(inline)', ...size( body ) } );
	}
	return { html, scripts, styles };
}

/**
 * @param {Asset[]}      assets Scripts or stylesheets.
 * @param {'raw'|'gzip'} key    Which size.
 * @return {number} Their sum.
 */
export const total = ( assets, key ) =>
	assets.reduce( ( sum, asset ) => sum + asset[ key ], 0 );
