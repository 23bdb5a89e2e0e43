/**
 * The safety notice with guidance: each field says what belongs in it.
 */
import { t } from './marks';
import type { PatternDefinition } from './types';

const safetyNoticeSkeleton: PatternDefinition = {
	header: {
		title: 'Safety notice with guidance',
		slug: 'william-health-blocks/safety-notice-skeleton',
		categories: [ 'william-health' ],
		keywords: [ 'safety', 'side effects', 'risk', 'warning', 'notice' ],
		blockTypes: [ 'william-health/safety-notice' ],
		description:
			'A safety notice ready to fill in: each field says what belongs in it. Replace the text with the risk of your own article.',
	},
	content: () => [
		[
			'william-health/safety-notice',
			{
				// The level a new notice has, worded as the block words it.
				level: 'warning',
				label: t( 'Important' ),
				headingId: 'safety-notice-guidance',
				heading: t( 'Name the risk in a few words' ),
				action: t(
					'Say what the reader should do about it, for example when to call their doctor.'
				),
			},
			[
				[
					'core/paragraph',
					{
						content: t(
							'Describe the risk in plain words: what can happen, to whom, how often and how serious it is. Choose how urgent it is with the level in the block toolbar.'
						),
					},
				],
			],
		],
	],
};

export default safetyNoticeSkeleton;
