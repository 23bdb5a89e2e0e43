<?php
/**
 * Title: Route table, ready to fill
 * Slug: william-health-blocks/routes-skeleton
 * Categories: william-health
 * Keywords: routes, administration routes, table, comparison, skeleton
 * Block Types: william-health/administration-routes
 * Description: A route table whose cells say what belongs in them: one row per way the treatment is given, with its setting, regulatory status, benefits and challenges.
 *
 * @package WilliamHealthBlocks
 */

require_once __DIR__ . '/routes-markup.php';

// Guidance, not facts: each cell says what belongs there. The route cell asks
// for the route word first, which the sidebar reads the route kind from.
// Cells follow the columns: route, product, setting, onset, bioavailability,
// status, benefits, challenges.
echo william_health_blocks_route_table_markup( // phpcs:ignore WordPress.Security.EscapeOutput -- every value is escaped inside.
	array(
		'caption'    => __( 'How the treatment is given', 'william-health-blocks' ),
		'as_of'      => '',
		'as_of_text' => '',
		'columns'    => william_health_blocks_route_table_columns( array( 'onset', 'bioavailability' ) ),
		'not_stated' => __( 'Not stated', 'william-health-blocks' ),
		'rows'       => array(
			array(
				'cells' => array(
					__( 'The route, then the form: e.g. “Oral tablet”, “Intravenous infusion”', 'william-health-blocks' ),
					__( 'The product or form, by its generic name', 'william-health-blocks' ),
					__( 'Where it is given, and who supervises it', 'william-health-blocks' ),
					'',
					'',
					__( 'Its status and who decided it, e.g. “Approved (agency, year)”', 'william-health-blocks' ),
					__( 'What this way offers, as the evidence shows it', 'william-health-blocks' ),
					__( 'What makes it harder: monitoring, side effects, access', 'william-health-blocks' ),
				),
			),
			array(
				'cells' => array(
					__( 'Another way it is given, or remove this row', 'william-health-blocks' ),
				),
			),
		),
	)
);
