/**
 * Sidebar fields of an evidence item: the study (design, size, certainty)
 * and its source, picked from the post's References list or added to it
 * (by DOI, PMID or PMCID with "Look up", or by hand), so a source cited in
 * the text and in the evidence list is typed once.
 */
import { InspectorControls } from '@wordpress/block-editor';
import { Button, Modal, PanelBody, SelectControl } from '@wordpress/components';
import { useRegistry } from '@wordpress/data';
import { memo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import {
	addReference,
	usePostReferences,
} from '../shared/citation/post-references';
import { ReferenceForm } from '../shared/citation/reference-form';
import { emptyReference, entryLabel } from '../shared/citation/references';
import { FieldMessage } from '../shared/field-message';
import { ParticipantsControl } from './participants-control';
import { getCertaintyOptions, getDesignOptions } from './study';
import type { EvidenceItemAttributes } from './types';

type Props = {
	attributes: EvidenceItemAttributes;
	setAttributes: ( attributes: Partial< EvidenceItemAttributes > ) => void;
	setStudy: (
		study: Partial<
			Pick<
				EvidenceItemAttributes,
				'design' | 'participants' | 'certainty'
			>
		>
	) => void;
};

function Inspector( { attributes, setAttributes, setStudy }: Props ) {
	const { design, participants, certainty, refId } = attributes;
	const registry = useRegistry();
	const { entries } = usePostReferences();
	const [ isAdding, setIsAdding ] = useState( false );
	const [ problem, setProblem ] = useState( '' );
	const isListed = entries.some( ( entry ) => entry.id === refId );
	return (
		<InspectorControls>
			<PanelBody title={ __( 'Study', 'william-health-blocks' ) }>
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Study design', 'william-health-blocks' ) }
					value={ design }
					options={ getDesignOptions() }
					onChange={ ( value ) => setStudy( { design: value } ) }
				/>
				<ParticipantsControl
					value={ participants }
					onChange={ ( count ) =>
						setStudy( { participants: count } )
					}
				/>
				<SelectControl
					__next40pxDefaultSize
					label={ __(
						'Certainty of evidence (GRADE)',
						'william-health-blocks'
					) }
					help={ __(
						'Leave “Not graded” unless a review has graded it.',
						'william-health-blocks'
					) }
					value={ certainty }
					options={ getCertaintyOptions() }
					onChange={ ( value ) => setStudy( { certainty: value } ) }
				/>
			</PanelBody>
			<PanelBody title={ __( 'Source', 'william-health-blocks' ) }>
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Source', 'william-health-blocks' ) }
					help={ __(
						'The study’s entry in the post’s References list. Readers see its number after the study.',
						'william-health-blocks'
					) }
					value={ isListed ? refId : '' }
					options={ [
						{
							value: '',
							label: __( 'None chosen', 'william-health-blocks' ),
						},
						...entries.map( ( entry, index ) => ( {
							value: entry.id,
							label: entryLabel( entry, index ),
						} ) ),
					] }
					onChange={ ( value ) => setAttributes( { refId: value } ) }
				/>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					onClick={ () => {
						setProblem( '' );
						setIsAdding( true );
					} }
				>
					{ __( 'Add a new source', 'william-health-blocks' ) }
				</Button>
				{ problem && <FieldMessage>{ problem }</FieldMessage> }
			</PanelBody>
			{ isAdding && (
				<Modal
					title={ __( 'Add a source', 'william-health-blocks' ) }
					onRequestClose={ () => setIsAdding( false ) }
				>
					<ReferenceForm
						initial={ emptyReference() }
						focusOnMount
						submitLabel={ __(
							'Add and choose',
							'william-health-blocks'
						) }
						onSubmit={ ( fields ) => {
							const added = addReference( registry, fields );
							if ( 'error' in added ) {
								setProblem( added.error );
							} else {
								setAttributes( { refId: added.id } );
							}
							setIsAdding( false );
						} }
						onCancel={ () => setIsAdding( false ) }
					/>
				</Modal>
			) }
		</InspectorControls>
	);
}

// Typing the finding or the condition leaves the sidebar as it is: it shows
// the study and the source only, and its controls are costly to render
// again on every character.
export default memo(
	Inspector,
	( previous, next ) =>
		previous.setAttributes === next.setAttributes &&
		previous.setStudy === next.setStudy &&
		previous.attributes.design === next.attributes.design &&
		previous.attributes.participants === next.attributes.participants &&
		previous.attributes.certainty === next.attributes.certainty &&
		previous.attributes.refId === next.attributes.refId
);
