/**
 * The mechanism diagram in the editor: the page's own markup and styles, so
 * the preview is the diagram readers get. Steps are added from the toolbar,
 * the appender or Enter, moved with the block movers or their shortcuts.
 * A new diagram puts the caret in its first step's label.
 */
import {
	RichText,
	store as blockEditorStore,
	useBlockProps,
	useInnerBlocksProps,
} from '@wordpress/block-editor';
import {
	getBlockDefaultClassName,
	type BlockEditProps,
} from '@wordpress/blocks';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

import { relationWords } from '../mechanism-step/vocabulary';
import { useCaret } from '../shared/caret';
import { useEnter } from '../shared/enter';
import type { MechanismDiagramAttributes } from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );
const STEP = 'william-health/mechanism-step';

export default function Edit( {
	attributes,
	setAttributes,
	clientId,
}: BlockEditProps< MechanismDiagramAttributes > ) {
	const caret = useCaret();
	const caption = richTextHTML( attributes.caption );
	// A diagram just inserted has no steps until its template is applied; a
	// caption there would take the focus meant for the first label, and the
	// author's first words would land in the caption.
	const hasSteps = useSelect(
		( select ) => select( blockEditorStore ).getBlockCount( clientId ) > 0,
		[ clientId ]
	);
	// Enter at the end of the caption continues after the diagram, as with a
	// core image's caption; within it, Enter breaks the line.
	const enterRef = useEnter( clientId, {
		caption: ( { atEnd } ) => atEnd && caret.continueAfter( clientId ),
	} );
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
			// Select the first step once the template is in, so the caret
			// lands in its label rather than in the caption.
			templateInsertUpdatesSelection: true,
		}
	);
	return (
		<figure { ...useBlockProps( { ref: enterRef } ) }>
			<ol { ...innerBlocksProps } />
			{ ( hasSteps || caption !== '' ) && (
				<RichText
					tagName="figcaption"
					identifier="caption"
					className={ `${ C }__caption` }
					aria-label={ __(
						'Diagram caption',
						'william-health-blocks'
					) }
					placeholder={ __(
						'Caption: what the diagram shows',
						'william-health-blocks'
					) }
					value={ caption }
					onChange={ ( value ) =>
						setAttributes( { caption: value } )
					}
				/>
			) }
		</figure>
	);
}
