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

/**
 * Gives the block editor the site's crisis line, so every safety notice can
 * offer it to whoever may write posts. Authors may not read /wp/v2/settings
 * (it needs manage_options); changing the line stays with administrators,
 * through that endpoint, and `canChange` tells the editor whether to offer it.
 *
 * @param array $settings The block editor's settings.
 * @return array The settings with `williamHealthCrisisLine`.
 */
function william_health_blocks_crisis_line_editor_settings( $settings ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return $settings;
	}
	$line = william_health_blocks_sanitize_crisis_line( get_option( 'william_health_crisis_line' ) );

	$settings['williamHealthCrisisLine'] = array(
		'text'      => $line['text'],
		'contact'   => $line['contact'],
		'canChange' => current_user_can( 'manage_options' ),
	);
	return $settings;
}
add_filter( 'block_editor_settings_all', 'william_health_blocks_crisis_line_editor_settings' );
