/**
 * Earlier saved markups of the evidence item, newest first. Each entry is a
 * frozen copy of its attributes and save, never today's, with fixtures under
 * test/fixtures/ that must keep parsing.
 *
 * Version 1 held its study's source itself (authors, title, journal, year,
 * DOI, PMID, address) and printed it under the finding. Items now point to
 * an entry of the post's References list. A deprecation cannot add that
 * entry (it changes one block), so the migrated item carries the old source
 * as `legacySource`, which is never saved in the block comment; the editor
 * moves it into the References list when the post is opened
 * (editor/citations/move-legacy-sources.ts). Until then today's save prints
 * it exactly as version 1 did, so nothing is lost if the post is saved
 * first.
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';
import type { BlockDeprecation } from '@wordpress/blocks';

import { deprecation } from '../shared/deprecation';
import { LegacyReference, hasLegacySource } from './legacy-reference';
import type { EvidenceItemAttributes, StudySource } from './types';
import { richTextHTML } from '../shared/rich-text';

const C = 'wp-block-william-health-evidence-item';

type V1Attributes = Omit<
	EvidenceItemAttributes,
	'refId' | 'citeId' | 'citeNumber' | 'legacySource'
> &
	StudySource;

const text = ( element: string ) => ( {
	type: 'string',
	source: 'text',
	selector: `.${ C }__${ element }`,
	default: '',
} );

function saveV1( { attributes }: { attributes: V1Attributes } ) {
	const { finding, condition, summary } = attributes;
	const hasCondition = ! RichText.isEmpty( richTextHTML( condition ) );
	return (
		<li { ...useBlockProps.save() }>
			<RichText.Content
				tagName="p"
				className={ `${ C }__finding` }
				value={ richTextHTML( finding ) }
			/>
			{ ( hasCondition || summary ) && (
				<p className={ `${ C }__context` }>
					{ hasCondition && (
						<RichText.Content
							tagName="span"
							className={ `${ C }__condition` }
							value={ richTextHTML( condition ) }
						/>
					) }
					{ hasCondition && summary && ' · ' }
					{ summary && (
						<span className={ `${ C }__summary` }>{ summary }</span>
					) }
				</p>
			) }
			{ hasLegacySource( attributes ) && (
				<p className={ `${ C }__reference` }>
					<LegacyReference source={ attributes } />
				</p>
			) }
		</li>
	);
}

const v1 = deprecation< V1Attributes, EvidenceItemAttributes >( {
	attributes: {
		finding: {
			type: 'rich-text',
			source: 'rich-text',
			selector: `.${ C }__finding`,
			role: 'content',
		},
		condition: {
			type: 'rich-text',
			source: 'rich-text',
			selector: `.${ C }__condition`,
			role: 'content',
		},
		design: {
			type: 'string',
			enum: [
				'',
				'meta-analysis',
				'systematic-review',
				'guideline',
				'randomised-controlled-trial',
				'cohort',
				'case-control',
				'cross-sectional',
				'case-series',
				'qualitative',
				'expert-opinion',
			],
			default: '',
		},
		participants: { type: 'number' },
		certainty: {
			type: 'string',
			enum: [ '', 'high', 'moderate', 'low', 'very-low' ],
			default: '',
		},
		summary: text( 'summary' ),
		authors: text( 'authors' ),
		title: text( 'title' ),
		journal: text( 'journal' ),
		year: text( 'year' ),
		doi: text( 'doi-value' ),
		pmid: text( 'pmid-value' ),
		url: text( 'url-value' ),
	},
	supports: { html: false, reusable: false },
	save: saveV1,
	migrate: ( { authors, title, journal, year, doi, pmid, url, ...item } ) => {
		const source = { authors, title, journal, year, doi, pmid, url };
		return {
			...item,
			refId: '',
			citeId: '',
			citeNumber: '',
			...( hasLegacySource( source ) ? { legacySource: source } : {} ),
		};
	},
} );

const deprecated: BlockDeprecation< EvidenceItemAttributes >[] = [ v1 ];

export default deprecated;
