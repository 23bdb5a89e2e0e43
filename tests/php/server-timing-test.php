<?php
/**
 * The Server-Timing header with the plugin's own work: on local and
 * development sites only, with the structured data and review lines timed,
 * and the graph built early handed to the head printer.
 *
 * @package WilliamHealthBlocks
 */

/**
 * Makes a post the queried object, as WordPress does for its address.
 *
 * @param int $post_id The post.
 */
function william_test_query_post( $post_id ) {
	$GLOBALS['wp_query']     = new WP_Query( array( 'p' => $post_id ) ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	$GLOBALS['wp_the_query'] = $GLOBALS['wp_query']; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
}

$william_timing_pattern = WP_Block_Patterns_Registry::get_instance()->get_registered( 'william-health-blocks/ketamine-article' );
$william_timing_post    = wp_insert_post(
	array(
		'post_title'   => 'Timed article',
		'post_status'  => 'publish',
		'post_content' => $william_timing_pattern['content'],
		'meta_input'   => array( 'william_health_last_reviewed' => '2026-11-27' ),
	)
);

william_test(
	'production and staging sites send no Server-Timing header',
	static function () use ( $william_timing_post ) {
		william_test_query_post( $william_timing_post );
		william_assert_same( '', william_health_blocks_server_timing( 'production' ) );
		william_assert_same( '', william_health_blocks_server_timing( 'staging' ) );
	}
);

william_test(
	'a local or development site times the structured data and the review lines',
	static function () use ( $william_timing_post ) {
		william_test_query_post( $william_timing_post );
		$pattern = '/^william-health-jsonld;dur=\d+\.\d\d;desc="Structured data", william-health-review;dur=\d+\.\d\d;desc="Review lines"$/';
		foreach ( array( 'local', 'development' ) as $environment ) {
			$value = william_health_blocks_server_timing( $environment );
			william_assert_true( 1 === preg_match( $pattern, $value ), "$environment: $value" );
		}
	}
);

william_test(
	'the graph timed early is the one the page prints, and only once',
	static function () use ( $william_timing_post ) {
		william_test_query_post( $william_timing_post );
		william_health_blocks_server_timing( 'local' );
		// Changed after the timing: a printer that built the graph again would say so.
		$renamed = static function () {
			return 'Renamed publisher';
		};
		add_filter( 'pre_option_blogname', $renamed );
		ob_start();
		william_health_blocks_print_head();
		$first = ob_get_clean();
		ob_start();
		william_health_blocks_print_head();
		$second = ob_get_clean();
		remove_filter( 'pre_option_blogname', $renamed );
		william_assert_true( false !== strpos( $first, '"name":"Timed article"' ), 'the printed graph names the post' );
		william_assert_not_contains( 'Renamed publisher', $first, 'the first print is the graph built early' );
		william_assert_true( false !== strpos( $second, 'Renamed publisher' ), 'a later print builds the graph anew' );
	}
);

william_test(
	'a page that is not singular has no header',
	static function () {
		$GLOBALS['wp_query']     = new WP_Query( array( 'post_type' => 'post' ) ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		$GLOBALS['wp_the_query'] = $GLOBALS['wp_query']; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		william_assert_same( '', william_health_blocks_server_timing( 'local' ) );
	}
);

wp_delete_post( $william_timing_post, true );
