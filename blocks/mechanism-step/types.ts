/**
 * A mechanism step's attributes, shared by edit, save and tests.
 */
import type { RichTextContent } from '../shared/rich-text';

export type StepKind =
	| 'drug'
	| 'receptor'
	| 'neurotransmitter'
	| 'protein'
	| 'process'
	| 'outcome';

/** How the step before leads to this one; '' for the first step. */
export type Relation =
	| ''
	| 'blocks'
	| 'blocks-release-of'
	| 'inhibits'
	| 'activates'
	| 'increases'
	| 'reduces'
	| 'leads-to'
	| 'custom';

export type MechanismStepAttributes = {
	relation: Relation;
	/** The relation in words, shown on the arrow and read by screen readers. */
	relationText: RichTextContent;
	label: RichTextContent;
	description: RichTextContent;
	kind: StepKind;
	/** The kind in words, saved in the author's language when chosen. */
	kindLabel: string;
};
