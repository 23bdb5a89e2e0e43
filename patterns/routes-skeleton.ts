/**
 * The route table with guidance: each cell says what belongs in it.
 */
import { t } from './marks';
import { cells, notStated, routeColumns } from './route-columns';
import type { PatternDefinition } from './types';

const routesSkeleton: PatternDefinition = {
	header: {
		title: 'Route table, ready to fill',
		slug: 'william-health-blocks/routes-skeleton',
		categories: [ 'william-health' ],
		keywords: [
			'routes',
			'administration routes',
			'table',
			'comparison',
			'skeleton',
		],
		blockTypes: [ 'william-health/administration-routes' ],
		description:
			'A route table whose cells say what belongs in them: one row per way the treatment is given, with its setting, regulatory status, benefits and challenges.',
	},
	// Guidance, not facts, and no codes to correct. The route cell asks for
	// the route word first, which the sidebar reads the route kind from.
	// Cells follow the columns: route, product, setting, onset,
	// bioavailability, status, benefits, challenges.
	content: () => [
		[
			'william-health/administration-routes',
			{
				caption: t( 'How the treatment is given' ),
				columns: routeColumns( [ 'onset', 'bioavailability' ] ),
				notStated: notStated(),
				rows: [
					{
						cells: cells( [
							t(
								'The route, then the form: e.g. “Oral tablet”, “Intravenous infusion”'
							),
							t( 'The product or form, by its generic name' ),
							t( 'Where it is given, and who supervises it' ),
							'',
							'',
							t(
								'Its status and who decided it, e.g. “Approved (agency, year)”'
							),
							t(
								'What this way offers, as the evidence shows it'
							),
							t(
								'What makes it harder: monitoring, side effects, access'
							),
						] ),
					},
					{
						cells: cells( [
							t( 'Another way it is given, or remove this row' ),
						] ),
					},
				],
			},
		],
	],
};

export default routesSkeleton;
