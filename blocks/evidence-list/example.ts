/**
 * The inserter's preview of an evidence list, in the editor's language.
 */
import { __ } from '@wordpress/i18n';

import { describeStudy } from '../evidence-item/study';
import { blockExample } from '../shared/example';
import type { EvidenceListAttributes } from './types';

export function getExample() {
	const study = {
		design: 'randomised-controlled-trial',
		participants: 240,
		certainty: '',
	} as const;
	return blockExample< EvidenceListAttributes >( {
		innerBlocks: [
			{
				name: 'william-health/evidence-item',
				attributes: {
					finding: __(
						'People who took the treatment had fewer symptoms after eight weeks than those who took a placebo.',
						'william-health-blocks'
					),
					condition: __(
						'Adults with the condition',
						'william-health-blocks'
					),
					...study,
					summary: describeStudy( study ),
				},
			},
		],
	} );
}
