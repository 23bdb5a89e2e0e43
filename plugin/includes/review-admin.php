<?php
/**
 * Review due dates in the admin: a sortable "Review due" column and a
 * review filter on the posts list, and a dashboard widget with the
 * reviewer's own overdue articles. Each list is one paginated query on the
 * indexed meta key, so it stays fast with thousands of posts.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The filter's choices.
 *
 * @return array<string, string>
 */
function william_health_blocks_review_filters() {
	return array(
		'overdue' => __( 'Review overdue', 'william-health-blocks' ),
		'due-30'  => __( 'Review due in 30 days', 'william-health-blocks' ),
		'never'   => __( 'Never reviewed', 'william-health-blocks' ),
	);
}

/**
 * Meta query clauses for a filter choice.
 *
 * @param string $filter A key of william_health_blocks_review_filters().
 * @param string $today  Today, YYYY-MM-DD, in the site's timezone.
 * @return array
 */
function william_health_blocks_review_meta_query( $filter, $today ) {
	switch ( $filter ) {
		case 'overdue':
			return array(
				array(
					'key'     => 'william_health_next_review',
					'value'   => $today,
					'compare' => '<',
					'type'    => 'DATE',
				),
				array(
					'key'     => 'william_health_next_review',
					'value'   => '',
					'compare' => '!=',
				),
			);
		case 'due-30':
			return array(
				array(
					'key'     => 'william_health_next_review',
					'value'   => array( $today, gmdate( 'Y-m-d', strtotime( $today . ' +30 days' ) ) ),
					'compare' => 'BETWEEN',
					'type'    => 'DATE',
				),
			);
		case 'never':
			return array(
				'relation' => 'OR',
				array(
					'key'     => 'william_health_last_reviewed',
					'compare' => 'NOT EXISTS',
				),
				array(
					'key'   => 'william_health_last_reviewed',
					'value' => '',
				),
			);
	}
	return array();
}

/**
 * Adds the column to the posts list of every reviewed post type.
 */
function william_health_blocks_add_review_column_hooks() {
	foreach ( william_health_blocks_review_post_types() as $post_type ) {
		add_filter( "manage_{$post_type}_posts_columns", 'william_health_blocks_review_column' );
		add_filter( "manage_edit-{$post_type}_sortable_columns", 'william_health_blocks_review_sortable_column' );
		add_action( "manage_{$post_type}_posts_custom_column", 'william_health_blocks_review_column_cell', 10, 2 );
	}
}
add_action( 'admin_init', 'william_health_blocks_add_review_column_hooks' );

/**
 * The "Review due" column, after the date.
 *
 * @param string[] $columns Columns.
 * @return string[]
 */
function william_health_blocks_review_column( $columns ) {
	$columns['william_health_review'] = __( 'Review due', 'william-health-blocks' );
	return $columns;
}

/**
 * Makes the column sortable by the next review day.
 *
 * @param string[] $columns Sortable columns.
 * @return string[]
 */
function william_health_blocks_review_sortable_column( $columns ) {
	$columns['william_health_review'] = array( 'william_health_review', false, __( 'Review due', 'william-health-blocks' ), __( 'Table ordered by review due date.', 'william-health-blocks' ) );
	return $columns;
}

/**
 * Prints a post's review state in the column: due day, overdue, changed
 * since review, or never reviewed. Words, never a colour alone.
 *
 * @param string $column  Column key.
 * @param int    $post_id Post.
 */
function william_health_blocks_review_column_cell( $column, $post_id ) {
	if ( 'william_health_review' !== $column ) {
		return;
	}
	$review = william_health_blocks_review_of( get_post( $post_id ) );
	$lines  = array();
	if ( ! $review['reviewed'] ) {
		$lines[] = esc_html__( 'Never reviewed', 'william-health-blocks' );
	}
	if ( '' !== $review['nextReview'] ) {
		$day     = sprintf( '<time datetime="%1$s">%2$s</time>', esc_attr( $review['nextReview'] ), esc_html( mysql2date( get_option( 'date_format' ), $review['nextReview'] ) ) );
		$lines[] = $review['overdue']
			/* translators: %s: the day the review was due. */
			? '<strong>' . sprintf( esc_html__( 'Overdue since %s', 'william-health-blocks' ), $day ) . '</strong>'
			: $day;
	}
	if ( $review['changedSinceReview'] ) {
		$lines[] = esc_html__( 'Changed since review', 'william-health-blocks' );
	}
	echo wp_kses(
		implode( '<br />', $lines ),
		array(
			'time'   => array( 'datetime' => true ),
			'strong' => array(),
			'br'     => array(),
		)
	);
}

/**
 * The review filter above the posts list.
 *
 * @param string $post_type The listed post type.
 */
function william_health_blocks_review_filter_control( $post_type ) {
	if ( ! in_array( $post_type, william_health_blocks_review_post_types(), true ) ) {
		return;
	}
	// A read-only list filter, like core's own dropdowns: no nonce.
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended
	$current = isset( $_GET['william_health_review'] ) ? sanitize_key( wp_unslash( $_GET['william_health_review'] ) ) : '';
	printf(
		'<label for="filter-by-review" class="screen-reader-text">%1$s</label><select name="william_health_review" id="filter-by-review"><option value="">%2$s</option>',
		esc_html__( 'Filter by medical review', 'william-health-blocks' ),
		esc_html__( 'All review states', 'william-health-blocks' )
	);
	foreach ( william_health_blocks_review_filters() as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}
add_action( 'restrict_manage_posts', 'william_health_blocks_review_filter_control' );

/**
 * Applies the filter and the sort to the posts list's query.
 *
 * @param WP_Query $query The query.
 */
function william_health_blocks_review_list_query( $query ) {
	if ( ! is_admin() || ! $query->is_main_query() || ! in_array( $query->get( 'post_type' ) ? $query->get( 'post_type' ) : 'post', william_health_blocks_review_post_types(), true ) ) {
		return;
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended
	$filter     = isset( $_GET['william_health_review'] ) ? sanitize_key( wp_unslash( $_GET['william_health_review'] ) ) : '';
	$meta_query = array();
	if ( isset( william_health_blocks_review_filters()[ $filter ] ) ) {
		$meta_query[] = william_health_blocks_review_meta_query( $filter, current_time( 'Y-m-d' ) );
	}
	if ( 'william_health_review' === $query->get( 'orderby' ) ) {
		// Posts without a due day are listed too, after those with one.
		$meta_query['review_due'] = array(
			'relation' => 'OR',
			'has_due'  => array(
				'key'     => 'william_health_next_review',
				'compare' => 'EXISTS',
			),
			array(
				'key'     => 'william_health_next_review',
				'compare' => 'NOT EXISTS',
			),
		);
		$query->set( 'orderby', array( 'has_due' => $query->get( 'order' ) ? $query->get( 'order' ) : 'ASC' ) );
	}
	if ( $meta_query ) {
		$query->set( 'meta_query', array_merge( array( 'relation' => 'AND' ), $meta_query ) );
	}
}
add_action( 'pre_get_posts', 'william_health_blocks_review_list_query' );

/**
 * The dashboard widget of users who review.
 */
function william_health_blocks_add_review_widget() {
	if ( current_user_can( WILLIAM_HEALTH_BLOCKS_REVIEW_CAP ) ) {
		wp_add_dashboard_widget( 'william_health_reviews_due', __( 'Your overdue medical reviews', 'william-health-blocks' ), 'william_health_blocks_review_widget' );
	}
}
add_action( 'wp_dashboard_setup', 'william_health_blocks_add_review_widget' );

/**
 * Lists the current reviewer's overdue articles, oldest due first.
 */
function william_health_blocks_review_widget() {
	$posts = get_posts(
		array(
			'post_type'      => william_health_blocks_review_post_types(),
			'post_status'    => array( 'publish', 'future', 'draft', 'pending', 'private' ),
			'posts_per_page' => 10,
			'meta_key'       => 'william_health_next_review', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- indexed key.
			'orderby'        => 'meta_value',
			'order'          => 'ASC',
			'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- one query, paginated.
				array(
					'key'   => 'william_health_reviewer',
					'value' => get_current_user_id(),
					'type'  => 'NUMERIC',
				),
				william_health_blocks_review_meta_query( 'overdue', current_time( 'Y-m-d' ) ),
			),
		)
	);
	if ( ! $posts ) {
		printf( '<p>%s</p>', esc_html__( 'None of the articles you review is overdue.', 'william-health-blocks' ) );
		return;
	}
	echo '<ul>';
	foreach ( $posts as $post ) {
		$due = get_post_meta( $post->ID, 'william_health_next_review', true );
		printf(
			'<li><a href="%1$s">%2$s</a> — %3$s</li>',
			esc_url( get_edit_post_link( $post->ID ) ),
			esc_html( get_the_title( $post ) ),
			/* translators: %s: the day the review was due. */
			esc_html( sprintf( __( 'due %s', 'william-health-blocks' ), mysql2date( get_option( 'date_format' ), $due ) ) )
		);
	}
	printf(
		'</ul><p><a href="%1$s">%2$s</a></p>',
		esc_url( admin_url( 'edit.php?william_health_review=overdue' ) ),
		esc_html__( 'All overdue reviews', 'william-health-blocks' )
	);
}
