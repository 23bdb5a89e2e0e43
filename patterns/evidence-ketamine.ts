/**
 * The ketamine example article's evidence list: three claims with the
 * checked studies behind them (tests/fixtures/checked-sources.md), each
 * citing its entry in the article's References list (numbered as the text
 * before the list first cites them; patterns/citations.ts).
 */
import { cite } from './citations';
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
						// "journals like JAMA Psychiatry": Arch Gen Psychiatry,
						// its name until 2013.
						refId: 'rzara',
						citeId: 'cite-zevi1',
						citeNumber: '1',
					},
				],
				[
					'william-health/evidence-item',
					{
						// Generalized anxiety: Glue 2017, cited in the finding;
						// social anxiety: the item's own study.
						finding:
							finding(
								'Anxiety Disorders:',
								'Studies indicate that ketamine can alleviate symptoms of generalized anxiety disorder (GAD) and social anxiety disorder (SAD), providing another therapeutic avenue for those suffering from these conditions.'
							) + cite( 'rglue', 'cite-gevi1', 3 ),
						condition: t( 'Social anxiety disorder' ),
						design: 'randomised-controlled-trial',
						participants: 18,
						summary: studySummary(
							'randomised-controlled-trial',
							18
						),
						refId: 'rtayl',
						citeId: 'cite-tevi1',
						citeNumber: '4',
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
						refId: 'rwilk',
						citeId: 'cite-wevi1',
						citeNumber: '2',
					},
				],
			],
		],
	],
};

export default evidenceKetamine;
