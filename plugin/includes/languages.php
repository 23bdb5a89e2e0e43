<?php
/**
 * Where WordPress finds the plugin's own translations: languages/ holds the
 * .mo file of each locale for PHP and, for each editor script, the JSON file
 * the block editor loads (`npm run i18n` writes both from the .po files).
 * Language packs in wp-content/languages/plugins/ still come first.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers languages/ for the text domain. Since WordPress 6.7 this only
 * records the folder: strings load when first used, so it runs before
 * anything else on init (the patterns and blocks translate there).
 * wp_set_script_translations() then finds the editor scripts' JSON files in
 * the same folder, for the blocks (registered with their textdomain) and the
 * editor script alike.
 */
function william_health_blocks_load_textdomain() {
	load_plugin_textdomain( 'william-health-blocks', false, dirname( plugin_basename( WILLIAM_HEALTH_BLOCKS_DIR . '/william-health-blocks.php' ) ) . '/languages' );
}
add_action( 'init', 'william_health_blocks_load_textdomain', 0 );
