/**
 * Sidebar fields of an evidence item: the study and its source. Each
 * identifier is checked as typed; a bad one keeps its text and says why.
 */
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { checkDoi, checkPmid } from '../shared/identifiers';
import { checkWebAddress, type LinkCheck } from '../shared/links';
import { getCertaintyOptions, getDesignOptions } from './study';
import type {
	Certainty,
	EvidenceItemAttributes,
	StudyDesign,
	StudySource,
} from './types';

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

const messageOf = ( value: string, check: ( text: string ) => LinkCheck ) => {
	if ( ! value.trim() ) {
		return undefined;
	}
	const result = check( value );
	return result.valid ? undefined : result.message;
};

export default function Inspector( {
	attributes,
	setAttributes,
	setStudy,
}: Props ) {
	const { design, participants, certainty, doi, pmid, url } = attributes;
	const sourceField = (
		key: keyof StudySource,
		label: string,
		help?: string
	) => (
		<TextControl
			__next40pxDefaultSize
			key={ key }
			label={ label }
			value={ attributes[ key ] }
			help={ help }
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
					onChange={ ( value ) =>
						setStudy( { design: value as StudyDesign } )
					}
				/>
				<TextControl
					__next40pxDefaultSize
					type="number"
					min={ 0 }
					label={ __( 'Participants', 'william-health-blocks' ) }
					value={ participants ?? '' }
					onChange={ ( value ) => {
						const count = parseInt( value, 10 );
						setStudy( {
							participants:
								Number.isFinite( count ) && count > 0
									? count
									: undefined,
						} );
					} }
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
					onChange={ ( value ) =>
						setStudy( { certainty: value as Certainty } )
					}
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
				{ sourceField(
					'doi',
					__( 'DOI', 'william-health-blocks' ),
					messageOf( doi, checkDoi )
				) }
				{ sourceField(
					'pmid',
					__( 'PMID', 'william-health-blocks' ),
					messageOf( pmid, checkPmid )
				) }
				{ sourceField(
					'url',
					__( 'Web address', 'william-health-blocks' ),
					messageOf( url, checkWebAddress )
				) }
			</PanelBody>
		</InspectorControls>
	);
}
