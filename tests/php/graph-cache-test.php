<?php
/**
 * The graph's facts kept between requests (post meta): read from the kept
 * copy, forgotten on every save of the post and of any synced pattern, and
 * never kept for what not every visitor may read.
 *
 * @package WilliamHealthBlocks
 */

/**
 * The conditions the graph's page node is about, for a post as stored now.
 *
 * @param int $post_id The post.
 * @return string[]
 */
function william_test_graph_conditions( $post_id ) {
	clean_post_cache( $post_id );
	$graph = william_health_blocks_graph( get_post( $post_id ) );
	$about = $graph && isset( $graph[0]['about'] ) ? $graph[0]['about'] : array();
	return array_values(
		array_map(
			static function ( $node ) {
				return $node['name'];
			},
			array_filter(
				$about,
				static function ( $node ) {
					return isset( $node['@type'] ) && 'MedicalCondition' === $node['@type'];
				}
			)
		)
	);
}

/**
 * The facts kept for a post, or null.
 *
 * @param int $post_id The post.
 * @return array|null
 */
function william_test_kept_facts( $post_id ) {
	$kept = get_post_meta( $post_id, WILLIAM_HEALTH_BLOCKS_FACTS_META, true );
	return is_array( $kept ) ? $kept : null;
}

william_test(
	'a published post keeps its facts, and the next graph is built from the kept copy',
	static function () {
		$post = william_test_post( array( 'post_content' => william_test_evidence( 'kept' ) ) );
		william_assert_same( null, william_test_kept_facts( $post->ID ), 'nothing kept before the first graph' );
		william_assert_same( william_test_evidence_conditions( 'kept' ), william_test_graph_conditions( $post->ID ) );
		$kept = william_test_kept_facts( $post->ID );
		william_assert_true( null !== $kept, 'the facts are kept after the first graph' );
		// Changed behind the plugin's back, under the same key: the graph
		// says so, so it was read from the kept copy, not parsed again.
		$kept['facts']['conditions'] = array( 'from the copy' => 'Condition from the kept copy' );
		update_post_meta( $post->ID, WILLIAM_HEALTH_BLOCKS_FACTS_META, wp_slash( $kept ) );
		william_assert_same( array( 'Condition from the kept copy' ), william_test_graph_conditions( $post->ID ) );
		wp_delete_post( $post->ID, true );
	}
);

william_test(
	'saving the post forgets its facts: the graph shows the new content at once',
	static function () {
		$post = william_test_post( array( 'post_content' => william_test_evidence( 'before' ) ) );
		william_assert_same( william_test_evidence_conditions( 'before' ), william_test_graph_conditions( $post->ID ) );
		wp_update_post(
			array(
				'ID'           => $post->ID,
				'post_content' => william_test_evidence( 'after' ),
			)
		);
		william_assert_same( null, william_test_kept_facts( $post->ID ), 'forgotten on save' );
		william_assert_same( william_test_evidence_conditions( 'after' ), william_test_graph_conditions( $post->ID ) );
		// Saving anything else (the title) forgets them too.
		wp_update_post(
			array(
				'ID'         => $post->ID,
				'post_title' => 'Renamed',
			)
		);
		william_assert_same( null, william_test_kept_facts( $post->ID ), 'forgotten on every save' );
		wp_delete_post( $post->ID, true );
	}
);

william_test(
	'content changed without a save (straight in the database) is not served from the old copy',
	static function () {
		global $wpdb;
		$post = william_test_post( array( 'post_content' => william_test_evidence( 'old' ) ) );
		william_assert_same( william_test_evidence_conditions( 'old' ), william_test_graph_conditions( $post->ID ) );
		$wpdb->update( $wpdb->posts, array( 'post_content' => william_test_evidence( 'new' ) ), array( 'ID' => $post->ID ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		william_assert_same( william_test_evidence_conditions( 'new' ), william_test_graph_conditions( $post->ID ) );
		wp_delete_post( $post->ID, true );
	}
);

william_test(
	'a change of a synced pattern the post shows reaches its graph: saved, trashed',
	static function () {
		$pattern = wp_insert_post(
			array(
				'post_type'    => 'wp_block',
				'post_status'  => 'publish',
				'post_title'   => 'Synced evidence',
				'post_content' => william_test_evidence( 'synced one' ),
			)
		);
		$post    = william_test_post( array( 'post_content' => '<!-- wp:block {"ref":' . $pattern . '} /-->' ) );
		william_assert_same( william_test_evidence_conditions( 'synced one' ), william_test_graph_conditions( $post->ID ) );
		william_assert_true( null !== william_test_kept_facts( $post->ID ), 'kept' );
		wp_update_post(
			array(
				'ID'           => $pattern,
				'post_content' => william_test_evidence( 'synced two' ),
			)
		);
		william_assert_same( william_test_evidence_conditions( 'synced two' ), william_test_graph_conditions( $post->ID ), 'after the pattern was saved' );
		wp_trash_post( $pattern );
		william_assert_same( array(), william_test_graph_conditions( $post->ID ), 'after the pattern was trashed' );
		wp_untrash_post( $pattern );
		wp_publish_post( $pattern );
		william_assert_same( william_test_evidence_conditions( 'synced two' ), william_test_graph_conditions( $post->ID ), 'after it came back' );
		wp_delete_post( $pattern, true );
		william_assert_same( array(), william_test_graph_conditions( $post->ID ), 'after the pattern was deleted' );
		wp_delete_post( $post->ID, true );
	}
);

william_test(
	'nothing is kept for what not every visitor may read: password, private, draft, unsaved content',
	static function () {
		$posts = array(
			'password' => william_test_post(
				array(
					'post_content'  => william_test_evidence( 'secret' ),
					'post_password' => 'open sesame',
				)
			),
			'private'  => william_test_post(
				array(
					'post_content' => william_test_evidence( 'private' ),
					'post_status'  => 'private',
				)
			),
			'draft'    => william_test_post(
				array(
					'post_content' => william_test_evidence( 'draft' ),
					'post_status'  => 'draft',
				)
			),
		);
		foreach ( $posts as $kind => $post ) {
			// The graph of one who may read it (the password given, the author).
			william_assert_same( william_test_evidence_conditions( 'password' === $kind ? 'secret' : $kind ), william_test_graph_conditions( $post->ID ), $kind );
			william_assert_same( null, william_test_kept_facts( $post->ID ), $kind . ': nothing kept' );
			wp_delete_post( $post->ID, true );
		}

		// The editor's unsaved content (the Structured data panel) of a
		// published post: neither kept nor served from the kept copy.
		$post = william_test_post( array( 'post_content' => william_test_evidence( 'published' ) ) );
		william_assert_same( william_test_evidence_conditions( 'published' ), william_test_graph_conditions( $post->ID ) );
		$kept                  = william_test_kept_facts( $post->ID );
		$unsaved               = new WP_Post( clone get_post( $post->ID ) );
		$unsaved->post_content = william_test_evidence( 'unsaved' );
		$graph                 = william_health_blocks_graph( $unsaved );
		william_assert_same( 'Condition unsaved', $graph[0]['about'][0]['name'], 'the unsaved content is described' );
		william_assert_same( $kept, william_test_kept_facts( $post->ID ), 'the kept facts are the published ones still' );
		wp_delete_post( $post->ID, true );
	}
);

william_test(
	'the version in the keys is the plugin header\'s',
	static function () {
		$header = get_file_data( WILLIAM_HEALTH_BLOCKS_DIR . '/william-health-blocks.php', array( 'Version' => 'Version' ) );
		william_assert_same( $header['Version'], WILLIAM_HEALTH_BLOCKS_VERSION );
	}
);
