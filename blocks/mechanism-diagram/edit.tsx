/**
 * The mechanism diagram in the editor: the page's own markup and styles, so
 * the preview is the diagram readers get. Steps are added from the toolbar
 * or the appender, moved with the block movers or their keyboard shortcuts.
 */
import {
	RichText,
	useBlockProps,
	useInnerBlocksProps,
} from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { __ } from '@wordpress/i18n';

import { relationWords } from '../mechanism-step/vocabulary';
import type { MechanismDiagramAttributes } from './types';

const C = 'wp-block-william-health-mechanism-diagram';
const STEP = 'william-health/mechanism-step';

export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< MechanismDiagramAttributes > ) {
	const innerBlocksProps = useInnerBlocksProps(
		{ className: `${ C }__steps` },
		{
			allowedBlocks: [ STEP ],
			template: [
				[ STEP, { kind: 'drug' } ],
				[
					STEP,
					{
						kind: 'receptor',
						relation: 'leads-to',
						relationText: relationWords( 'leads-to' ),
					},
				],
			],
			defaultBlock: {
				name: STEP,
				attributes: {
					relation: 'leads-to',
					relationText: relationWords( 'leads-to' ),
				},
			},
			directInsert: true,
		}
	);
	return (
		<figure { ...useBlockProps() }>
			<ol { ...innerBlocksProps } />
			<RichText
				tagName="figcaption"
				identifier="caption"
				className={ `${ C }__caption` }
				aria-label={ __( 'Diagram caption', 'william-health-blocks' ) }
				placeholder={ __(
					'Caption: what the diagram shows',
					'william-health-blocks'
				) }
				value={ attributes.caption }
				onChange={ ( value ) => setAttributes( { caption: value } ) }
			/>
		</figure>
	);
}
