/**
 * Study designs and certainty levels in words. Readers always get words,
 * never a colour or an icon alone.
 */
import { __, sprintf } from '@wordpress/i18n';

import { authorLocale, describeParticipants } from './count';
import type { Certainty, EvidenceItemAttributes, StudyDesign } from './types';

export function getDesignOptions(): Array< {
	value: StudyDesign;
	label: string;
} > {
	return [
		{ value: '', label: __( 'Not stated', 'william-health-blocks' ) },
		{
			value: 'meta-analysis',
			label: __( 'Meta-analysis', 'william-health-blocks' ),
		},
		{
			value: 'systematic-review',
			label: __( 'Systematic review', 'william-health-blocks' ),
		},
		{
			value: 'guideline',
			label: __( 'Guideline', 'william-health-blocks' ),
		},
		{
			value: 'randomised-controlled-trial',
			label: __( 'Randomised controlled trial', 'william-health-blocks' ),
		},
		{
			value: 'cohort',
			label: __( 'Cohort study', 'william-health-blocks' ),
		},
		{
			value: 'case-control',
			label: __( 'Case-control study', 'william-health-blocks' ),
		},
		{
			value: 'cross-sectional',
			label: __( 'Cross-sectional study', 'william-health-blocks' ),
		},
		{
			value: 'case-series',
			label: __( 'Case series', 'william-health-blocks' ),
		},
		{
			value: 'qualitative',
			label: __( 'Qualitative study', 'william-health-blocks' ),
		},
		{
			value: 'expert-opinion',
			label: __( 'Expert opinion', 'william-health-blocks' ),
		},
	];
}

export function getCertaintyOptions(): Array< {
	value: Certainty;
	label: string;
} > {
	return [
		{ value: '', label: __( 'Not graded', 'william-health-blocks' ) },
		{ value: 'high', label: __( 'High', 'william-health-blocks' ) },
		{ value: 'moderate', label: __( 'Moderate', 'william-health-blocks' ) },
		{ value: 'low', label: __( 'Low', 'william-health-blocks' ) },
		{ value: 'very-low', label: __( 'Very low', 'william-health-blocks' ) },
	];
}

/**
 * "Randomised controlled trial, 18 participants, certainty of evidence:
 * moderate": only the parts the author filled in, the count written as in
 * the author's language (1,200; 1.200; 1 200).
 *
 * @param study  Design, size and certainty.
 * @param locale A BCP 47 or WordPress locale; the author's by default.
 */
export function describeStudy(
	study: Pick<
		EvidenceItemAttributes,
		'design' | 'participants' | 'certainty'
	>,
	locale = authorLocale()
): string {
	const parts: string[] = [];
	const design = getDesignOptions().find(
		( option ) => option.value === study.design
	);
	if ( study.design && design ) {
		parts.push( design.label );
	}
	if ( study.participants && study.participants > 0 ) {
		parts.push( describeParticipants( study.participants, locale ) );
	}
	const certainty = getCertaintyOptions().find(
		( option ) => option.value === study.certainty
	);
	if ( study.certainty && certainty ) {
		parts.push(
			sprintf(
				/* translators: %s: GRADE certainty level, such as "moderate". */
				__( 'certainty of evidence: %s', 'william-health-blocks' ),
				certainty.label.toLowerCase()
			)
		);
	}
	if ( ! parts.length ) {
		return '';
	}
	return parts.reduce( ( list, part ) =>
		sprintf(
			/* translators: 1: the study description so far, 2: its next part. */
			__( '%1$s, %2$s', 'william-health-blocks' ),
			list,
			part
		)
	);
}
