<?php
/**
 * Plugin Name:       William Health Blocks
 * Description:       Structured blocks for evidence-based health articles: mechanism diagram, evidence list, safety notice and administration-route table.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      7.4
 * Author:            William Inc.
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       william-health-blocks
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'WILLIAM_HEALTH_BLOCKS_DIR', __DIR__ );
// The header's Version, for what is kept between requests (tests/php check they agree).
define( 'WILLIAM_HEALTH_BLOCKS_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/compat.php';
require_once __DIR__ . '/includes/block-reader.php';
require_once __DIR__ . '/includes/identifiers.php';
require_once __DIR__ . '/includes/languages.php';
require_once __DIR__ . '/includes/lookup.php';
require_once __DIR__ . '/includes/editor.php';
require_once __DIR__ . '/includes/pattern-overrides.php';
require_once __DIR__ . '/includes/patterns.php';
require_once __DIR__ . '/includes/review.php';
require_once __DIR__ . '/includes/review-admin.php';
require_once __DIR__ . '/includes/review-bindings.php';
require_once __DIR__ . '/includes/reviewer-profile.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/structured-data.php';
require_once __DIR__ . '/includes/server-timing.php';
