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
 * Fills the review lines of the article header and the "reviewed by" box
 * from the article's review details, and drops them when there are none.
 *
 * @param string $block_content Rendered paragraph.
 * @param array  $block         Parsed block.
 * @return string
 */
function william_inc_render_review_lines( $block_content, $block ) {
	$class = isset( $block['attrs']['className'] ) ? $block['attrs']['className'] : '';
	if ( ! preg_match( '/\bwilliam-inc-(last-reviewed|reviewed-by)\b/', $class, $match ) ) {
		return $block_content;
	}
	$post_id = get_the_ID();
	if ( ! $post_id ) {
		return '';
	}
	if ( 'last-reviewed' === $match[1] ) {
		$date = get_post_meta( $post_id, 'william_health_last_reviewed', true );
		$time = $date ? strtotime( $date ) : false;
		if ( ! $time ) {
			return '';
		}
		$text = sprintf(
			/* translators: %s: date of the last medical review. */
			esc_html__( 'Last reviewed %s', 'william-inc' ),
			sprintf( '<time datetime="%s">%s</time>', esc_attr( gmdate( 'Y-m-d', $time ) ), esc_html( date_i18n( get_option( 'date_format' ), $time ) ) )
		);
	} else {
		$reviewer = get_post_meta( $post_id, 'william_health_reviewed_by', true );
		if ( ! $reviewer ) {
			return '';
		}
		$text = sprintf(
			/* translators: %s: name of the medical reviewer. */
			esc_html__( 'Medically reviewed by %s', 'william-inc' ),
			'<strong>' . esc_html( $reviewer ) . '</strong>'
		);
	}
	// The saved paragraph is empty: the text goes before its closing tag.
	$end = strrpos( $block_content, '</p>' );
	return false === $end ? $block_content : substr_replace( $block_content, $text, $end, 0 );
}
add_filter( 'render_block_core/paragraph', 'william_inc_render_review_lines', 10, 2 );

/**
 * Hides the "reviewed by" box when the article names no reviewer.
 *
 * @param string $block_content Rendered group.
 * @param array  $block         Parsed block.
 * @return string
 */
function william_inc_hide_empty_review_box( $block_content, $block ) {
	$class = isset( $block['attrs']['className'] ) ? $block['attrs']['className'] : '';
	if ( false === strpos( $class, 'william-inc-review-box' ) ) {
		return $block_content;
	}
	// Without a named reviewer the box would only repeat the header's date.
	return get_post_meta( (int) get_the_ID(), 'william_health_reviewed_by', true ) ? $block_content : '';
}
add_filter( 'render_block_core/group', 'william_inc_hide_empty_review_box', 10, 2 );

/**
 * Preloads the heading typeface: it is small, and fetched before first paint
 * the title never reflows when it arrives (no layout shift).
 */
function william_inc_preload_heading_font() {
	printf(
		'<link rel="preload" href="%s" as="font" type="font/woff2" crossorigin />' . "\n",
		esc_url( get_theme_file_uri( 'assets/fonts/atkinson-hyperlegible-next/atkinson-hyperlegible-next-latin-wght-normal.woff2' ) )
	);
}
add_action( 'wp_head', 'william_inc_preload_heading_font', 1 );
