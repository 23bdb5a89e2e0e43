<?php
/**
 * Review details of an article: when it was last medically reviewed and by
 * whom. Themes show them; the structured data reports them.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the review fields for posts, editable over REST by whoever may edit the post.
 */
function william_health_blocks_register_review_meta() {
	$common = array(
		'type'          => 'string',
		'single'        => true,
		'default'       => '',
		'show_in_rest'  => true,
		'auth_callback' => static function ( $allowed, $meta_key, $post_id ) {
			return current_user_can( 'edit_post', $post_id );
		},
	);
	register_post_meta(
		'post',
		'william_health_last_reviewed',
		array_merge(
			$common,
			array(
				'description'       => __( 'Date of the last medical review (YYYY-MM-DD).', 'william-health-blocks' ),
				'sanitize_callback' => 'william_health_blocks_sanitize_date',
			)
		)
	);
	register_post_meta(
		'post',
		'william_health_reviewed_by',
		array_merge(
			$common,
			array(
				'description'       => __( 'Name and credentials of the medical reviewer.', 'william-health-blocks' ),
				'sanitize_callback' => 'sanitize_text_field',
			)
		)
	);
}
add_action( 'init', 'william_health_blocks_register_review_meta' );

/**
 * Keeps a YYYY-MM-DD date, or nothing.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function william_health_blocks_sanitize_date( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	$date  = DateTime::createFromFormat( '!Y-m-d', $value );
	return $date && $date->format( 'Y-m-d' ) === $value ? $value : '';
}
