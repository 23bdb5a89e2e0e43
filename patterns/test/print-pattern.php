<?php
/**
 * Prints one of the plugin's pattern files outside WordPress, for the unit
 * tests that check the generated files. WordPress's escaping, i18n and date
 * functions are stood in for as WordPress defines them for an English site
 * with no translations and the default date format.
 *
 * Usage: php print-pattern.php <pattern file>
 *
 * @package WilliamHealthBlocks
 */

// phpcs:disable -- a test harness, not plugin code.

define( 'ABSPATH', __DIR__ . '/' );

function __( $text ) {
	return $text;
}

function _x( $text ) {
	return $text;
}

function _n( $single, $plural, $number ) {
	return 1 === (int) $number ? $single : $plural;
}

function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
}

function esc_attr( $text ) {
	return esc_html( $text );
}

function esc_html__( $text ) {
	return esc_html( $text );
}

function esc_html_x( $text ) {
	return esc_html( $text );
}

function esc_attr__( $text ) {
	return esc_attr( $text );
}

function esc_attr_x( $text ) {
	return esc_attr( $text );
}

// As WordPress 7.1's wp-includes/blocks.php encodes block attributes
// (wp_json_encode is json_encode there).
function serialize_block_attributes( $block_attributes ) {
	$encoded_attributes = json_encode( $block_attributes, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );

	return strtr(
		$encoded_attributes,
		array(
			'\\\\' => '\\u005c',
			'--'   => '\\u002d\\u002d',
			'<'    => '\\u003c',
			'>'    => '\\u003e',
			'&'    => '\\u0026',
			'\\"'  => '\\u0022',
		)
	);
}

function get_option( $name ) {
	return 'date_format' === $name ? 'F j, Y' : '';
}

function date_i18n( $format, $timestamp ) {
	return gmdate( $format, $timestamp );
}

require $argv[1];
