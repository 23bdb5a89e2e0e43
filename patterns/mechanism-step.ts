/**
 * What the mechanism patterns share: a step as a template.
 */
import type {
	MechanismStepAttributes,
	Relation,
} from '../blocks/mechanism-step/types';
import { tx } from './marks';
import type { BlockTemplate } from './types';

/**
 * One step of a diagram. Every word is marked by the caller, but the
 * relation's, which takes the context the block's own relation words have.
 *
 * @param attributes          The step.
 * @param attributes.relation How the step before leads here (none for the first step).
 * @param attributes.words    The relation in words, English (a msgid of the block's vocabulary).
 */
export function step( {
	relation,
	words,
	...attributes
}: Pick<
	MechanismStepAttributes,
	'kind' | 'kindLabel' | 'label' | 'description'
> & {
	relation?: Exclude< Relation, '' | 'custom' >;
	words?: string;
} ): BlockTemplate {
	return [
		'william-health/mechanism-step',
		relation && words
			? {
					relation,
					relationText: tx(
						words,
						'relation between mechanism steps'
					),
					...attributes,
				}
			: attributes,
	];
}
