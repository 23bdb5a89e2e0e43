/**
 * The mechanism diagram with guidance: treatment, what changes in the body,
 * the effect readers notice.
 */
import { t } from './marks';
import { step } from './mechanism-step';
import type { PatternDefinition } from './types';

const mechanismSkeleton: PatternDefinition = {
	header: {
		title: 'Mechanism diagram with guidance',
		slug: 'william-health-blocks/mechanism-skeleton',
		categories: [ 'william-health' ],
		keywords: [
			'mechanism',
			'diagram',
			'pathway',
			'how it works',
			'steps',
		],
		blockTypes: [ 'william-health/mechanism-diagram' ],
		description:
			'A three-step causal chain ready to fill in, from the treatment to the effect readers notice. Rename the steps, change their kind and relation, add or remove steps.',
	},
	content: () => [
		[
			// Wide, the block's default.
			'william-health/mechanism-diagram',
			{
				caption: t(
					'Say in one sentence what the diagram shows, for example how the treatment is thought to work.'
				),
			},
			[
				step( {
					kind: 'drug',
					kindLabel: t( 'Drug' ),
					label: t( 'The treatment' ),
					description: t( 'What it is and what it acts on first' ),
				} ),
				step( {
					relation: 'leads-to',
					words: 'leads to',
					kind: 'process',
					kindLabel: t( 'Process' ),
					label: t( 'What changes in the body' ),
					description: t(
						'One step per change the evidence describes'
					),
				} ),
				step( {
					relation: 'leads-to',
					words: 'leads to',
					kind: 'outcome',
					kindLabel: t( 'Outcome' ),
					label: t( 'The effect readers notice' ),
					description: t( 'What changes for them, and how soon' ),
				} ),
			],
		],
	],
};

export default mechanismSkeleton;
