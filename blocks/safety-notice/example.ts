/**
 * The inserter's preview of a notice, in the editor's language.
 */
import { __ } from '@wordpress/i18n';

import { blockExample } from '../shared/example';
import { getLevel } from './levels';
import type { SafetyNoticeAttributes } from './types';

export function getExample() {
	return blockExample< SafetyNoticeAttributes >( {
		attributes: {
			level: 'warning',
			label: getLevel( 'warning' ).label,
			heading: __( 'Possible side effects', 'william-health-blocks' ),
			action: __(
				'Tell your care team at once if you feel unwell during or after treatment.',
				'william-health-blocks'
			),
		},
		innerBlocks: [
			{
				name: 'core/paragraph',
				attributes: {
					content: __(
						'Some people feel dizzy or sick in the first days of treatment.',
						'william-health-blocks'
					),
				},
			},
		],
	} );
}
