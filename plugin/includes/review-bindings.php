<?php
/**
 * The review lines of an article as a block bindings source, so any block
 * theme can show them with a paragraph bound to `william-health/review`:
 *
 *     <!-- wp:paragraph {"metadata":{"bindings":{"content":{
 *         "source":"william-health/review","args":{"key":"review"}}}}} -->
 *
 * Keys: `review` ("Medically reviewed by NAME, QUALIFICATIONS — DATE", or
 * "Last reviewed DATE" without a named reviewer), `reviewed-by` (the same
 * line, but only with a named reviewer) and `next-review` ("Next review due
 * DATE"). All are empty for an article that was never reviewed.
 * The editor registers the same source, so the Site Editor shows the lines.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the source.
 */
function william_health_blocks_register_review_source() {
	if ( ! function_exists( 'register_block_bindings_source' ) ) {
		return;
	}
	register_block_bindings_source(
		'william-health/review',
		array(
			'label'              => _x( 'Medical review', 'Block bindings source', 'william-health-blocks' ),
			'get_value_callback' => 'william_health_blocks_review_binding',
			'uses_context'       => array( 'postId', 'postType' ),
		)
	);
}
add_action( 'init', 'william_health_blocks_register_review_source' );

/**
 * A day as a <time> element in the site's date format.
 *
 * @param string $day A YYYY-MM-DD day.
 * @return string HTML.
 */
function william_health_blocks_time_html( $day ) {
	return sprintf(
		'<time datetime="%1$s">%2$s</time>',
		esc_attr( $day ),
		esc_html( mysql2date( get_option( 'date_format' ), $day . ' 12:00:00' ) )
	);
}

/**
 * The reviewer's name, linked to their profile page when they have one,
 * and their qualifications.
 *
 * @param WP_User $user The reviewer.
 * @return string HTML.
 */
function william_health_blocks_reviewer_html( $user ) {
	$reviewer = william_health_blocks_reviewer_data( $user );
	$name     = '' !== $reviewer['url']
		? sprintf( '<a href="%1$s">%2$s</a>', esc_url( $reviewer['url'] ), esc_html( $reviewer['name'] ) )
		: esc_html( $reviewer['name'] );
	if ( '' === $reviewer['qualifications'] ) {
		return $name;
	}
	return sprintf(
		/* translators: 1: reviewer's name, 2: their qualifications, such as "MD, MRCPsych". */
		__( '%1$s, %2$s', 'william-health-blocks' ),
		$name,
		esc_html( $reviewer['qualifications'] )
	);
}

/**
 * The text of one review line for the post in the block's context.
 *
 * @param array    $source_args    Source arguments: `key`.
 * @param WP_Block $block_instance The bound block.
 * @return string|null HTML, '' when there is nothing to say, null for an unknown key.
 */
function william_health_blocks_review_binding( $source_args, $block_instance ) {
	$key     = isset( $source_args['key'] ) ? $source_args['key'] : '';
	$post_id = isset( $block_instance->context['postId'] ) ? (int) $block_instance->context['postId'] : get_the_ID();
	$post    = $post_id ? get_post( $post_id ) : null;
	if ( ! in_array( $key, array( 'review', 'reviewed-by', 'next-review' ), true ) ) {
		return null;
	}
	if ( ! $post || post_password_required( $post ) ) {
		return '';
	}
	$review = william_health_blocks_review_of( $post );
	if ( ! $review['reviewed'] ) {
		return '';
	}
	if ( 'next-review' === $key ) {
		return '' === $review['nextReview'] ? '' : sprintf(
			/* translators: %s: the day the next medical review is due. */
			__( 'Next review due %s', 'william-health-blocks' ),
			william_health_blocks_time_html( $review['nextReview'] )
		);
	}
	if ( ! $review['reviewer'] ) {
		return 'reviewed-by' === $key ? '' : sprintf(
			/* translators: %s: the day of the last medical review. */
			__( 'Last reviewed %s', 'william-health-blocks' ),
			william_health_blocks_time_html( $review['lastReviewed'] )
		);
	}
	return sprintf(
		/* translators: 1: the reviewer's name and qualifications, 2: the day of the review. */
		__( 'Medically reviewed by %1$s — %2$s', 'william-health-blocks' ),
		william_health_blocks_reviewer_html( $review['reviewer'] ),
		william_health_blocks_time_html( $review['lastReviewed'] )
	);
}
