/**
 * A numbered list of evidence items and the date the evidence was checked.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import { useBlockProps, useInnerBlocksProps } from '@wordpress/block-editor';

import type { EvidenceListAttributes } from './types';
import metadata from './block.json';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

export default function save( {
	attributes,
}: {
	attributes: EvidenceListAttributes;
} ) {
	const { asOf, asOfText } = attributes;
	return (
		<div { ...useBlockProps.save() }>
			<ol
				{ ...useInnerBlocksProps.save( {
					className: `${ C }__items`,
				} ) }
			/>
			{ asOf && asOfText && (
				<p className={ `${ C }__as-of` }>
					<time dateTime={ asOf }>{ asOfText }</time>
				</p>
			) }
		</div>
	);
}
