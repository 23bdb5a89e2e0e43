<?php
/**
 * Medical review: who may record it, what a review records, "changed since
 * review", the review lines, the reviewer in the structured data, and the
 * overdue filter.
 *
 * @package WilliamHealthBlocks
 */

/**
 * A user of a role.
 *
 * @param string $role Role name.
 * @return int User id.
 */
function william_test_user( $role ) {
	return wp_insert_user(
		array(
			'user_login' => 'review-test-' . $role . '-' . wp_rand(),
			'user_pass'  => wp_generate_password(),
			'role'       => $role,
		)
	);
}

/**
 * Updates a post over REST as a user and returns the response.
 *
 * @param int   $user_id User.
 * @param int   $post_id Post.
 * @param array $data    Body.
 * @return WP_REST_Response
 */
function william_test_rest_update( $user_id, $post_id, $data ) {
	wp_set_current_user( $user_id );
	$request = new WP_REST_Request( 'POST', '/wp/v2/posts/' . $post_id );
	$request->set_body_params( $data );
	$response = rest_do_request( $request );
	wp_set_current_user( 0 );
	return $response;
}

william_test(
	'editors, administrators and medical reviewers may review; authors and contributors may not',
	static function () {
		$expected = array(
			'administrator'    => true,
			'editor'           => true,
			'medical_reviewer' => true,
			'author'           => false,
			'contributor'      => false,
		);
		foreach ( $expected as $role => $can ) {
			william_assert_same( $can, user_can( william_test_user( $role ), 'review_health_content' ), $role );
		}
		$reviewer = william_test_user( 'medical_reviewer' );
		william_assert_same( false, user_can( $reviewer, 'publish_posts' ), 'a reviewer cannot publish' );
		william_assert_same( false, user_can( $reviewer, 'delete_posts' ), 'a reviewer cannot delete' );
	}
);

william_test(
	'over REST only a reviewer may set the review; a Contributor is refused and nothing changes',
	static function () {
		$reviewer    = william_test_user( 'medical_reviewer' );
		$contributor = william_test_user( 'contributor' );
		$author      = william_test_user( 'author' );
		$draft       = wp_insert_post(
			array(
				'post_title'   => 'Draft',
				'post_status'  => 'draft',
				'post_author'  => $contributor,
				'post_content' => 'Words.',
			)
		);
		$claim       = array(
			'meta' => array(
				'william_health_reviewer'      => $contributor,
				'william_health_last_reviewed' => '2026-11-01',
			),
		);
		$refused     = william_test_rest_update( $contributor, $draft, $claim );
		william_assert_same( 403, $refused->get_status(), 'the Contributor is refused' );
		william_assert_same( '', get_post_meta( $draft, 'william_health_last_reviewed', true ) );

		$published = wp_insert_post(
			array(
				'post_title'   => 'Published',
				'post_status'  => 'publish',
				'post_author'  => $author,
				'post_content' => 'Words.',
			)
		);
		william_assert_same( 403, william_test_rest_update( $author, $published, $claim )->get_status(), 'the Author is refused' );

		$accepted = william_test_rest_update(
			$reviewer,
			$published,
			array(
				'meta' => array(
					'william_health_reviewer'      => $reviewer,
					'william_health_last_reviewed' => '2026-11-01',
				),
			)
		);
		william_assert_same( 200, $accepted->get_status(), 'the reviewer records the review' );
		william_assert_same( (string) $reviewer, get_post_meta( $published, 'william_health_reviewer', true ) );
		// The next review defaults to the site's interval (12 months).
		william_assert_same( '2027-11-01', get_post_meta( $published, 'william_health_next_review', true ) );

		// A user without the capability cannot be named as reviewer.
		wp_set_current_user( $reviewer );
		william_assert_same( 0, william_health_blocks_sanitize_reviewer( $contributor ) );
		wp_set_current_user( 0 );
	}
);

william_test(
	'a change of words after the review shows as changed since review; markup alone does not',
	static function () {
		$post = wp_insert_post(
			array(
				'post_title'   => 'Reviewed',
				'post_status'  => 'publish',
				'post_content' => '<!-- wp:paragraph --><p>Take it with food.</p><!-- /wp:paragraph -->',
			)
		);
		update_post_meta( $post, 'william_health_last_reviewed', '2026-10-01' );
		william_assert_same( false, william_health_blocks_review_of( get_post( $post ) )['changedSinceReview'] );

		wp_update_post(
			array(
				'ID'           => $post,
				'post_content' => '<!-- wp:paragraph {"className":"x"} -->' . "\n" . '<p class="x">Take it with food.</p>' . "\n" . '<!-- /wp:paragraph -->',
			)
		);
		william_assert_same( false, william_health_blocks_review_of( get_post( $post ) )['changedSinceReview'], 'markup only' );

		wp_update_post(
			array(
				'ID'           => $post,
				'post_content' => '<!-- wp:paragraph --><p>Take it without food.</p><!-- /wp:paragraph -->',
			)
		);
		$review = william_health_blocks_review_of( get_post( $post ) );
		william_assert_same( true, $review['changedSinceReview'], 'words changed' );
		// The page keeps the date of the review it had.
		william_assert_same( '2026-10-01', $review['lastReviewed'] );
	}
);

william_test(
	'the review lines name the reviewer with qualifications and profile link, and the next review',
	static function () {
		$reviewer = william_test_user( 'medical_reviewer' );
		wp_update_user(
			array(
				'ID'           => $reviewer,
				'display_name' => 'Dr Ada O\'Brien',
			)
		);
		update_user_meta( $reviewer, 'william_health_qualifications', 'MD, MRCPsych' );
		update_user_meta( $reviewer, 'william_health_profile_url', 'https://example.org/ada' );
		$post = wp_insert_post(
			array(
				'post_title'  => 'Lines',
				'post_status' => 'publish',
			)
		);
		update_post_meta( $post, 'william_health_reviewer', $reviewer );
		update_post_meta( $post, 'william_health_last_reviewed', '2026-11-20' );
		// A paragraph bound to the source, rendered for a post in its context.
		$line = static function ( $post_id, $key ) {
			$block = new WP_Block(
				array(
					'blockName'    => 'core/paragraph',
					'attrs'        => array(
						'metadata' => array(
							'bindings' => array(
								'content' => array(
									'source' => 'william-health/review',
									'args'   => array( 'key' => $key ),
								),
							),
						),
					),
					'innerHTML'    => '<p></p>',
					'innerContent' => array( '<p></p>' ),
					'innerBlocks'  => array(),
				),
				array( 'postId' => $post_id )
			);
			// The words inside the paragraph, whatever classes core adds to it.
			return preg_replace( '#^<p[^>]*>|</p>$#', '', $block->render() );
		};
		william_assert_same(
			'Medically reviewed by <a href="https://example.org/ada">Dr Ada O&#039;Brien</a>, MD, MRCPsych — <time datetime="2026-11-20">November 20, 2026</time>',
			$line( $post, 'review' )
		);
		william_assert_same(
			'Next review due <time datetime="2027-11-20">November 20, 2027</time>',
			$line( $post, 'next-review' )
		);
		william_assert_same( '', $line( wp_insert_post( array( 'post_title' => 'Never' ) ), 'review' ) );
	}
);

william_test(
	'the structured data names the reviewer as a Person, with ORCID when valid, and nothing before a review',
	static function () {
		$reviewer = william_test_user( 'medical_reviewer' );
		wp_update_user(
			array(
				'ID'           => $reviewer,
				'display_name' => 'Dr Grace Hopper',
			)
		);
		update_user_meta( $reviewer, 'william_health_qualifications', 'MD' );
		update_user_meta( $reviewer, 'william_health_job_title', 'Consultant psychiatrist' );
		update_user_meta( $reviewer, 'william_health_identifier', '0000-0002-1825-0097' );
		$evidence = william_test_saved_block( 'evidence-list' );
		$post     = get_post(
			wp_insert_post(
				array(
					'post_title'   => 'Reviewed article',
					'post_status'  => 'publish',
					'post_content' => $evidence,
				)
			)
		);
		update_post_meta( $post->ID, 'william_health_reviewer', $reviewer );
		$before = william_health_blocks_graph( $post )[0];
		william_assert_true( ! isset( $before['reviewedBy'] ) && ! isset( $before['lastReviewed'] ), 'nothing before the review' );

		update_post_meta( $post->ID, 'william_health_last_reviewed', '2026-11-20' );
		$page = william_health_blocks_graph( $post )[0];
		william_assert_same( '2026-11-20', $page['lastReviewed'] );
		william_assert_same(
			array(
				'@type'           => 'Person',
				'name'            => 'Dr Grace Hopper',
				'honorificSuffix' => 'MD',
				'jobTitle'        => 'Consultant psychiatrist',
				'sameAs'          => array( 'https://orcid.org/0000-0002-1825-0097' ),
				'identifier'      => array(
					'@type'      => 'PropertyValue',
					'propertyID' => 'ORCID',
					'value'      => '0000-0002-1825-0097',
				),
			),
			$page['reviewedBy']
		);
		william_assert_same( '', william_health_blocks_orcid( '0000-0002-1825-0098' ), 'a wrong check digit is no ORCID' );
	}
);

william_test(
	'the overdue filter finds exactly the overdue posts among 200',
	static function () {
		$today   = current_time( 'Y-m-d' );
		$overdue = array();
		for ( $i = 0; $i < 200; $i++ ) {
			$id = wp_insert_post(
				array(
					'post_title'  => "Generated $i",
					'post_status' => 'publish',
				)
			);
			// Every fourth post is overdue, every fourth due in a year, the rest never reviewed.
			if ( 0 === $i % 4 ) {
				update_post_meta( $id, 'william_health_last_reviewed', '2024-01-01' );
				update_post_meta( $id, 'william_health_next_review', gmdate( 'Y-m-d', strtotime( $today . ' -' . ( $i + 1 ) . ' days' ) ) );
				$overdue[] = $id;
			} elseif ( 1 === $i % 4 ) {
				update_post_meta( $id, 'william_health_last_reviewed', $today );
			}
		}
		$found = get_posts(
			array(
				'post_type'      => 'post',
				'posts_per_page' => -1,
				'fields'         => 'ids',
				'meta_query'     => william_health_blocks_review_meta_query( 'overdue', $today ),
			)
		);
		sort( $found );
		william_assert_same( $overdue, array_values( array_intersect( $found, range( min( $overdue ), max( $overdue ) + 4 ) ) ) );
	}
);
