/**
 * An ordered or unordered core list becomes a chain of steps (each item a
 * step, "leads to" between them), and a diagram becomes a core list that
 * keeps the relation words: "blocks the receptor".
 */
import { createBlock } from '@wordpress/blocks';

import { relationWords } from '../mechanism-step/vocabulary';
import { blockTransform, text } from '../shared/transforms';

const DIAGRAM = 'william-health/mechanism-diagram';
const STEP = 'william-health/mechanism-step';

const transforms = {
	from: [
		blockTransform( [ 'core/list' ], ( _attributes, innerBlocks ) =>
			createBlock(
				DIAGRAM,
				{},
				innerBlocks.map( ( item, index ) =>
					createBlock( STEP, {
						label: text( item.attributes.content ),
						...( index > 0
							? {
									relation: 'leads-to',
									relationText: relationWords( 'leads-to' ),
								}
							: {} ),
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
				innerBlocks.map( ( step, index ) => {
					const relation =
						index > 0 ? text( step.attributes.relationText ) : '';
					const words = [ relation, text( step.attributes.label ) ]
						.filter( Boolean )
						.join( ' ' );
					const description = text( step.attributes.description );
					return createBlock( 'core/list-item', {
						content: description
							? `${ words }: ${ description }`
							: words,
					} );
				} )
			)
		),
	],
};

export default transforms;
