<?php
/**
 * Registers every compiled block from the build's blocks manifest.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Path of the manifest that `npm run build` writes beside the compiled blocks.
 *
 * @return string
 */
function william_health_blocks_manifest_path() {
	return WILLIAM_HEALTH_BLOCKS_DIR . '/build/blocks-manifest.php';
}

/**
 * Registers the blocks, or notes that the build is missing.
 */
function william_health_blocks_register() {
	$manifest = william_health_blocks_manifest_path();
	if ( ! file_exists( $manifest ) ) {
		// Without the build the plugin can do nothing; say so instead of failing silently.
		add_action( 'admin_notices', 'william_health_blocks_missing_build_notice' );
		return;
	}
	wp_register_block_types_from_metadata_collection( WILLIAM_HEALTH_BLOCKS_DIR . '/build', $manifest );
}
add_action( 'init', 'william_health_blocks_register' );

/**
 * Tells administrators how to build the blocks.
 */
function william_health_blocks_missing_build_notice() {
	if ( ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		wp_kses(
			sprintf(
				/* translators: 1: plugin name, 2: command to run. */
				__( '%1$s: the compiled blocks are missing, so none of its blocks are available. Run %2$s in the plugin’s source folder, or install a release zip.', 'william-health-blocks' ),
				'<strong>' . esc_html__( 'William Health Blocks', 'william-health-blocks' ) . '</strong>',
				'<code>npm run build</code>'
			),
			array(
				'strong' => array(),
				'code'   => array(),
			)
		)
	);
}
