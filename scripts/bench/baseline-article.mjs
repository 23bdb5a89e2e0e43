/**
 * The article as any WordPress user would write it with core blocks only
 * (paragraphs, headings, lists, a table, a group), built from the source
 * article kept in tests/fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';

import { ROOT } from '../lib/site.mjs';

const SOURCE_ARTICLE = path.join( ROOT, 'tests/fixtures/source-article.txt' );

const escape = ( text ) =>
	text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
const paragraph = ( text ) =>
	`<!-- wp:paragraph -->\n<p>${ escape( text ) }</p>\n<!-- /wp:paragraph -->`;
const heading = ( text, level = 2 ) =>
	`<!-- wp:heading${ level === 2 ? '' : ` {"level":${ level }}` } -->\n<h${ level } class="wp-block-heading">${ escape( text ) }</h${ level }>\n<!-- /wp:heading -->`;
const list = ( items, ordered ) => {
	const tag = ordered ? 'ol' : 'ul';
	const inner = items
		.map( ( item ) => {
			const [ lead, rest ] = item.split( /:\s(.*)/s );
			return `<!-- wp:list-item -->\n<li><strong>${ escape( lead ) }:</strong> ${ escape( rest ) }</li>\n<!-- /wp:list-item -->`;
		} )
		.join( '\n' );
	return `<!-- wp:list${ ordered ? ' {"ordered":true}' : '' } -->\n<${ tag } class="wp-block-list">${ inner }</${ tag }>\n<!-- /wp:list -->`;
};
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
	const at = ( text ) => body.indexOf( text );
	const blocks = [
		paragraph( body[ 0 ] ),
		heading( body[ 1 ] ),
		paragraph( body[ 2 ] ),
		heading( body[ 3 ], 3 ),
		paragraph( body[ 4 ] ),
		heading( body[ 5 ], 3 ),
		paragraph( body[ 6 ] ),
		heading( body[ 7 ], 3 ),
		paragraph( body[ 8 ] ),
		heading( body[ 9 ] ),
		paragraph( body[ 10 ] ),
		list(
			body
				.slice( 11, 14 )
				.map( ( item ) => item.replace( /^\d+\.\s*/, '' ) ),
			true
		),
		heading( body[ 14 ] ),
		group( paragraph( body[ 15 ] ) ),
		heading( body[ 16 ] ),
		paragraph( body[ 17 ] ),
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
		paragraph( body[ 21 ] ),
		heading( body[ at( 'Conclusion' ) ] ),
		...body.slice( at( 'Conclusion' ) + 1 ).map( paragraph ),
	];
	return { title, content: blocks.join( '\n\n' ) };
}
