/**
 * One numbered entry of the evidence list: the finding, its context in
 * words, and the citation number of the study behind it, linking to its
 * entry in the References list. Static, so it outlives the plugin.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import { RichText, useBlockProps } from '@wordpress/block-editor';

import {
	CITATION_CLASS,
	entryAnchor,
	isSafeId,
} from '../shared/citation/markers';
import { LegacyReference, hasLegacySource } from './legacy-reference';
import type { EvidenceItemAttributes } from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

export default function save( {
	attributes,
}: {
	attributes: EvidenceItemAttributes;
} ) {
	const { finding, condition, summary, refId, citeId, citeNumber } =
		attributes;
	const hasCondition = ! RichText.isEmpty( richTextHTML( condition ) );
	const legacySource = attributes.legacySource;
	return (
		<li { ...useBlockProps.save() }>
			<RichText.Content
				tagName="p"
				className={ `${ C }__finding` }
				value={ richTextHTML( finding ) }
			/>
			{ ( hasCondition || summary || refId ) && (
				<p className={ `${ C }__context` }>
					{ hasCondition && (
						<RichText.Content
							tagName="span"
							className={ `${ C }__condition` }
							value={ richTextHTML( condition ) }
						/>
					) }
					{ hasCondition && summary && ' · ' }
					{ summary && (
						<span className={ `${ C }__summary` }>{ summary }</span>
					) }
					{ refId && (
						<sup
							className={ `${ CITATION_CLASS } ${ C }__cite` }
							data-ref={ refId }
							id={ citeId || undefined }
						>
							<a
								href={
									isSafeId( refId )
										? `#${ entryAnchor( refId ) }`
										: '#'
								}
							>
								{ citeNumber || '?' }
							</a>
						</sup>
					) }
				</p>
			) }
			{ legacySource && hasLegacySource( legacySource ) && (
				<p className={ `${ C }__reference` }>
					<LegacyReference source={ legacySource } />
				</p>
			) }
		</li>
	);
}
