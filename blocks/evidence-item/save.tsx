/**
 * One numbered entry of the evidence list: the finding, its context in
 * words, and the reference. Static, so it outlives the plugin.
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';

import { Reference, hasSource } from './reference';
import type { EvidenceItemAttributes } from './types';

const C = 'wp-block-william-health-evidence-item';

export default function save( {
	attributes,
}: {
	attributes: EvidenceItemAttributes;
} ) {
	const { finding, condition, summary } = attributes;
	const hasCondition = ! RichText.isEmpty( condition ?? '' );
	return (
		<li { ...useBlockProps.save() }>
			<RichText.Content
				tagName="p"
				className={ `${ C }__finding` }
				value={ finding }
			/>
			{ ( hasCondition || summary ) && (
				<p className={ `${ C }__context` }>
					{ hasCondition && (
						<RichText.Content
							tagName="span"
							className={ `${ C }__condition` }
							value={ condition }
						/>
					) }
					{ hasCondition && summary && ' · ' }
					{ summary && (
						<span className={ `${ C }__summary` }>{ summary }</span>
					) }
				</p>
			) }
			{ hasSource( attributes ) && (
				<p className={ `${ C }__reference` }>
					<Reference source={ attributes } />
				</p>
			) }
		</li>
	);
}
