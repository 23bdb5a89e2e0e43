<?php
/**
 * Test helper for local sites only: a request that carries the cookie
 * `william_seo_stand_in=yoast` or `=rank-math` is served as if that SEO plugin
 * were active. Neither plugin can be installed offline, so this stands in with
 * the parts of their public interface our plugin relies on: the constant or
 * class it detects, the filter that collects graph pieces, one JSON-LD script
 * encoded the way that plugin encodes it, and a meta description.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) || 'local' !== wp_get_environment_type() ) {
	return;
}

$william_seo_stand_in = isset( $_COOKIE['william_seo_stand_in'] ) ? sanitize_key( $_COOKIE['william_seo_stand_in'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput

if ( 'yoast' === $william_seo_stand_in ) {
	define( 'WPSEO_VERSION', 'stand-in' );
	add_action(
		'wp_head',
		static function () {
			if ( ! is_singular() ) {
				return;
			}
			$graph = array(
				array(
					'@type' => 'WebPage',
					'@id'   => get_permalink() . '#stand-in',
				),
			);
			/** Yoast SEO's filter: ( array $graph, Meta_Tags_Context $context ). */
			$graph = apply_filters( 'wpseo_schema_graph', $graph, null );
			echo '<meta name="description" content="Yoast SEO stand-in description" />' . "\n";
			// Yoast encodes without JSON_HEX_TAG: a "</script>" in a piece would stay literal.
			echo '<script type="application/ld+json" class="yoast-schema-graph">' . wp_json_encode(
				array(
					'@context' => 'https://schema.org',
					'@graph'   => $graph,
				),
				JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
			) . "</script>\n";
		},
		1
	);
}

if ( 'rank-math' === $william_seo_stand_in ) {
	/**
	 * Rank Math is detected by its main class; declared only when asked for.
	 */
	final class RankMath {} // phpcs:ignore Generic.Files.OneObjectStructurePerFile
	add_action(
		'wp_head',
		static function () {
			if ( ! is_singular() ) {
				return;
			}
			/** Rank Math's filter: ( array $data keyed by entity, JsonLD $jsonld ). */
			$data = apply_filters(
				'rank_math/json_ld',
				array(
					'WebPage' => array(
						'@type' => 'WebPage',
						'@id'   => get_permalink() . '#stand-in',
					),
				),
				null
			);
			echo '<meta name="description" content="Rank Math stand-in description" />' . "\n";
			echo '<script type="application/ld+json" class="rank-math-schema">' . wp_json_encode(
				array(
					'@context' => 'https://schema.org',
					'@graph'   => array_values( $data ),
				),
				JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES
			) . "</script>\n";
		},
		1
	);
}
