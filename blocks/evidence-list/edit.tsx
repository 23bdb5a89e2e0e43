/**
 * The evidence list in the editor: items are added from the toolbar, the
 * appender or with Enter; the "as of" date is set in the sidebar. A new
 * list puts the caret in its first finding.
 */
import {
	InspectorControls,
	useBlockProps,
	useInnerBlocksProps,
} from '@wordpress/block-editor';
import {
	getBlockDefaultClassName,
	type BlockEditProps,
} from '@wordpress/blocks';
import { PanelBody, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { asOfLine } from '../shared/as-of';
import type { EvidenceListAttributes } from './types';
import metadata from './block.json';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );
const ITEM = 'william-health/evidence-item';

export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< EvidenceListAttributes > ) {
	const { asOf, asOfText } = attributes;
	const innerBlocksProps = useInnerBlocksProps(
		{ className: `${ C }__items` },
		{
			allowedBlocks: [ ITEM ],
			template: [ [ ITEM ] ],
			defaultBlock: { name: ITEM },
			directInsert: true,
			orientation: 'vertical',
			// Select the first item once the template is in, so the caret
			// lands in its finding rather than on the whole list.
			templateInsertUpdatesSelection: true,
		}
	);
	return (
		<>
			<InspectorControls>
				<PanelBody
					title={ __( 'Evidence date', 'william-health-blocks' ) }
				>
					<TextControl
						__next40pxDefaultSize
						type="date"
						label={ __(
							'Evidence as of',
							'william-health-blocks'
						) }
						help={ __(
							'The day the sources were last checked. Readers see it under the list.',
							'william-health-blocks'
						) }
						value={ asOf }
						onChange={ ( value ) =>
							setAttributes( {
								asOf: value,
								asOfText: asOfLine(
									value,
									/* translators: %s: the date the evidence was last checked. */
									__(
										'Evidence as of %s',
										'william-health-blocks'
									)
								),
							} )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...useBlockProps() }>
				<ol { ...innerBlocksProps } />
				{ asOf && asOfText && (
					<p className={ `${ C }__as-of` }>
						<time dateTime={ asOf }>{ asOfText }</time>
					</p>
				) }
			</div>
		</>
	);
}
