<?php
/**
 * Registers the plugin's pattern category and its patterns.
 *
 * Patterns live in the plugin, not the theme, so they work in any block theme.
 * Each file under patterns/ carries the same header a theme pattern does and
 * prints its markup, so its strings are escaped and translatable. The files
 * are generated from the definitions in the repository's patterns/ folder
 * with the blocks' own save() (`npm run patterns:update`); the example
 * article requires its parts' files.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the category and every file under patterns/.
 */
function william_health_blocks_register_patterns() {
	register_block_pattern_category(
		'william-health',
		array(
			'label'       => __( 'Evidence-based health', 'william-health-blocks' ),
			'description' => __( 'Blocks and layouts for evidence-based health articles.', 'william-health-blocks' ),
		)
	);

	$headers = array(
		'title'       => 'Title',
		'slug'        => 'Slug',
		'description' => 'Description',
		'categories'  => 'Categories',
		'keywords'    => 'Keywords',
		'blockTypes'  => 'Block Types',
		'postTypes'   => 'Post Types',
		'inserter'    => 'Inserter',
	);

	$featured = array();
	$others   = array();
	foreach ( glob( WILLIAM_HEALTH_BLOCKS_DIR . '/patterns/*.php' ) as $file ) {
		$pattern = get_file_data( $file, $headers );
		if ( '' === $pattern['slug'] || '' === $pattern['title'] ) {
			continue;
		}
		foreach ( array( 'categories', 'keywords', 'blockTypes', 'postTypes' ) as $list ) {
			$pattern[ $list ] = array_filter( array_map( 'trim', explode( ',', $pattern[ $list ] ) ) );
		}
		$pattern['file'] = $file;
		if ( in_array( 'featured', $pattern['categories'], true ) ) {
			$featured[] = $pattern;
		} else {
			$others[] = $pattern;
		}
	}

	// The new-post chooser and the inserter list patterns in the order they are
	// registered: the starter comes before the example article.
	foreach ( array_merge( $featured, $others ) as $pattern ) {
		$file = $pattern['file'];
		unset( $pattern['file'] );
		$pattern['inserter'] = ! in_array( strtolower( $pattern['inserter'] ), array( 'no', 'false' ), true );
		// Titles and descriptions in headers are translated the way core translates theme patterns.
		// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText, WordPress.WP.I18n.LowLevelTranslationFunction
		$pattern['title']       = translate_with_gettext_context( $pattern['title'], 'Pattern title', 'william-health-blocks' );
		// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText, WordPress.WP.I18n.LowLevelTranslationFunction
		$pattern['description'] = translate_with_gettext_context( $pattern['description'], 'Pattern description', 'william-health-blocks' );

		ob_start();
		include $file;
		$pattern['content'] = ob_get_clean();

		$slug = $pattern['slug'];
		unset( $pattern['slug'] );
		register_block_pattern( $slug, array_filter( $pattern, 'william_health_blocks_is_set' ) );
	}
}
add_action( 'init', 'william_health_blocks_register_patterns' );

/**
 * Keeps a pattern property unless it is empty (false stays: it hides a pattern).
 *
 * @param mixed $value Property value.
 * @return bool
 */
function william_health_blocks_is_set( $value ) {
	return false === $value || ! empty( $value );
}
