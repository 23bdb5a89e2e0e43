/**
 * A figure whose steps are an ordered list: boxes and arrows with CSS, and
 * the same chain, in order with its relation words, for screen readers and
 * for any theme with the plugin switched off.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import {
	RichText,
	useBlockProps,
	useInnerBlocksProps,
} from '@wordpress/block-editor';

import type { MechanismDiagramAttributes } from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

export default function save( {
	attributes,
}: {
	attributes: MechanismDiagramAttributes;
} ) {
	const { caption } = attributes;
	return (
		<figure { ...useBlockProps.save() }>
			<ol
				{ ...useInnerBlocksProps.save( {
					className: `${ C }__steps`,
				} ) }
			/>
			{ ! RichText.isEmpty( richTextHTML( caption ) ) && (
				<RichText.Content
					tagName="figcaption"
					className={ `${ C }__caption` }
					value={ richTextHTML( caption ) }
				/>
			) }
		</figure>
	);
}
