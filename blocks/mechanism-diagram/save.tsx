/**
 * A figure whose steps are an ordered list: boxes and arrows with CSS, and
 * the same chain, in order with its relation words, for screen readers and
 * for any theme with the plugin switched off.
 */
import {
	RichText,
	useBlockProps,
	useInnerBlocksProps,
} from '@wordpress/block-editor';

import type { MechanismDiagramAttributes } from './types';

const C = 'wp-block-william-health-mechanism-diagram';

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
			{ ! RichText.isEmpty( caption ?? '' ) && (
				<RichText.Content
					tagName="figcaption"
					className={ `${ C }__caption` }
					value={ caption }
				/>
			) }
		</figure>
	);
}
