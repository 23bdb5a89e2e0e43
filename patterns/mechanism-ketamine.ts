/**
 * The ketamine example article's mechanism diagram.
 */
import { t } from './marks';
import { step } from './mechanism-step';
import type { PatternDefinition } from './types';

const mechanismKetamine: PatternDefinition = {
	header: {
		title: 'Example article part: ketamine mechanism of action',
		slug: 'william-health-blocks/mechanism-ketamine',
		inserter: false,
		keywords: [
			'mechanism',
			'diagram',
			'ketamine',
			'NMDA',
			'AMPA',
			'BDNF',
			'glutamate',
		],
		description:
			"The ketamine example article's mechanism diagram, from blocking NMDA receptors to rapid relief. Part of that example only: new articles start from the mechanism diagram with guidance.",
	},
	content: () => [
		[
			// Wide, the block's default.
			'william-health/mechanism-diagram',
			{
				caption: t(
					'How ketamine is thought to relieve depression: from blocking NMDA receptors to rapid relief.'
				),
			},
			[
				step( {
					kind: 'drug',
					kindLabel: t( 'Drug' ),
					label: t( 'Ketamine' ),
					description: t( 'An NMDA receptor antagonist' ),
				} ),
				step( {
					relation: 'blocks',
					words: 'blocks',
					kind: 'receptor',
					kindLabel: t( 'Receptor' ),
					label: t( 'NMDA receptors' ),
					description: t(
						'Abnormal glutamate signalling is disrupted'
					),
				} ),
				step( {
					relation: 'activates',
					words: 'activates',
					kind: 'receptor',
					kindLabel: t( 'Receptor' ),
					label: t( 'AMPA receptors' ),
					description: t(
						'Activated indirectly, enhancing plasticity'
					),
				} ),
				step( {
					relation: 'increases',
					words: 'increases',
					kind: 'protein',
					kindLabel: t( 'Protein' ),
					label: t( 'BDNF' ),
					description: t( 'Brain-derived neurotrophic factor rises' ),
				} ),
				step( {
					relation: 'increases',
					words: 'increases',
					kind: 'process',
					kindLabel: t( 'Process' ),
					label: t( 'Synaptic plasticity' ),
					description: t( 'Synapses strengthen and reconnect' ),
				} ),
				step( {
					relation: 'leads-to',
					words: 'leads to',
					kind: 'outcome',
					kindLabel: t( 'Outcome' ),
					label: t( 'Rapid relief' ),
					description: t( 'Often within hours to days' ),
				} ),
			],
		],
	],
};

export default mechanismKetamine;
