/**
 * The ketamine example article's safety notice.
 */
import { t } from './marks';
import type { PatternDefinition } from './types';

const sideEffectsNotice: PatternDefinition = {
	header: {
		title: 'Example article part: side effects and supervision',
		slug: 'william-health-blocks/side-effects-notice',
		inserter: false,
		keywords: [
			'safety',
			'side effects',
			'ketamine',
			'supervision',
			'warning',
		],
		description:
			"The ketamine example article's safety notice (side effects and supervision). Part of that example only: new articles start from the safety notice with guidance.",
	},
	content: () => [
		[
			'william-health/safety-notice',
			{
				level: 'warning',
				label: t( 'Important' ),
				headingId: 'safety-notice-side-effects',
				heading: t( 'Side effects and supervision' ),
				action: t(
					'Esketamine nasal spray is given only in certified healthcare settings, with at least two hours of monitoring after each dose.'
				),
			},
			[
				[
					'core/paragraph',
					{
						content: t(
							"While ketamine shows immense promise, it is not without risks. Potential side effects include dissociation, elevated blood pressure, and nausea. Long-term safety data are still being collected, so it's crucial that treatment occurs under strict medical supervision."
						),
					},
				],
			],
		],
	],
};

export default sideEffectsNotice;
