/**
 * Turn paragraphs, groups, quotes and details into a notice, and a notice
 * back into a group, without losing a word.
 */
import { createBlock, type Block } from '@wordpress/blocks';

import {
	blockTransform,
	multiBlockTransform,
	text,
} from '../shared/transforms';

const NAME = 'william-health/safety-notice';

/**
 * Takes a leading heading block as the notice's heading.
 *
 * @param innerBlocks Blocks that become the body.
 */
function splitHeading( innerBlocks: Block[] ): {
	heading: string;
	body: Block[];
} {
	const [ first, ...rest ] = innerBlocks;
	if ( first?.name === 'core/heading' ) {
		return { heading: text( first.attributes.content ), body: rest };
	}
	return { heading: '', body: innerBlocks };
}

function paragraph( content: string ): Block {
	return createBlock( 'core/paragraph', { content } );
}

function notice( heading: string, body: Block[] ): Block {
	return createBlock(
		NAME,
		{ heading },
		body.length ? body : [ paragraph( '' ) ]
	);
}

const transforms = {
	from: [
		multiBlockTransform( [ 'core/paragraph' ], ( attributesList ) =>
			notice(
				'',
				attributesList.map( ( { content } ) =>
					paragraph( text( content ) )
				)
			)
		),
		blockTransform( [ 'core/group' ], ( _attributes, innerBlocks ) => {
			const { heading, body } = splitHeading( innerBlocks );
			return notice( heading, body );
		} ),
		blockTransform( [ 'core/quote' ], ( { citation }, innerBlocks ) => {
			const { heading, body } = splitHeading( innerBlocks );
			const cited = text( citation );
			return notice(
				heading,
				cited ? [ ...body, paragraph( cited ) ] : body
			);
		} ),
		blockTransform( [ 'core/details' ], ( { summary }, innerBlocks ) =>
			notice( text( summary ), innerBlocks )
		),
	],
	to: [
		blockTransform( [ 'core/group' ], ( attributes, innerBlocks ) => {
			const {
				label,
				heading,
				headingLevel,
				action,
				crisisText,
				crisisContact,
			} = attributes;
			const headingText = text( label )
				? `${ text( label ) }: ${ text( heading ) }`
				: text( heading );
			const crisisLine = [ text( crisisText ), text( crisisContact ) ]
				.filter( Boolean )
				.join( ' ' );
			return createBlock( 'core/group', { tagName: 'aside' }, [
				createBlock( 'core/heading', {
					level: headingLevel,
					content: headingText,
				} ),
				...innerBlocks,
				...( text( action ) ? [ paragraph( text( action ) ) ] : [] ),
				...( crisisLine ? [ paragraph( crisisLine ) ] : [] ),
			] );
		} ),
	],
};

export default transforms;
