/**
 * A core list becomes an evidence list (each item's text a finding), and an
 * evidence list becomes a core list again (finding, then the reference text).
 */
import { createBlock, getSaveContent, type Block } from '@wordpress/blocks';

import { blockTransform, text } from '../shared/transforms';

const LIST = 'william-health/evidence-list';
const ITEM = 'william-health/evidence-item';

/**
 * The words of an item's context and reference, as plain text.
 *
 * @param item An evidence item block.
 */
function itemText( item: Block ): string {
	const container = document.createElement( 'div' );
	container.innerHTML = getSaveContent( item.name, item.attributes, [] );
	const finding = text( item.attributes.finding );
	const rest = [ '__context', '__reference' ]
		.map(
			( part ) =>
				container
					.querySelector(
						`.wp-block-william-health-evidence-item${ part }`
					)
					?.textContent?.trim() ?? ''
		)
		.filter( Boolean );
	return [ finding, ...rest ].join( ' — ' );
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
