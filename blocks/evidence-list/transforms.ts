/**
 * A core list becomes an evidence list (each item's text a finding), and an
 * evidence list becomes a core list again (finding, then the context in
 * words and the study's citation marker, which stays a citation there).
 */
import {
	createBlock,
	getBlockDefaultClassName,
	getSaveContent,
	type Block,
} from '@wordpress/blocks';

import { CITATION_CLASS } from '../shared/citation/markers';
import { blockTransform, text } from '../shared/transforms';

const LIST = 'william-health/evidence-list';
const ITEM = 'william-health/evidence-item';

/**
 * Text as HTML: the words of the context are plain text.
 *
 * @param value Plain text.
 */
function escapeText( value: string ): string {
	const element = document.createElement( 'span' );
	element.textContent = value;
	return element.innerHTML;
}

/**
 * An item as list-item HTML: the finding, then the words of its context
 * and of a source not yet moved into the References list, then its
 * citation marker as saved (our own markup, which the core list item keeps
 * as the citation format).
 *
 * @param item An evidence item block.
 */
function itemText( item: Block ): string {
	// A template's content is inert: nothing loads, no script runs.
	const container = document.createElement( 'template' );
	container.innerHTML = getSaveContent( item.name, item.attributes, [] );
	const marker = container.content.querySelector( `sup.${ CITATION_CLASS }` );
	marker?.remove();
	// In a list item it is the citation format's element, nothing more.
	marker?.setAttribute( 'class', CITATION_CLASS );
	const finding = text( item.attributes.finding );
	const rest = [ '__context', '__reference' ]
		.map( ( part ) =>
			escapeText(
				container.content
					.querySelector(
						`.${ getBlockDefaultClassName( ITEM ) }${ part }`
					)
					?.textContent?.trim() ?? ''
			)
		)
		.filter( Boolean );
	return [ finding, ...rest ].join( ' — ' ) + ( marker?.outerHTML ?? '' );
}

const transforms = {
	from: [
		blockTransform( [ 'core/list' ], ( _attributes, innerBlocks ) =>
			createBlock(
				LIST,
				{},
				innerBlocks.map( ( listItem ) =>
					createBlock( ITEM, {
						finding: text( listItem.attributes.content ),
					} )
				)
			)
		),
	],
	to: [
		blockTransform( [ 'core/list' ], ( _attributes, innerBlocks ) =>
			createBlock(
				'core/list',
				{ ordered: true },
				innerBlocks.map( ( item ) =>
					createBlock( 'core/list-item', {
						content: itemText( item ),
					} )
				)
			)
		),
	],
};

export default transforms;
