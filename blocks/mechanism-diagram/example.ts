/**
 * The inserter's preview of a diagram, in the editor's language.
 */
import { __ } from '@wordpress/i18n';

import { kindLabel, relationWords } from '../mechanism-step/vocabulary';
import { blockExample } from '../shared/example';
import type { MechanismDiagramAttributes } from './types';

const STEP = 'william-health/mechanism-step';

export function getExample() {
	return blockExample< MechanismDiagramAttributes >( {
		attributes: {
			caption: __(
				'How a medicine is thought to relieve symptoms.',
				'william-health-blocks'
			),
		},
		innerBlocks: [
			{
				name: STEP,
				attributes: {
					label: __( 'Medicine', 'william-health-blocks' ),
					kind: 'drug',
					kindLabel: kindLabel( 'drug' ),
				},
			},
			{
				name: STEP,
				attributes: {
					label: kindLabel( 'receptor' ),
					kind: 'receptor',
					kindLabel: kindLabel( 'receptor' ),
					relation: 'blocks',
					relationText: relationWords( 'blocks' ),
				},
			},
			{
				name: STEP,
				attributes: {
					label: __( 'Symptom relief', 'william-health-blocks' ),
					kind: 'outcome',
					kindLabel: kindLabel( 'outcome' ),
					relation: 'leads-to',
					relationText: relationWords( 'leads-to' ),
				},
			},
		],
	} );
}
