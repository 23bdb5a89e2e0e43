<?php
/**
 * Site-wide settings the blocks read in the editor.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the site's default crisis line, offered to every safety notice.
 */
function william_health_blocks_register_settings() {
	register_setting(
		'william_health_blocks',
		'william_health_crisis_line',
		array(
			'type'              => 'object',
			'description'       => __( 'The crisis line safety notices offer by default.', 'william-health-blocks' ),
			'default'           => array(
				'text'    => '',
				'contact' => '',
			),
			'sanitize_callback' => 'william_health_blocks_sanitize_crisis_line',
			'show_in_rest'      => array(
				'schema' => array(
					'type'                 => 'object',
					'properties'           => array(
						'text'    => array( 'type' => 'string' ),
						'contact' => array( 'type' => 'string' ),
					),
					'additionalProperties' => false,
				),
			),
		)
	);
}
add_action( 'init', 'william_health_blocks_register_settings' );

/**
 * Keeps the crisis line to plain text.
 *
 * @param mixed $value Submitted value.
 * @return array{text: string, contact: string}
 */
function william_health_blocks_sanitize_crisis_line( $value ) {
	$value = is_array( $value ) ? $value : array();
	return array(
		'text'    => sanitize_text_field( isset( $value['text'] ) ? (string) $value['text'] : '' ),
		'contact' => sanitize_text_field( isset( $value['contact'] ) ? (string) $value['contact'] : '' ),
	);
}
