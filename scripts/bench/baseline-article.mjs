/**
 * The article as any WordPress user would write it with core blocks only
 * (paragraphs, headings, lists, a table, a group), built from the source
 * article kept in tests/fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';

import { ROOT } from '../lib/site.mjs';

const SOURCE_ARTICLE = path.join( ROOT, 'tests/fixtures/source-article.txt' );

/** @param {string} text Plain text. */
const escape = ( text ) =>
	text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
/** @param {string} text Plain text. */
const paragraph = ( text ) =>
	`<!-- wp:paragraph -->\n<p>${ escape( text ) }</p>\n<!-- /wp:paragraph -->`;
/**
 * @param {string} text  Plain text.
 * @param {number} level Heading level.
 */
const heading = ( text, level = 2 ) =>
	`<!-- wp:heading${ level === 2 ? '' : ` {"level":${ level }}` } -->\n<h${ level } class="wp-block-heading">${ escape( text ) }</h${ level }>\n<!-- /wp:heading -->`;
/**
 * @param {string[]} items   "Lead: rest" lines; the lead is set in bold.
 * @param {boolean}  ordered Numbered or bulleted.
 */
const list = ( items, ordered ) => {
	const tag = ordered ? 'ol' : 'ul';
	const inner = items
		.map( ( item ) => {
			const [ lead = '', rest ] = item.split( /:\s(.*)/s );
			if ( rest === undefined ) {
				throw new Error( `List item without "Lead: text": ${ item }` );
			}
			return `<!-- wp:list-item -->\n<li><strong>${ escape( lead ) }:</strong> ${ escape( rest ) }</li>\n<!-- /wp:list-item -->`;
		} )
		.join( '\n' );
	return `<!-- wp:list${ ordered ? ' {"ordered":true}' : '' } -->\n<${ tag } class="wp-block-list">${ inner }</${ tag }>\n<!-- /wp:list -->`;
};
/**
 * @param {string[]}   head    Column headings.
 * @param {string[][]} rows    Body cells.
 * @param {string}     caption Caption.
 */
const table = ( head, rows, caption ) =>
	`<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>${ head
		.map( ( cell ) => `<th>${ escape( cell ) }</th>` )
		.join( '' ) }</tr></thead><tbody>${ rows
		.map(
			( row ) =>
				`<tr>${ row.map( ( cell ) => `<td>${ escape( cell ) }</td>` ).join( '' ) }</tr>`
		)
		.join(
			''
		) }</tbody></table><figcaption class="wp-element-caption">${ escape( caption ) }</figcaption></figure>\n<!-- /wp:table -->`;
/** @param {string} inner Block markup. */
const group = ( inner ) =>
	`<!-- wp:group {"layout":{"type":"constrained"}} -->\n<div class="wp-block-group">${ inner }</div>\n<!-- /wp:group -->`;

/**
 * Post content for the baseline article.
 *
 * @return {{title: string, content: string}} Title and block markup.
 */
export function baselineArticle() {
	// Notes at the top of the file start with #; blank lines separate paragraphs.
	const lines = fs
		.readFileSync( SOURCE_ARTICLE, 'utf8' )
		.split( '\n' )
		.map( ( line ) => line.trim() )
		.filter( ( line ) => line && ! line.startsWith( '#' ) );
	const [ , title, ...body ] = lines;
	/**
	 * A body line by number: an article shorter than the one this layout
	 * was written for stops with a message, not a TypeError in escape().
	 *
	 * @param {number} index Line number in the body, from 0.
	 * @return {string} The line.
	 */
	const line = ( index ) => {
		const text = body[ index ];
		if ( text === undefined ) {
			throw new Error(
				`${ SOURCE_ARTICLE } has no body line ${ index } (title and ${ body.length } lines).`
			);
		}
		return text;
	};
	if ( title === undefined ) {
		throw new Error( `${ SOURCE_ARTICLE } has no title line.` );
	}
	/** @param {string} text A whole body line. */
	const at = ( text ) => body.indexOf( text );
	const blocks = [
		paragraph( line( 0 ) ),
		heading( line( 1 ) ),
		paragraph( line( 2 ) ),
		heading( line( 3 ), 3 ),
		paragraph( line( 4 ) ),
		heading( line( 5 ), 3 ),
		paragraph( line( 6 ) ),
		heading( line( 7 ), 3 ),
		paragraph( line( 8 ) ),
		heading( line( 9 ) ),
		paragraph( line( 10 ) ),
		list(
			body
				.slice( 11, 14 )
				.map( ( item ) => item.replace( /^\d+\.\s*/, '' ) ),
			true
		),
		heading( line( 14 ) ),
		group( paragraph( line( 15 ) ) ),
		heading( line( 16 ) ),
		paragraph( line( 17 ) ),
		list(
			body.slice( 18, 21 ).map( ( item ) => item.replace( /^•\s*/, '' ) ),
			false
		),
		table(
			[ 'Route', 'Product', 'Bioavailability', 'Status' ],
			[
				[
					'Intravenous infusion',
					'Racemic ketamine',
					'',
					'Off-label for depression',
				],
				[
					'Intranasal spray',
					'Esketamine (Spravato)',
					'Roughly 45–50%',
					'Approved (FDA)',
				],
				[
					'Oral tablets',
					'Racemic ketamine',
					'Roughly 20–25%',
					'Off-label',
				],
			],
			'How ketamine is given'
		),
		paragraph( line( 21 ) ),
		heading( line( at( 'Conclusion' ) ) ),
		...body.slice( at( 'Conclusion' ) + 1 ).map( paragraph ),
	];
	return { title, content: blocks.join( '\n\n' ) };
}
