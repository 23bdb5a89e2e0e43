<?php
/**
 * Benchmark helper for local sites only: a request that carries the cookie
 * `william_bench=baseline` is rendered as the baseline a WordPress user
 * would pick — Twenty Twenty-Five, with this project's plugin off — so both
 * sides of `npm run bench` come from one server, interleaved.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) || 'local' !== wp_get_environment_type() ) {
	return;
}

if ( isset( $_COOKIE['william_bench'] ) && 'baseline' === $_COOKIE['william_bench'] ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
	$william_bench_theme = static function () {
		return 'twentytwentyfive';
	};
	add_filter( 'pre_option_stylesheet', $william_bench_theme );
	add_filter( 'pre_option_template', $william_bench_theme );
	add_filter(
		'option_active_plugins',
		static function ( $plugins ) {
			return array_values( array_diff( (array) $plugins, array( 'william-health-blocks/william-health-blocks.php' ) ) );
		}
	);
}
