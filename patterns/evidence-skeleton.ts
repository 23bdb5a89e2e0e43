/**
 * The evidence list with guidance: a finding in the house format, and where
 * the study's details go.
 */
import { finding } from './evidence-finding';
import { t } from './marks';
import type { PatternDefinition } from './types';

const evidenceSkeleton: PatternDefinition = {
	header: {
		title: 'Evidence list with guidance',
		slug: 'william-health-blocks/evidence-skeleton',
		categories: [ 'william-health' ],
		keywords: [
			'evidence',
			'studies',
			'references',
			'citations',
			'sources',
		],
		blockTypes: [ 'william-health/evidence-list' ],
		description:
			"An evidence list ready to fill in: one item per claim, each saying what to write and where the study's details go.",
	},
	content: () => [
		[
			'william-health/evidence-list',
			{},
			[
				[
					'william-health/evidence-item',
					{
						finding: finding(
							'The claim in a few words:',
							'what the best study behind it found, in one or two plain sentences: who took part, what was compared and what changed.'
						),
						condition: t( 'The condition studied' ),
					},
				],
				[
					'william-health/evidence-item',
					{
						finding: finding(
							'One item per claim:',
							'select an item to add its study in the block settings: the design, the number of participants, the certainty of evidence and its source, chosen from the References list or added to it by DOI, PMID or PMCID.'
						),
						condition: t( 'The condition studied' ),
					},
				],
			],
		],
	],
};

export default evidenceSkeleton;
