<?php
/**
 * The editor script that belongs to no single block: the pre-publish checks
 * (source in editor/, built to build/editor/ with its asset file).
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Enqueues the pre-publish checks in the post editor, with the dependencies
 * and version the build wrote into index.asset.php.
 */
function william_health_blocks_enqueue_editor_script() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	// The checks live in the pre-publish panel, which only the post editor has.
	if ( ! $screen || 'post' !== $screen->base ) {
		return;
	}
	$asset_file = WILLIAM_HEALTH_BLOCKS_DIR . '/build/editor/index.asset.php';
	if ( ! file_exists( $asset_file ) ) {
		// The blocks' own notice already tells administrators to build.
		return;
	}
	$asset = require $asset_file;
	wp_enqueue_script(
		'william-health-blocks-editor',
		plugins_url( 'build/editor/index.js', WILLIAM_HEALTH_BLOCKS_DIR . '/william-health-blocks.php' ),
		$asset['dependencies'],
		$asset['version'],
		true
	);
	wp_set_script_translations( 'william-health-blocks-editor', 'william-health-blocks' );
}
add_action( 'enqueue_block_editor_assets', 'william_health_blocks_enqueue_editor_script' );
