/**
 * The ketamine example article's evidence list: three claims with the
 * checked studies behind them (tests/fixtures/checked-sources.md).
 */
import { asOfText, studySummary } from './computed';
import { finding } from './evidence-finding';
import { t } from './marks';
import type { PatternDefinition } from './types';

const evidenceKetamine: PatternDefinition = {
	header: {
		title: 'Example article part: ketamine clinical evidence',
		slug: 'william-health-blocks/evidence-ketamine',
		inserter: false,
		keywords: [
			'evidence',
			'studies',
			'references',
			'ketamine',
			'depression',
			'anxiety',
		],
		description:
			"The ketamine example article's evidence list: three claims with the checked studies behind them. Part of that example only: new articles start from the evidence list with guidance.",
	},
	// References are a study's own words: they stay as published, untranslated.
	content: () => [
		[
			'william-health/evidence-list',
			{
				asOf: '2026-11-27',
				asOfText: asOfText(
					'Evidence as of %s',
					'%s: the date the evidence was last checked.',
					'2026-11-27'
				),
			},
			[
				[
					'william-health/evidence-item',
					{
						finding: finding(
							'Treatment-Resistant Depression:',
							'Research published in journals like JAMA Psychiatry has shown that intravenous ketamine infusions significantly reduce depressive symptoms in patients who have not responded to other treatments.'
						),
						condition: t( 'Treatment-resistant major depression' ),
						design: 'randomised-controlled-trial',
						participants: 18,
						summary: studySummary(
							'randomised-controlled-trial',
							18
						),
						authors: 'Zarate CA Jr, Singh JB, Carlson PJ, et al',
						title: 'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
						journal: 'Arch Gen Psychiatry',
						year: '2006',
						doi: '10.1001/archpsyc.63.8.856',
						pmid: '16894061',
					},
				],
				[
					'william-health/evidence-item',
					{
						finding: finding(
							'Anxiety Disorders:',
							'Studies indicate that ketamine can alleviate symptoms of generalized anxiety disorder (GAD) and social anxiety disorder (SAD), providing another therapeutic avenue for those suffering from these conditions.'
						),
						condition: t( 'Social anxiety disorder' ),
						design: 'randomised-controlled-trial',
						participants: 18,
						summary: studySummary(
							'randomised-controlled-trial',
							18
						),
						authors:
							'Taylor JH, Landeros-Weisenberger A, Coughlin C, et al',
						title: 'Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial',
						journal: 'Neuropsychopharmacology',
						year: '2018',
						doi: '10.1038/npp.2017.194',
						url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5729569/',
					},
				],
				[
					'william-health/evidence-item',
					{
						finding: finding(
							'Suicidal Ideation:',
							"Ketamine's ability to rapidly reduce suicidal thoughts has been documented in multiple clinical trials, making it a critical tool in emergency psychiatric care."
						),
						condition: t( 'Suicidal ideation' ),
						design: 'meta-analysis',
						participants: 167,
						summary: studySummary( 'meta-analysis', 167 ),
						authors: 'Wilkinson ST, Ballard ED, Bloch MH, et al',
						title: 'The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis',
						journal: 'Am J Psychiatry',
						year: '2018',
						doi: '10.1176/appi.ajp.2017.17040472',
						pmid: '28969441',
					},
				],
			],
		],
	],
};

export default evidenceKetamine;
