/**
 * A numbered list of evidence items and the date the evidence was checked.
 */
import { useBlockProps, useInnerBlocksProps } from '@wordpress/block-editor';

import type { EvidenceListAttributes } from './types';

const C = 'wp-block-william-health-evidence-list';

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
