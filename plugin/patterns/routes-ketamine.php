<?php
/**
 * Title: Example article part: how ketamine is given
 * Slug: william-health-blocks/routes-ketamine
 * Inserter: no
 * Keywords: routes, intravenous, intranasal, oral, esketamine, table
 * Description: The ketamine example article's route table (intravenous infusion, esketamine nasal spray, oral tablets) with the checked facts on setting, bioavailability and regulatory status. Part of that example only: new articles start from the route table with guidance.
 *
 * @package WilliamHealthBlocks
 */

require_once __DIR__ . '/routes-markup.php';

// Facts from tests/fixtures/checked-sources.md (checked as of 2026); empty where none was checked.
// Cells follow the columns: route, product, setting, onset, bioavailability, status, benefits, challenges.
echo william_health_blocks_route_table_markup( // phpcs:ignore WordPress.Security.EscapeOutput -- every value is escaped inside.
	array(
		'caption'    => __( 'How ketamine is given', 'william-health-blocks' ),
		'as_of'      => '2026-11-27',
		'as_of_text' => sprintf(
			/* translators: %s: the date the table's facts were checked. */
			__( 'Facts as of %s', 'william-health-blocks' ),
			date_i18n( get_option( 'date_format' ), strtotime( '2026-11-27 12:00:00' ) )
		),
		'columns'    => william_health_blocks_route_table_columns( array( 'onset' ) ),
		'not_stated' => __( 'Not stated', 'william-health-blocks' ),
		'rows'       => array(
			array(
				'route'  => 'intravenous',
				'status' => 'off-label',
				'cells'  => array(
					__( 'Intravenous Infusion', 'william-health-blocks' ),
					__( 'Racemic ketamine', 'william-health-blocks' ),
					__( 'Clinic, with monitoring during and after the infusion', 'william-health-blocks' ),
					'',
					'',
					__( 'Off-label for depression; approved as an anaesthetic', 'william-health-blocks' ),
					__( 'The most common method used in clinical settings.', 'william-health-blocks' ),
					__( 'A clinic visit for each infusion, with monitoring during and after it.', 'william-health-blocks' ),
				),
			),
			array(
				'route'  => 'intranasal',
				'status' => 'approved',
				'cells'  => array(
					__( 'Intranasal Spray', 'william-health-blocks' ),
					__( 'Esketamine (Spravato)', 'william-health-blocks' ),
					__( 'Certified healthcare settings only, under a REMS programme', 'william-health-blocks' ),
					'',
					__( 'Roughly 45–50%', 'william-health-blocks' ),
					__( 'Approved (FDA): 2019 for treatment-resistant depression; 2020 for depressive symptoms with acute suicidal ideation or behaviour', 'william-health-blocks' ),
					__( 'FDA-approved esketamine nasal spray offers an alternative route with similar efficacy.', 'william-health-blocks' ),
					__( 'At least two hours of monitoring after each dose.', 'william-health-blocks' ),
				),
			),
			array(
				'route'  => 'oral',
				'status' => 'off-label',
				'cells'  => array(
					__( 'Oral Tablets', 'william-health-blocks' ),
					__( 'Racemic ketamine', 'william-health-blocks' ),
					'',
					'',
					__( 'Roughly 20–25%', 'william-health-blocks' ),
					__( 'Off-label', 'william-health-blocks' ),
					'',
					__( 'Less commonly used due to variable absorption rates.', 'william-health-blocks' ),
				),
			),
		),
	)
);
