<?php
/**
 * A `Server-Timing` header with the plugin's own work on a reader's page, on
 * local and development environments only (never on production, where it
 * would tell every visitor how the server spends its time):
 *
 *     Server-Timing: william-health-jsonld;dur=1.2;desc="Structured data", william-health-review;dur=0.3;desc="Review lines"
 *
 * Headers leave before the body, and the graph is printed in wp_head, after
 * output has begun. So the graph is built here, on `template_redirect`, timed,
 * and handed to the head printer, which then does not build it again; the
 * review lines' text is computed here too (later renders read warm caches).
 * Browser developer tools show the figures beside the request; the
 * production stack's load test reads them with curl.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether an environment type gets the header.
 *
 * @param string $environment A `wp_get_environment_type()` value.
 * @return bool
 */
function william_health_blocks_server_timing_enabled( $environment ) {
	return in_array( $environment, array( 'local', 'development' ), true );
}

/**
 * The graph built early for a post, handed over once; or a fresh build.
 *
 * @param WP_Post    $post  The queried post.
 * @param array|null $early A graph built early for it, to keep (internal).
 * @return array JSON-LD nodes, as william_health_blocks_graph() returns them.
 */
function william_health_blocks_request_graph( $post, $early = null ) {
	static $kept = array();
	if ( null !== $early ) {
		$kept = array( $post->ID => $early );
		return $early;
	}
	if ( array_key_exists( $post->ID, $kept ) ) {
		$graph = $kept[ $post->ID ];
		$kept  = array();
		return $graph;
	}
	return william_health_blocks_graph( $post );
}

/**
 * Builds the queried post's graph and review lines, timed, and returns the
 * header value; '' on other environments, other pages, or when our
 * structured data is switched off (then there is nothing of ours to time).
 *
 * @param string $environment A `wp_get_environment_type()` value.
 * @return string The header's value, without "Server-Timing: ".
 */
function william_health_blocks_server_timing( $environment ) {
	if ( ! william_health_blocks_server_timing_enabled( $environment ) || ! is_singular() ) {
		return '';
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post || ! william_health_blocks_may_describe( $post ) ) {
		return '';
	}
	$metrics = array();

	/** This filter is documented in includes/structured-data.php. */
	if ( ! william_health_blocks_seo_plugin() && apply_filters( 'william_health_blocks_structured_data', true, $post ) ) {
		$start = microtime( true );
		william_health_blocks_request_graph( $post, william_health_blocks_graph( $post ) );
		$metrics[] = array( 'william-health-jsonld', microtime( true ) - $start, 'Structured data' );
	}

	$start = microtime( true );
	$block = (object) array( 'context' => array( 'postId' => $post->ID ) );
	foreach ( array( 'review', 'reviewed-by', 'next-review' ) as $key ) {
		william_health_blocks_review_binding( array( 'key' => $key ), $block );
	}
	$metrics[] = array( 'william-health-review', microtime( true ) - $start, 'Review lines' );

	return implode(
		', ',
		array_map(
			static function ( $metric ) {
				return sprintf( '%s;dur=%.2F;desc="%s"', $metric[0], $metric[1] * 1000, $metric[2] );
			},
			$metrics
		)
	);
}

/**
 * Sends the header before the theme starts output.
 */
function william_health_blocks_send_server_timing() {
	$value = william_health_blocks_server_timing( wp_get_environment_type() );
	if ( '' !== $value && ! headers_sent() ) {
		header( 'Server-Timing: ' . $value, false );
	}
}
// Late: after redirects are decided, right before the template loads.
add_action( 'template_redirect', 'william_health_blocks_send_server_timing', PHP_INT_MAX );
