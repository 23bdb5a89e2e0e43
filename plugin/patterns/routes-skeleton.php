<?php
/**
 * Title: Administration routes with guidance
 * Slug: william-health-blocks/routes-skeleton
 * Categories: william-health
 * Keywords: routes, administration, dosage forms, table, comparison
 * Block Types: william-health/administration-routes
 * Description: A route table ready to fill in: one row per way the treatment is given, each cell saying what belongs in it.
 *
 * STUB by the theme-patterns branch, in today's table format, so the starter
 * article can require it; the route-table branch's own file replaces it.
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
$william_health_rows    = array(
	array(
		'route'           => __( 'How it is given, e.g. tablets by mouth', 'william-health-blocks' ),
		'product'         => __( 'The product or form', 'william-health-blocks' ),
		'setting'         => __( 'Where it is given, and who supervises', 'william-health-blocks' ),
		'bioavailability' => __( 'How much reaches the blood, with its source', 'william-health-blocks' ),
		'status'          => __( 'Approved, off-label or investigational, with who decided and when', 'william-health-blocks' ),
		'benefits'        => __( 'What this route offers', 'william-health-blocks' ),
		'challenges'      => __( 'What this route asks of the patient', 'william-health-blocks' ),
	),
);
$william_health_caption = __( 'How the treatment is given', 'william-health-blocks' );

// The block's attributes, in the block comment exactly as the editor writes them.
$william_health_attributes = array(
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
$william_health_shown      = array_filter(
	$william_health_columns,
	static function ( $column ) {
		return $column[2];
	}
);
?>
<!-- wp:william-health/administration-routes <?php echo serialize_block_attributes( $william_health_attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- JSON escaped for block comments. ?> -->
<figure class="wp-block-william-health-administration-routes alignwide"><table class="wp-block-william-health-administration-routes__table"><caption><span class="wp-block-william-health-administration-routes__caption-text"><?php echo esc_html( $william_health_caption ); ?></span></caption><thead><tr>
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
