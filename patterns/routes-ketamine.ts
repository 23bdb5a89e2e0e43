/**
 * The ketamine example article's route table.
 */
import { t } from './marks';
import { asOfText } from './computed';
import { cells, notStated, routeColumns } from './route-columns';
import type { PatternDefinition } from './types';

const routesKetamine: PatternDefinition = {
	header: {
		title: 'Example article part: how ketamine is given',
		slug: 'william-health-blocks/routes-ketamine',
		inserter: false,
		keywords: [
			'routes',
			'intravenous',
			'intranasal',
			'oral',
			'esketamine',
			'table',
		],
		description:
			"The ketamine example article's route table (intravenous infusion, esketamine nasal spray, oral tablets) with the checked facts on setting, bioavailability and regulatory status. Part of that example only: new articles start from the route table with guidance.",
	},
	// Facts from tests/fixtures/checked-sources.md (checked as of 2026); empty
	// where none was checked. The codes are what each row's words say. Cells
	// follow the columns: route, product, setting, onset, bioavailability,
	// status, benefits, challenges.
	content: () => [
		[
			'william-health/administration-routes',
			{
				caption: t( 'How ketamine is given' ),
				asOf: '2026-11-27',
				asOfText: asOfText(
					'Facts as of %s',
					"%s: the date the table's facts were checked.",
					'2026-11-27'
				),
				columns: routeColumns( [ 'onset' ] ),
				notStated: notStated(),
				rows: [
					{
						routeCode: 'intravenous',
						statusCode: 'off-label',
						cells: cells( [
							t( 'Intravenous Infusion' ),
							t( 'Racemic ketamine' ),
							t(
								'Clinic, with monitoring during and after the infusion'
							),
							'',
							'',
							t(
								'Off-label for depression; approved as an anaesthetic'
							),
							t(
								'The most common method used in clinical settings.'
							),
							t(
								'A clinic visit for each infusion, with monitoring during and after it.'
							),
						] ),
					},
					{
						routeCode: 'intranasal',
						statusCode: 'approved',
						cells: cells( [
							t( 'Intranasal Spray' ),
							t( 'Esketamine (Spravato)' ),
							t(
								'Certified healthcare settings only, under a REMS programme'
							),
							'',
							t( 'Roughly 45–50%' ),
							t(
								'Approved (FDA): 2019 for treatment-resistant depression; 2020 for depressive symptoms with acute suicidal ideation or behaviour'
							),
							t(
								'FDA-approved esketamine nasal spray offers an alternative route with similar efficacy.'
							),
							t(
								'At least two hours of monitoring after each dose.'
							),
						] ),
					},
					{
						routeCode: 'oral',
						statusCode: 'off-label',
						cells: cells( [
							t( 'Oral Tablets' ),
							t( 'Racemic ketamine' ),
							'',
							'',
							t( 'Roughly 20–25%' ),
							t( 'Off-label' ),
							'',
							t(
								'Less commonly used due to variable absorption rates.'
							),
						] ),
					},
				],
			},
		],
	],
};

export default routesKetamine;
