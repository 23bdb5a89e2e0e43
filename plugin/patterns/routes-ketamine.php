<?php
/**
 * Title: Ketamine: administration routes
 * Slug: william-health-blocks/routes-ketamine
 * Categories: william-health
 * Keywords: routes, intravenous, intranasal, oral, esketamine, table
 * Block Types: william-health/administration-routes
 * Description: How ketamine is given (intravenous infusion, esketamine nasal spray, oral tablets) with the checked facts on setting, bioavailability and regulatory status.
 *
 * @package WilliamHealthBlocks
 */

$william_health_columns = array(
	array( 'route', __( 'Route', 'william-health-blocks' ), true ),
	array( 'product', __( 'Product or form', 'william-health-blocks' ), true ),
	array( 'setting', __( 'Care setting', 'william-health-blocks' ), true ),
	array( 'onset', __( 'Onset', 'william-health-blocks' ), false ),
	array( 'bioavailability', __( 'Bioavailability', 'william-health-blocks' ), true ),
	array( 'status', __( 'Regulatory status', 'william-health-blocks' ), true ),
	array( 'benefits', __( 'Benefits', 'william-health-blocks' ), true ),
	array( 'challenges', __( 'Challenges', 'william-health-blocks' ), true ),
);
// Facts from tests/fixtures/checked-sources.md (checked as of 2026); empty where none was checked.
$william_health_rows = array(
	array(
		'routeCode'  => 'intravenous',
		'route'      => __( 'Intravenous Infusion', 'william-health-blocks' ),
		'product'    => __( 'Racemic ketamine', 'william-health-blocks' ),
		'setting'    => __( 'Clinic, with monitoring during and after the infusion', 'william-health-blocks' ),
		'statusCode' => 'off-label',
		'status'     => __( 'Off-label for depression; approved as an anaesthetic', 'william-health-blocks' ),
		'benefits'   => __( 'The most common method used in clinical settings.', 'william-health-blocks' ),
		'challenges' => __( 'A clinic visit for each infusion, with monitoring during and after it.', 'william-health-blocks' ),
	),
	array(
		'routeCode'       => 'intranasal',
		'route'           => __( 'Intranasal Spray', 'william-health-blocks' ),
		'product'         => __( 'Esketamine (Spravato)', 'william-health-blocks' ),
		'setting'         => __( 'Certified healthcare settings only, under a REMS programme', 'william-health-blocks' ),
		'bioavailability' => __( 'Roughly 45–50%', 'william-health-blocks' ),
		'statusCode'      => 'approved',
		'status'          => __( 'Approved (FDA): 2019 for treatment-resistant depression; 2020 for depressive symptoms with acute suicidal ideation or behaviour', 'william-health-blocks' ),
		'benefits'        => __( 'FDA-approved esketamine nasal spray offers an alternative route with similar efficacy.', 'william-health-blocks' ),
		'challenges'      => __( 'At least two hours of monitoring after each dose.', 'william-health-blocks' ),
	),
	array(
		'routeCode'       => 'oral',
		'route'           => __( 'Oral Tablets', 'william-health-blocks' ),
		'product'         => __( 'Racemic ketamine', 'william-health-blocks' ),
		'bioavailability' => __( 'Roughly 20–25%', 'william-health-blocks' ),
		'statusCode'      => 'off-label',
		'status'          => __( 'Off-label', 'william-health-blocks' ),
		'challenges'      => __( 'Less commonly used due to variable absorption rates.', 'william-health-blocks' ),
	),
);
$william_health_as_of = sprintf(
	/* translators: %s: the date the table's facts were checked. */
	__( 'Facts as of %s', 'william-health-blocks' ),
	date_i18n( get_option( 'date_format' ), strtotime( '2026-11-27 12:00:00' ) )
);
$william_health_caption = __( 'How ketamine is given', 'william-health-blocks' );

// The block's attributes, in the block comment exactly as the editor writes them.
$william_health_attributes = array(
	'caption' => $william_health_caption,
	'asOf'    => '2026-11-27',
	'columns' => array_map(
		static function ( $column ) {
			return array(
				'key'     => $column[0],
				'label'   => esc_html( $column[1] ),
				'visible' => $column[2],
			);
		},
		$william_health_columns
	),
	'rows'    => array_map(
		static function ( $row ) {
			return array_map( 'esc_html', $row );
		},
		$william_health_rows
	),
);
unset( $william_health_attributes['caption'] );
$william_health_shown = array_filter(
	$william_health_columns,
	static function ( $column ) {
		return $column[2];
	}
);
?>
<!-- wp:william-health/administration-routes <?php echo serialize_block_attributes( $william_health_attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- JSON escaped for block comments. ?> -->
<figure class="wp-block-william-health-administration-routes alignwide"><table class="wp-block-william-health-administration-routes__table"><caption><span class="wp-block-william-health-administration-routes__caption-text"><?php echo esc_html( $william_health_caption ); ?></span> <span class="wp-block-william-health-administration-routes__as-of"><?php echo esc_html( $william_health_as_of ); ?></span></caption><thead><tr>
<?php
foreach ( $william_health_shown as $william_health_column ) {
	printf( '<th scope="col" class="wp-block-william-health-administration-routes__col-%s">%s</th>', esc_attr( $william_health_column[0] ), esc_html( $william_health_column[1] ) );
}
?>
</tr></thead><tbody>
<?php
foreach ( $william_health_rows as $william_health_row ) {
	echo '<tr>';
	foreach ( $william_health_shown as $william_health_column ) {
		$william_health_tag = 'route' === $william_health_column[0] ? 'th' : 'td';
		printf(
			'<%1$s%2$s data-label="%3$s">%4$s</%1$s>',
			esc_html( $william_health_tag ),
			'th' === $william_health_tag ? ' scope="row"' : '',
			esc_attr( $william_health_column[1] ),
			isset( $william_health_row[ $william_health_column[0] ] ) ? esc_html( $william_health_row[ $william_health_column[0] ] ) : ''
		);
	}
	echo '</tr>';
}
?>
</tbody></table></figure>
<!-- /wp:william-health/administration-routes -->
