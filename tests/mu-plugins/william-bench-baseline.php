<?php
/**
 * Benchmark helper for local sites only: a request that carries the cookie
 * `william_bench=baseline` is rendered as the baseline a WordPress user
 * would pick — Twenty Twenty-Five, with this project's plugin off — so both
 * sides of `npm run bench` come from one server, interleaved.
 *
 * The benchmark's core-block copy of the article is a private post, so no
 * reader, feed or listing ever shows it; only these requests may open it
 * (on a local site, without logging in), titled as a published post would be.
 * The benchmark deletes it when it ends.
 *
 * `GET /wp-json/william-bench/v1/environment` (administrators) names the
 * WordPress and PHP versions the figures were measured on.
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
	// The private baseline opens for these requests only: the singular main
	// query may return private posts, and their titles get no "Private:".
	add_action(
		'pre_get_posts',
		static function ( $query ) {
			if ( $query->is_main_query() && $query->is_singular() ) {
				$query->set( 'post_status', array( 'publish', 'private' ) );
			}
		}
	);
	add_filter(
		'private_title_format',
		static function () {
			return '%s';
		}
	);
}

add_action(
	'rest_api_init',
	static function () {
		register_rest_route(
			'william-bench/v1',
			'/environment',
			array(
				'methods'             => 'GET',
				'permission_callback' => static function () {
					return current_user_can( 'manage_options' );
				},
				'callback'            => static function () {
					return array(
						'wordpress' => get_bloginfo( 'version' ),
						'php'       => PHP_VERSION,
						'database'  => defined( 'DB_ENGINE' ) ? DB_ENGINE : 'mysql',
					);
				},
			)
		);
	}
);
