<?php
/**
 * Medical review: who may review, the review details of each article, and
 * whether its content changed since the last review.
 *
 * A review is recorded by a holder of the `review_health_content`
 * capability (administrators, editors and the "Medical reviewer" role): the
 * reviewer (a user who holds it), the day of the review and the day the next
 * one is due. Whoever edits the article may leave the reviewer a note. The plugin keeps a fingerprint of the article's
 * words at review time, so a later change of content shows as "changed
 * since review" while the page keeps the old review date.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The capability that lets a user record a medical review. */
const WILLIAM_HEALTH_BLOCKS_REVIEW_CAP = 'review_health_content';

/** Bump when the roles or capabilities below change, so sites update them. */
const WILLIAM_HEALTH_BLOCKS_ROLES_VERSION = 1;

/**
 * Post types whose articles carry review details.
 *
 * @return string[]
 */
function william_health_blocks_review_post_types() {
	/**
	 * Filters the post types that have medical review details.
	 *
	 * @param string[] $post_types Post type names. Default: posts and pages.
	 */
	return (array) apply_filters( 'william_health_blocks_review_post_types', array( 'post', 'page' ) );
}

/**
 * Adds the reviewer role and gives the capability to administrators and
 * editors, once per version of these definitions.
 */
function william_health_blocks_ensure_roles() {
	if ( (int) get_option( 'william_health_blocks_roles_version' ) === WILLIAM_HEALTH_BLOCKS_ROLES_VERSION ) {
		return;
	}
	foreach ( array( 'administrator', 'editor' ) as $role_name ) {
		$role = get_role( $role_name );
		if ( $role ) {
			$role->add_cap( WILLIAM_HEALTH_BLOCKS_REVIEW_CAP );
		}
	}
	remove_role( 'medical_reviewer' );
	// Reviewers open and correct any article, but cannot publish a draft or
	// delete anything: publishing stays with authors and editors.
	add_role(
		'medical_reviewer',
		'Medical reviewer',
		array(
			'read'                          => true,
			'edit_posts'                    => true,
			'edit_others_posts'             => true,
			'edit_published_posts'          => true,
			'edit_private_posts'            => true,
			'read_private_posts'            => true,
			'edit_pages'                    => true,
			'edit_others_pages'             => true,
			'edit_published_pages'          => true,
			WILLIAM_HEALTH_BLOCKS_REVIEW_CAP => true,
		)
	);
	update_option( 'william_health_blocks_roles_version', WILLIAM_HEALTH_BLOCKS_ROLES_VERSION );
}
add_action( 'init', 'william_health_blocks_ensure_roles', 1 );

/**
 * The role's name in the user's language (role names are stored untranslated).
 *
 * @param string $translation Translated text.
 * @param string $text        Original text.
 * @param string $context     Context.
 * @param string $domain      Text domain.
 * @return string
 */
function william_health_blocks_translate_role_name( $translation, $text, $context, $domain ) {
	if ( 'User role' === $context && 'default' === $domain && 'Medical reviewer' === $text ) {
		return _x( 'Medical reviewer', 'User role', 'william-health-blocks' );
	}
	return $translation;
}
add_filter( 'gettext_with_context', 'william_health_blocks_translate_role_name', 10, 4 );

/**
 * Whether a user may record reviews of a post.
 *
 * @param int $user_id User.
 * @param int $post_id Post.
 * @return bool
 */
function william_health_blocks_can_review( $user_id, $post_id ) {
	return user_can( $user_id, WILLIAM_HEALTH_BLOCKS_REVIEW_CAP ) && user_can( $user_id, 'edit_post', $post_id );
}

/**
 * Registers the review details of each article.
 */
function william_health_blocks_register_review_meta() {
	$auth = static function ( $allowed, $meta_key, $post_id, $user_id ) {
		return william_health_blocks_can_review( $user_id, $post_id );
	};
	$fields = array(
		'william_health_reviewer'      => array(
			'type'              => 'integer',
			'default'           => 0,
			'description'       => __( 'The medical reviewer: a user who may review health content.', 'william-health-blocks' ),
			'sanitize_callback' => 'william_health_blocks_sanitize_reviewer',
		),
		'william_health_last_reviewed' => array(
			'type'              => 'string',
			'default'           => '',
			'description'       => __( 'Day of the last medical review (YYYY-MM-DD).', 'william-health-blocks' ),
			'sanitize_callback' => 'william_health_blocks_sanitize_date',
		),
		'william_health_next_review'   => array(
			'type'              => 'string',
			'default'           => '',
			'description'       => __( 'Day the next medical review is due (YYYY-MM-DD).', 'william-health-blocks' ),
			'sanitize_callback' => 'william_health_blocks_sanitize_date',
		),
		'william_health_review_note'   => array(
			'type'              => 'string',
			'default'           => '',
			'description'       => __( 'A note for the medical reviewer.', 'william-health-blocks' ),
			'sanitize_callback' => 'sanitize_textarea_field',
		),
	);
	// Anyone who may edit the article may leave the reviewer a note.
	$may_edit = static function ( $allowed, $meta_key, $post_id, $user_id ) {
		return user_can( $user_id, 'edit_post', $post_id );
	};
	foreach ( william_health_blocks_review_post_types() as $post_type ) {
		foreach ( $fields as $key => $field ) {
			register_post_meta(
				$post_type,
				$key,
				array_merge(
					$field,
					array(
						'single'        => true,
						'show_in_rest'  => true,
						'auth_callback' => 'william_health_review_note' === $key ? $may_edit : $auth,
					)
				)
			);
		}
	}
}
add_action( 'init', 'william_health_blocks_register_review_meta' );

/**
 * Keeps a reviewer who holds the review capability, or none.
 *
 * @param mixed $value Submitted user id.
 * @return int
 */
function william_health_blocks_sanitize_reviewer( $value ) {
	$user_id = absint( $value );
	return $user_id && user_can( $user_id, WILLIAM_HEALTH_BLOCKS_REVIEW_CAP ) ? $user_id : 0;
}

/**
 * Keeps a real YYYY-MM-DD day, or nothing.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function william_health_blocks_sanitize_date( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	$date  = DateTime::createFromFormat( '!Y-m-d', $value );
	return $date && $date->format( 'Y-m-d' ) === $value ? $value : '';
}

/**
 * Months between reviews, site-wide (12 unless changed).
 *
 * @return int
 */
function william_health_blocks_review_interval() {
	return max( 1, (int) get_option( 'william_health_review_interval', 12 ) );
}

/**
 * The day a review is due, given the day of the last one.
 *
 * @param string $last_reviewed A YYYY-MM-DD day.
 * @return string
 */
function william_health_blocks_default_next_review( $last_reviewed ) {
	$date = DateTime::createFromFormat( '!Y-m-d', $last_reviewed );
	if ( ! $date ) {
		return '';
	}
	return $date->modify( '+' . william_health_blocks_review_interval() . ' months' )->format( 'Y-m-d' );
}

/**
 * The fingerprint of what readers read: title and words, not markup, so
 * re-saving unchanged content never counts as a change.
 *
 * @param WP_Post $post The post.
 * @return string
 */
function william_health_blocks_content_fingerprint( $post ) {
	$text = wp_strip_all_tags( $post->post_title . ' ' . $post->post_content );
	return md5( trim( preg_replace( '/\s+/u', ' ', $text ) ) );
}

/**
 * When a review is recorded, remembers the fingerprint of the content it
 * covered, and fills in the next review day if none was given.
 *
 * @param int    $meta_id    Meta row.
 * @param int    $post_id    Post.
 * @param string $meta_key   Meta key.
 * @param mixed  $meta_value New value.
 */
function william_health_blocks_remember_reviewed_content( $meta_id, $post_id, $meta_key, $meta_value ) {
	if ( 'william_health_last_reviewed' !== $meta_key || '' === $meta_value ) {
		return;
	}
	$post = get_post( $post_id );
	if ( ! $post ) {
		return;
	}
	update_post_meta( $post_id, '_william_health_reviewed_fingerprint', william_health_blocks_content_fingerprint( $post ) );
	$next = get_post_meta( $post_id, 'william_health_next_review', true );
	if ( '' === $next || $next <= $meta_value ) {
		update_post_meta( $post_id, 'william_health_next_review', william_health_blocks_default_next_review( $meta_value ) );
	}
}
add_action( 'added_post_meta', 'william_health_blocks_remember_reviewed_content', 10, 4 );
add_action( 'updated_post_meta', 'william_health_blocks_remember_reviewed_content', 10, 4 );

/**
 * A post's review, as the editor, the theme and the structured data read it.
 *
 * @param WP_Post $post The post.
 * @return array{
 *     reviewer: WP_User|null,
 *     lastReviewed: string,
 *     nextReview: string,
 *     reviewed: bool,
 *     changedSinceReview: bool,
 *     overdue: bool
 * }
 */
function william_health_blocks_review_of( $post ) {
	$last        = get_post_meta( $post->ID, 'william_health_last_reviewed', true );
	$next        = get_post_meta( $post->ID, 'william_health_next_review', true );
	$reviewer_id = (int) get_post_meta( $post->ID, 'william_health_reviewer', true );
	$reviewer    = $reviewer_id ? get_userdata( $reviewer_id ) : false;
	$fingerprint = get_post_meta( $post->ID, '_william_health_reviewed_fingerprint', true );
	return array(
		// A reviewer who lost the capability no longer vouches for the page.
		'reviewer'           => $reviewer && user_can( $reviewer, WILLIAM_HEALTH_BLOCKS_REVIEW_CAP ) ? $reviewer : null,
		'lastReviewed'       => (string) $last,
		'nextReview'         => (string) $next,
		'reviewed'           => '' !== $last,
		'changedSinceReview' => '' !== $last && '' !== $fingerprint && william_health_blocks_content_fingerprint( $post ) !== $fingerprint,
		'overdue'            => '' !== $next && $next < current_time( 'Y-m-d' ),
	);
}

/**
 * Adds the review's derived state to the REST post: changed since review
 * and overdue (computed on the server, read-only).
 */
function william_health_blocks_register_review_state_field() {
	register_rest_field(
		william_health_blocks_review_post_types(),
		'william_health_review',
		array(
			'get_callback' => static function ( $post ) {
				$review = william_health_blocks_review_of( get_post( $post['id'] ) );
				return array(
					'changedSinceReview' => $review['changedSinceReview'],
					'overdue'            => $review['overdue'],
					'canReview'          => william_health_blocks_can_review( get_current_user_id(), $post['id'] ),
					'interval'           => william_health_blocks_review_interval(),
				);
			},
			'schema'       => array(
				'description' => __( 'The state of the medical review.', 'william-health-blocks' ),
				'type'        => 'object',
				'context'     => array( 'edit' ),
				'readonly'    => true,
				'properties'  => array(
					'changedSinceReview' => array( 'type' => 'boolean' ),
					'overdue'            => array( 'type' => 'boolean' ),
					'canReview'          => array( 'type' => 'boolean' ),
					'interval'           => array( 'type' => 'integer' ),
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'william_health_blocks_register_review_state_field' );

/**
 * Registers the site-wide review interval (Settings > Writing).
 */
function william_health_blocks_register_review_settings() {
	register_setting(
		'writing',
		'william_health_review_interval',
		array(
			'type'              => 'integer',
			'description'       => __( 'Months between medical reviews of an article.', 'william-health-blocks' ),
			'default'           => 12,
			'sanitize_callback' => static function ( $value ) {
				return min( 60, max( 1, absint( $value ) ) );
			},
			'show_in_rest'      => true,
		)
	);
}
add_action( 'init', 'william_health_blocks_register_review_settings' );

/**
 * Shows the interval on Settings > Writing.
 */
function william_health_blocks_add_review_interval_field() {
	add_settings_field(
		'william_health_review_interval',
		__( 'Medical review interval', 'william-health-blocks' ),
		'william_health_blocks_review_interval_field',
		'writing',
		'default',
		array( 'label_for' => 'william_health_review_interval' )
	);
}
add_action( 'admin_init', 'william_health_blocks_add_review_interval_field' );

/**
 * Prints the interval field.
 */
function william_health_blocks_review_interval_field() {
	printf(
		'<input name="william_health_review_interval" id="william_health_review_interval" type="number" min="1" max="60" step="1" value="%1$s" class="small-text" aria-describedby="william-health-review-interval-help" /> %2$s<p class="description" id="william-health-review-interval-help">%3$s</p>',
		esc_attr( (string) william_health_blocks_review_interval() ),
		esc_html__( 'months', 'william-health-blocks' ),
		esc_html__( 'When an article is marked as reviewed, its next review is due this many months later unless the reviewer picks another day.', 'william-health-blocks' )
	);
}
