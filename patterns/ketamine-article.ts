/**
 * William Inc.'s own article, "Breaking Down the Science: Why Ketamine Works
 * for Severe Depression and Anxiety", built with all four blocks: an example
 * to learn from, and the article the start script publishes.
 */
import { KETAMINE_STUDIES, cite } from './citations';
import { heading, paragraph } from './core-blocks';
import evidenceKetamine from './evidence-ketamine';
import mechanismKetamine from './mechanism-ketamine';
import routesKetamine from './routes-ketamine';
import sideEffectsNotice from './side-effects-notice';
import { t } from './marks';
import type { PatternDefinition } from './types';

const { zarate, glue, taylor, wilkinson } = KETAMINE_STUDIES;

const ketamineArticle: PatternDefinition = {
	header: {
		title: 'Example: Ketamine for severe depression and anxiety (full article)',
		slug: 'william-health-blocks/ketamine-article',
		categories: [ 'william-health' ],
		keywords: [ 'example', 'ketamine', 'depression', 'anxiety', 'article' ],
		blockTypes: [ 'core/post-content' ],
		postTypes: [ 'post' ],
		description:
			'An example to learn from: William Inc.\'s article "Breaking Down the Science: Why Ketamine Works for Severe Depression and Anxiety", built with all four blocks. To write your own article, start from "Evidence-based article" instead.',
	},
	content: () => [
		[
			'core/paragraph',
			{
				content: `${ t(
					'In recent years, ketamine has emerged as a groundbreaking treatment for severe depression and anxiety, offering new hope to those who have not found relief through traditional therapies.'
				) }${ cite( zarate.id, 'cite-zint1', 1 ) } ${ t(
					"But what exactly makes ketamine so effective? In this blog post, we will delve into the science behind ketamine's efficacy, exploring its mechanisms of action and the clinical evidence supporting its use."
				) }`,
			},
		],
		heading( 'The Mechanisms of Action' ),
		paragraph(
			"Ketamine primarily acts on the brain's glutamate system, a departure from the traditional focus on serotonin and norepinephrine in treating depression. Glutamate is the most abundant excitatory neurotransmitter in the brain, playing a crucial role in synaptic plasticity—the ability of synapses to strengthen or weaken over time, which is essential for learning and memory."
		),
		mechanismKetamine,
		heading( 'NMDA Receptor Antagonism', 3 ),
		paragraph(
			'Ketamine is an N-methyl-D-aspartate (NMDA) receptor antagonist. By inhibiting these receptors, ketamine disrupts abnormal glutamate signaling associated with depression. This inhibition leads to a cascade of events that ultimately increase levels of brain-derived neurotrophic factor (BDNF), a protein that supports neuron growth and survival.'
		),
		heading( 'AMPA Receptor Activation', 3 ),
		paragraph(
			'Interestingly, ketamine also indirectly activates alpha-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid (AMPA) receptors. This activation further enhances synaptic plasticity and promotes rapid antidepressant effects. The dual action on both NMDA and AMPA receptors sets ketamine apart from other treatments.'
		),
		heading( 'Rapid Onset of Effects', 3 ),
		[
			'core/paragraph',
			{
				content: `${ t(
					'One of the most remarkable aspects of ketamine treatment is its rapid onset. Traditional antidepressants can take weeks to show effects, but ketamine often provides relief within hours to days.'
				) }${ cite( zarate.id, 'cite-zons1', 1 ) } ${ t(
					'This rapid response is particularly beneficial for individuals experiencing severe depressive episodes or suicidal ideation.'
				) }${ cite( wilkinson.id, 'cite-wons1', 2 ) }`,
			},
		],
		heading( 'Clinical Evidence' ),
		paragraph(
			"Numerous studies have demonstrated ketamine's efficacy in treating severe depression and anxiety:"
		),
		evidenceKetamine,
		heading( 'Safety and Side Effects' ),
		sideEffectsNotice,
		heading( 'Administration Methods' ),
		paragraph( 'Ketamine can be administered through various routes:' ),
		routesKetamine,
		paragraph(
			'Each method comes with its own set of benefits and challenges, tailored to individual patient needs.'
		),
		heading( 'Conclusion' ),
		[
			'core/paragraph',
			{
				// "Rapid relief when traditional methods fall short": Zarate
				// 2006, relief within hours in depression that had not
				// responded to two or more antidepressants.
				content: `${ t(
					'The science behind why ketamine works for severe depression and anxiety lies in its unique mechanism of action on glutamate pathways and its ability to promote rapid synaptic plasticity. With robust clinical evidence supporting its use, ketamine represents a paradigm shift in psychiatric treatment—offering rapid relief when traditional methods fall short.'
				) }${ cite( zarate.id, 'cite-zcon1', 1 ) } ${ t(
					'However, it remains essential that this powerful tool is wielded responsibly within well-regulated medical frameworks to maximize benefits while minimizing risks.'
				) }`,
			},
		],
		paragraph(
			'As research continues to evolve, we may uncover even more about how this fascinating compound can transform mental health care for millions worldwide.'
		),
		heading( 'References' ),
		[
			'william-health/references',
			{
				// The studies' own words: as published, untranslated. Numbers
				// and backlinks as the numbering writes them; the backlinks'
				// name in the site's language, as the editor writes it.
				backText: t( 'Back to the text' ),
				references: [
					{
						...zarate,
						backlinks: [
							{ href: '#cite-zint1' },
							{ href: '#cite-zons1' },
							{ href: '#cite-zevi1' },
							{ href: '#cite-zcon1' },
						],
					},
					{
						...wilkinson,
						backlinks: [
							{ href: '#cite-wons1' },
							{ href: '#cite-wevi1' },
						],
					},
					{ ...glue, backlinks: [ { href: '#cite-gevi1' } ] },
					{ ...taylor, backlinks: [ { href: '#cite-tevi1' } ] },
				],
			},
		],
	],
};

export default ketamineArticle;
