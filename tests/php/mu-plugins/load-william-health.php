<?php
/**
 * Loads the plugin and the theme's functions before WordPress fires its
 * hooks, as an activated plugin and theme would be: the PHP tests run
 * against a fresh site with nothing activated through the admin screens.
 *
 * @package WilliamHealthBlocks
 */

require_once WP_PLUGIN_DIR . '/william-health-blocks/william-health-blocks.php';
