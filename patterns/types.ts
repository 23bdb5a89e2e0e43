/**
 * A pattern of the plugin as TypeScript: its file header and its blocks, as
 * an inner-blocks template whose attributes are the blocks' own types.
 */
import type { AdministrationRoutesAttributes } from '../blocks/administration-routes/types';
import type { EvidenceItemAttributes } from '../blocks/evidence-item/types';
import type { EvidenceListAttributes } from '../blocks/evidence-list/types';
import type { MechanismDiagramAttributes } from '../blocks/mechanism-diagram/types';
import type { MechanismStepAttributes } from '../blocks/mechanism-step/types';
import type { ReferencesAttributes } from '../blocks/references/types';
import type { SafetyNoticeAttributes } from '../blocks/safety-notice/types';

/** Attributes a pattern may set, by block name (core blocks as 7.1 defines them). */
type AttributesOf = {
	'core/paragraph': { content: string };
	'core/heading': { content: string; level?: 1 | 2 | 3 | 4 | 5 | 6 };
	'core/list': { ordered?: boolean };
	'core/list-item': { content: string };
	'core/group': { tagName?: string };
	'william-health/safety-notice': Partial< SafetyNoticeAttributes >;
	'william-health/evidence-list': Partial< EvidenceListAttributes >;
	'william-health/evidence-item': Partial< EvidenceItemAttributes >;
	'william-health/mechanism-diagram': Partial<
		MechanismDiagramAttributes & { align: 'wide' | 'full' }
	>;
	'william-health/mechanism-step': Partial< MechanismStepAttributes >;
	'william-health/administration-routes': Partial< AdministrationRoutesAttributes >;
	'william-health/references': Partial< ReferencesAttributes >;
};

export type BlockName = keyof AttributesOf;

/** One block of a given type: name, attributes, inner blocks. */
type TemplateOf< Name extends BlockName > = [
	name: Name,
	attributes?: AttributesOf[ Name ],
	innerBlocks?: BlockTemplate[],
];

/** One block: name, attributes, inner blocks (as `InnerBlocks` templates). */
export type BlockTemplate = {
	[ Name in BlockName ]: TemplateOf< Name >;
}[ BlockName ];

/** The header fields core reads from a pattern file (`get_file_data()`). */
export type PatternHeader = {
	title: string;
	/** `william-health-blocks/<file name>`. */
	slug: `william-health-blocks/${ string }`;
	categories?: string[];
	keywords?: string[];
	blockTypes?: string[];
	postTypes?: string[];
	/** Hidden from the inserter: a part another pattern requires. */
	inserter?: false;
	description: string;
};

export type PatternDefinition = {
	header: PatternHeader;
	/**
	 * The blocks, top level first. Another pattern in the list is printed by
	 * requiring its file, so a part is written once. Called while marking is
	 * on: `t()`, `tx()` and `php()` work only in here.
	 */
	content: () => Array< BlockTemplate | PatternDefinition >;
};
