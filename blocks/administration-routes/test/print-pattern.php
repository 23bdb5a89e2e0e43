<?php
/**
 * Prints one of the plugin's pattern files outside WordPress, for the unit
 * test that checks patterns against save(). WordPress's escaping, i18n and
 * date functions are stood in for as WordPress defines them for an English
 * site with no translations.
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

function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
}

function esc_attr( $text ) {
	return esc_html( $text );
}

function get_option( $name ) {
	return 'date_format' === $name ? 'F j, Y' : '';
}

function date_i18n( $format, $timestamp ) {
	return gmdate( $format, $timestamp );
}

function serialize_block_attributes( $attributes ) {
	return strtr(
		json_encode( $attributes, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ),
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

require $argv[1];
