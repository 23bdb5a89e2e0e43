/**
 * The words of a mechanism: kinds of step and relations between steps.
 */
import { __, _x } from '@wordpress/i18n';

import type { Relation, StepKind } from './types';

export function getKinds(): Array< { value: StepKind; label: string } > {
	return [
		{ value: 'drug', label: __( 'Drug', 'william-health-blocks' ) },
		{ value: 'receptor', label: __( 'Receptor', 'william-health-blocks' ) },
		{
			value: 'neurotransmitter',
			label: __( 'Neurotransmitter', 'william-health-blocks' ),
		},
		{ value: 'protein', label: __( 'Protein', 'william-health-blocks' ) },
		{ value: 'process', label: __( 'Process', 'william-health-blocks' ) },
		{ value: 'outcome', label: __( 'Outcome', 'william-health-blocks' ) },
	];
}

/** Preset relations; "custom" keeps whatever the author typed on the arrow. */
export function getRelations(): Array< {
	value: Exclude< Relation, '' >;
	label: string;
} > {
	return [
		{
			value: 'blocks',
			label: _x(
				'blocks',
				'relation between mechanism steps',
				'william-health-blocks'
			),
		},
		{
			value: 'blocks-release-of',
			label: _x(
				'blocks release of',
				'relation between mechanism steps',
				'william-health-blocks'
			),
		},
		{
			value: 'inhibits',
			label: _x(
				'inhibits',
				'relation between mechanism steps',
				'william-health-blocks'
			),
		},
		{
			value: 'activates',
			label: _x(
				'activates',
				'relation between mechanism steps',
				'william-health-blocks'
			),
		},
		{
			value: 'increases',
			label: _x(
				'increases',
				'relation between mechanism steps',
				'william-health-blocks'
			),
		},
		{
			value: 'reduces',
			label: _x(
				'reduces',
				'relation between mechanism steps',
				'william-health-blocks'
			),
		},
		{
			value: 'leads-to',
			label: _x(
				'leads to',
				'relation between mechanism steps',
				'william-health-blocks'
			),
		},
		{ value: 'custom', label: __( 'Own words', 'william-health-blocks' ) },
	];
}

export function kindLabel( kind: string ): string {
	return getKinds().find( ( option ) => option.value === kind )?.label ?? '';
}

/**
 * The words of a preset relation, such as "leads to".
 *
 * @param relation A preset relation.
 */
export function relationWords( relation: Relation ): string {
	return (
		getRelations().find( ( option ) => option.value === relation )?.label ??
		''
	);
}
