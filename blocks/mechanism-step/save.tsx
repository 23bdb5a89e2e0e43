/**
 * One step: the arrow from the step before (with its words), then the box.
 * Inside the diagram's ordered list, so the chain reads in order without CSS.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import { RichText, useBlockProps } from '@wordpress/block-editor';

import type { MechanismStepAttributes } from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

export default function save( {
	attributes,
}: {
	attributes: MechanismStepAttributes;
} ) {
	const { relationText, label, description, kind, kindLabel } = attributes;
	const hasRelation = ! RichText.isEmpty( richTextHTML( relationText ) );
	const hasDescription = ! RichText.isEmpty( richTextHTML( description ) );
	// The spaces between parts keep words apart where the stylesheet is absent.
	return (
		<li { ...useBlockProps.save( { className: `is-kind-${ kind }` } ) }>
			{ hasRelation && (
				<span className={ `${ C }__relation` }>
					<RichText.Content
						tagName="span"
						className={ `${ C }__relation-text` }
						value={ richTextHTML( relationText ) }
					/>
				</span>
			) }
			{ hasRelation && ' ' }
			<span className={ `${ C }__box` }>
				<RichText.Content
					tagName="strong"
					className={ `${ C }__label` }
					value={ richTextHTML( label ) }
				/>
				{ kindLabel && ' ' }
				{ kindLabel && (
					<span className={ `${ C }__kind` }>{ kindLabel }</span>
				) }
				{ hasDescription && ' ' }
				{ hasDescription && (
					<RichText.Content
						tagName="span"
						className={ `${ C }__description` }
						value={ richTextHTML( description ) }
					/>
				) }
			</span>
		</li>
	);
}
