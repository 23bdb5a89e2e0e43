<?php
/**
 * Pattern overrides (WordPress 6.9+ filter, WordPress 7.0+ editing) for the
 * block attributes WordPress can replace on the server.
 *
 * WordPress 7.1 replaces a bound rich-text attribute only when its selector
 * is a tag name; the attributes listed here have one. The others (class
 * selectors, so one block can hold several rich-text fields) stay editable
 * in synced patterns but cannot be overridden per instance yet.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds our overridable attributes.
 *
 * @param string[]    $attributes Supported attributes.
 * @param string|null $block_type Block name.
 * @return string[]
 */
function william_health_blocks_supported_overrides( $attributes, $block_type ) {
	$ours = array(
		'william-health/mechanism-diagram' => array( 'caption' ),
	);
	// Core passes null for a block of no known type (PHP 8.5 deprecates null keys).
	if ( ! is_string( $block_type ) || ! isset( $ours[ $block_type ] ) ) {
		return $attributes;
	}
	return array_merge( $attributes, $ours[ $block_type ] );
}
add_filter( 'block_bindings_supported_attributes', 'william_health_blocks_supported_overrides', 10, 2 );
