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

/**
 * The route table's sorting script, loaded only where a table asks for it.
 *
 * WordPress would load a block's view script module wherever the block
 * appears; readers of a table without sorting need no script at all, so the
 * module is detached from the block type and enqueued per table instead.
 *
 * @param array|null $ids Module ids to remember (set once, on init).
 * @return array Module ids of the sorting script.
 */
function william_health_blocks_route_sort_modules( $ids = null ) {
	static $modules = array();
	if ( null !== $ids ) {
		$modules = $ids;
	}
	return $modules;
}

/**
 * Detaches the sorting module from the route table's block type.
 */
function william_health_blocks_detach_route_sort() {
	$block_type = WP_Block_Type_Registry::get_instance()->get_registered( 'william-health/administration-routes' );
	if ( ! $block_type ) {
		return;
	}
	william_health_blocks_route_sort_modules( $block_type->view_script_module_ids );
	$block_type->view_script_module_ids = array();
}
add_action( 'init', 'william_health_blocks_detach_route_sort', 20 );

/**
 * Enqueues the sorting module for a route table that has sorting on.
 *
 * @param string $block_content Rendered block.
 * @param array  $block         Parsed block.
 * @return string Unchanged content.
 */
function william_health_blocks_enqueue_route_sort( $block_content, $block ) {
	if ( ! empty( $block['attrs']['sortable'] ) ) {
		foreach ( william_health_blocks_route_sort_modules() as $module_id ) {
			wp_enqueue_script_module( $module_id );
		}
	}
	return $block_content;
}
add_filter( 'render_block_william-health/administration-routes', 'william_health_blocks_enqueue_route_sort', 10, 2 );
