<?php
/**
 * William Inc. theme functions: styles, pattern category, and the few
 * server-side touches templates cannot express. Readers get no JavaScript.
 *
 * @package WilliamInc
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The theme's own translations, in languages/ (`npm run i18n` writes the .mo
 * files); language packs in wp-content/languages/themes/ still come first.
 */
function william_inc_load_textdomain() {
	load_theme_textdomain( 'william-inc', get_template_directory() . '/languages' );
}
add_action( 'after_setup_theme', 'william_inc_load_textdomain' );

/**
 * Front-end and print styles; the same rules reach the editor.
 */
function william_inc_enqueue_styles() {
	$version = wp_get_theme()->get( 'Version' );
	wp_enqueue_style( 'william-inc', get_theme_file_uri( 'assets/css/theme.css' ), array(), $version );
	wp_style_add_data( 'william-inc', 'path', get_theme_file_path( 'assets/css/theme.css' ) );
	wp_enqueue_style( 'william-inc-print', get_theme_file_uri( 'assets/css/print.css' ), array(), $version, 'print' );
}
add_action( 'wp_enqueue_scripts', 'william_inc_enqueue_styles' );

/**
 * Editor styles that match the front end.
 */
function william_inc_editor_styles() {
	add_editor_style( 'assets/css/theme.css' );
}
add_action( 'after_setup_theme', 'william_inc_editor_styles' );

/**
 * No emoji detection script: every browser that can read the site draws emoji.
 */
function william_inc_remove_emoji_script() {
	remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
	remove_action( 'wp_enqueue_scripts', 'wp_enqueue_emoji_styles' );
	// The back-compat printer runs unless the enqueuer above unhooks it.
	remove_action( 'wp_print_styles', 'print_emoji_styles' );
}
add_action( 'init', 'william_inc_remove_emoji_script' );

/**
 * The theme's pattern category.
 */
function william_inc_pattern_categories() {
	register_block_pattern_category(
		'william-inc',
		array(
			'label'       => __( 'William Inc.', 'william-inc' ),
			'description' => __( 'Parts of a William Inc. article.', 'william-inc' ),
		)
	);
}
add_action( 'init', 'william_inc_pattern_categories' );

/**
 * Related articles: other posts from the current article's categories.
 *
 * @param array    $query Query arguments of a Query Loop block.
 * @param WP_Block $block The Post Template block.
 * @return array
 */
function william_inc_related_articles_query( $query, $block ) {
	if ( empty( $block->context['query']['williamIncRelated'] ) || ! is_singular() ) {
		return $query;
	}
	$post_id                      = get_queried_object_id();
	$query['post__not_in']        = array( $post_id );
	$query['category__in']        = wp_get_post_categories( $post_id );
	$query['ignore_sticky_posts'] = true;
	return $query;
}
add_filter( 'query_loop_block_query_vars', 'william_inc_related_articles_query', 10, 2 );

/**
 * Preloads the heading typeface (12.8 KB, one weight): the title is above the
 * fold, and with `font-display: optional` in theme.json a font that is not
 * there by first paint is never swapped in, so the page never shifts; the
 * preload makes it there in time on all but the slowest first visits.
 * The file is made by `npm run fonts` from the source font.
 */
function william_inc_preload_heading_font() {
	printf(
		'<link rel="preload" href="%s" as="font" type="font/woff2" crossorigin />' . "\n",
		esc_url( get_theme_file_uri( 'assets/fonts/atkinson-hyperlegible-next/atkinson-hyperlegible-next-700-latin-ext.woff2' ) )
	);
}
add_action( 'wp_head', 'william_inc_preload_heading_font', 1 );
