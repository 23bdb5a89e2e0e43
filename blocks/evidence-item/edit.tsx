/**
 * An evidence item in the editor: finding and condition typed in place,
 * the study and source in the sidebar, and the reference previewed exactly
 * as readers will see it.
 */
import {
	BlockControls,
	RichText,
	useBlockProps,
	store as blockEditorStore,
} from '@wordpress/block-editor';
import { createBlock, type BlockEditProps } from '@wordpress/blocks';
import { ToolbarButton, ToolbarGroup } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { plus } from '@wordpress/icons';

import { useMarkNextChangeAsNotPersistent } from '../shared/editor-store';
import { FieldMessage } from '../shared/field-message';
import { checkDoi, checkPmid } from '../shared/identifiers';
import { checkWebAddress } from '../shared/links';
import Inspector from './inspector';
import { Reference, hasSource } from './reference';
import { describeStudy } from './study';
import type { EvidenceItemAttributes } from './types';

const C = 'wp-block-william-health-evidence-item';
const NAME = 'william-health/evidence-item';

export default function Edit( {
	attributes,
	setAttributes,
	clientId,
}: BlockEditProps< EvidenceItemAttributes > ) {
	const {
		finding,
		condition,
		design,
		participants,
		certainty,
		summary,
		doi,
		pmid,
		url,
	} = attributes;
	const markNotPersistent = useMarkNextChangeAsNotPersistent();
	const { insertBlock } = useDispatch( blockEditorStore );
	const { rootClientId, index } = useSelect(
		( select ) => {
			const editor = select( blockEditorStore );
			const root = editor.getBlockRootClientId( clientId ) ?? undefined;
			return {
				rootClientId: root,
				index: editor.getBlockIndex( clientId ),
			};
		},
		[ clientId ]
	);

	// The saved words follow the study fields; fill them in for items that
	// came without (transforms, hand-written markup) without marking an edit.
	useEffect( () => {
		const words = describeStudy( { design, participants, certainty } );
		if ( ! summary && words ) {
			markNotPersistent();
			setAttributes( { summary: words } );
		}
	}, [
		summary,
		design,
		participants,
		certainty,
		markNotPersistent,
		setAttributes,
	] );

	const setStudy = (
		study: Partial<
			Pick<
				EvidenceItemAttributes,
				'design' | 'participants' | 'certainty'
			>
		>
	) => {
		const next = { design, participants, certainty, ...study };
		setAttributes( { ...study, summary: describeStudy( next ) } );
	};

	const problems = [
		doi ? checkDoi( doi ) : null,
		pmid ? checkPmid( pmid ) : null,
		url ? checkWebAddress( url ) : null,
	].flatMap( ( check ) =>
		check && ! check.valid ? [ check.message ] : []
	);

	return (
		<>
			<BlockControls group="block">
				<ToolbarGroup>
					<ToolbarButton
						icon={ plus }
						label={ __(
							'Add evidence item',
							'william-health-blocks'
						) }
						onClick={ () =>
							insertBlock(
								createBlock( NAME ),
								index + 1,
								rootClientId
							)
						}
					/>
				</ToolbarGroup>
			</BlockControls>
			<Inspector
				attributes={ attributes }
				setAttributes={ setAttributes }
				setStudy={ setStudy }
			/>
			<li { ...useBlockProps() }>
				<RichText
					tagName="p"
					identifier="finding"
					className={ `${ C }__finding` }
					aria-label={ __( 'Finding', 'william-health-blocks' ) }
					placeholder={ __(
						'What the study found…',
						'william-health-blocks'
					) }
					value={ finding }
					onChange={ ( value ) =>
						setAttributes( { finding: value } )
					}
				/>
				<p className={ `${ C }__context` }>
					<RichText
						tagName="span"
						identifier="condition"
						className={ `${ C }__condition` }
						aria-label={ __(
							'Condition',
							'william-health-blocks'
						) }
						placeholder={ __(
							'Condition, e.g. treatment-resistant depression',
							'william-health-blocks'
						) }
						value={ condition }
						onChange={ ( value ) =>
							setAttributes( { condition: value } )
						}
						allowedFormats={ [ 'core/italic' ] }
					/>
					{ summary && ' · ' }
					{ summary && (
						<span className={ `${ C }__summary` }>{ summary }</span>
					) }
				</p>
				{ hasSource( attributes ) ? (
					<p className={ `${ C }__reference` }>
						<Reference source={ attributes } />
					</p>
				) : (
					<p className={ `${ C }__reference is-empty` }>
						{ __(
							'Add the study’s design and source in the block settings.',
							'william-health-blocks'
						) }
					</p>
				) }
				{ problems.map( ( message ) => (
					<FieldMessage key={ message }>{ message }</FieldMessage>
				) ) }
			</li>
		</>
	);
}
