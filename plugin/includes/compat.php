<?php
/**
 * What the plugin needs from WordPress releases older than the current one.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Allows `<time datetime>` in post HTML, as WordPress 6.9 and later do.
 *
 * The evidence list, the route table and the review lines write dates as
 * `<time datetime>`. On WordPress 6.8 the post HTML that KSES allows has no
 * `time`: a post saved by an Author (no `unfiltered_html`) would lose the
 * element, and with it the block's validity in the editor.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The KSES context.
 * @return array
 */
function william_health_blocks_allow_time( $tags, $context ) {
	if ( 'post' === $context && ! isset( $tags['time'] ) ) {
		// With class, id, aria-* and data-*, as core gives every allowed tag.
		$tags['time'] = _wp_add_global_attributes( array( 'datetime' => true ) );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'william_health_blocks_allow_time', 10, 2 );
