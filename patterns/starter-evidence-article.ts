/**
 * The starter offered first for new posts: the outline of an article on any
 * treatment, with all four blocks, each field saying what to write in it,
 * and the References list its citations fill.
 */
import { heading, paragraph } from './core-blocks';
import evidenceSkeleton from './evidence-skeleton';
import mechanismSkeleton from './mechanism-skeleton';
import routesSkeleton from './routes-skeleton';
import safetyNoticeSkeleton from './safety-notice-skeleton';
import type { PatternDefinition } from './types';

const starterEvidenceArticle: PatternDefinition = {
	header: {
		title: 'Evidence-based article',
		slug: 'william-health-blocks/starter-evidence-article',
		// "featured": registered before the example article, so offered first.
		categories: [ 'william-health', 'featured' ],
		keywords: [
			'article',
			'evidence',
			'starter',
			'health',
			'skeleton',
			'template',
		],
		blockTypes: [ 'core/post-content' ],
		postTypes: [ 'post' ],
		description:
			'The outline of a health article on any treatment: sections with all four blocks, each saying what to write where. Replace the guidance with your own text.',
	},
	content: () => [
		paragraph(
			'Start with what readers most need to know, in two or three plain sentences: what the treatment is, whom it is for, and what the evidence says about it.'
		),
		heading( 'How it works' ),
		paragraph(
			'Explain how the treatment is thought to work, in words a reader without medical training follows. The diagram below shows the same chain of cause and effect, one step per box.'
		),
		mechanismSkeleton,
		heading( 'What the evidence shows' ),
		paragraph(
			'Say how strong the evidence is overall and where it is still thin. List each claim below with the study behind it.'
		),
		evidenceSkeleton,
		heading( 'Safety and side effects' ),
		paragraph(
			'Name the common side effects and the rare serious ones, and who should not take the treatment. Put each risk a reader must act on in a safety notice.'
		),
		safetyNoticeSkeleton,
		heading( 'How it is given' ),
		paragraph(
			'Compare the ways the treatment is given: one row per route, with where it is given and its regulatory status.'
		),
		routesSkeleton,
		heading( 'Conclusion' ),
		paragraph(
			'Sum up what the evidence supports, what it does not yet show, and when to talk to a doctor.'
		),
		heading( 'References' ),
		paragraph(
			'Cite each claim where you make it: select its words and press “Cite” in the toolbar (Shift+Alt+C) to find a source of this list or add one by its DOI, PMID or PMCID. The list numbers the sources in the order the text first cites them.'
		),
		// Empty: filled as the author cites; its heading stays with it.
		[ 'william-health/references', {} ],
	],
};

export default starterEvidenceArticle;
