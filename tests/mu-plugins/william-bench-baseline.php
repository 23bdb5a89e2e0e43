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

// The benchmark's own private posts (its long article) open to its reader
// requests with the plugin on: those that carry `william_bench=ours`, for
// posts whose slug starts with "william-bench-" only.
if ( isset( $_COOKIE['william_bench'] ) && 'ours' === $_COOKIE['william_bench'] ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
	add_action(
		'pre_get_posts',
		static function ( $query ) {
			$name = (string) $query->get( 'name' );
			if ( $query->is_main_query() && $query->is_singular() && 0 === strpos( $name, 'william-bench-' ) ) {
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

// The benchmark's timed copies (scripts/bench/plugin-server-times.mjs) are
// published for seconds, as readers' posts are: meanwhile no listing, feed
// or search shows them; only their own address opens them.
add_filter(
	'posts_where',
	static function ( $where, $query ) {
		global $wpdb;
		// The benchmark's own REST listings and the admin see them.
		if ( $query->is_singular() || is_admin() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
			return $where;
		}
		return $where . $wpdb->prepare( " AND {$wpdb->posts}.post_name NOT LIKE %s", $wpdb->esc_like( 'william-bench-' ) . '%' );
	},
	10,
	2
);

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
