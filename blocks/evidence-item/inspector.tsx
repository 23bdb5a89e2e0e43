/**
 * Sidebar fields of an evidence item: the study and its source. Each
 * identifier is checked as typed; a bad one keeps its text, and the field is
 * marked invalid with the reason tied to it.
 */
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { CheckedTextControl } from '../shared/checked-text-control';
import { ParticipantsControl } from './participants-control';
import { getIdentifierFields } from './source-checks';
import { getCertaintyOptions, getDesignOptions } from './study';
import type { EvidenceItemAttributes, StudySource } from './types';

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

export default function Inspector( {
	attributes,
	setAttributes,
	setStudy,
}: Props ) {
	const { design, participants, certainty } = attributes;
	const sourceField = ( key: keyof StudySource, label: string ) => (
		<TextControl
			__next40pxDefaultSize
			key={ key }
			label={ label }
			value={ attributes[ key ] }
			onChange={ ( value ) => setAttributes( { [ key ]: value } ) }
		/>
	);
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
				{ sourceField(
					'authors',
					__( 'Authors', 'william-health-blocks' )
				) }
				{ sourceField(
					'title',
					__( 'Title', 'william-health-blocks' )
				) }
				{ sourceField(
					'journal',
					__( 'Journal', 'william-health-blocks' )
				) }
				{ sourceField( 'year', __( 'Year', 'william-health-blocks' ) ) }
				{ getIdentifierFields().map( ( { field, label, check } ) => (
					<CheckedTextControl
						key={ field }
						label={ label }
						value={ attributes[ field ] }
						check={ check }
						onChange={ ( value ) =>
							setAttributes( { [ field ]: value } )
						}
					/>
				) ) }
			</PanelBody>
		</InspectorControls>
	);
}
