<?php
/**
 * The JSON-LD graph, built from our blocks in a post: what it says, and
 * what it never says (protected posts, unreadable references, empty values).
 *
 * @package WilliamHealthBlocks
 */

/**
 * The graph's MedicalWebPage node of a post.
 *
 * @param WP_Post $post The post.
 * @return array
 */
function william_test_page_node( $post ) {
	$graph = william_health_blocks_graph( $post );
	return $graph ? $graph[0] : array();
}

william_test(
	'the example article\'s graph names the page, the drug, its routes and the cited studies',
	static function () {
		$pattern = WP_Block_Patterns_Registry::get_instance()->get_registered( 'william-health-blocks/ketamine-article' );
		$post    = william_test_post(
			array(
				'post_title'   => 'Why ketamine works',
				'post_content' => $pattern['content'],
			)
		);
		$graph   = william_health_blocks_graph( $post );
		william_assert_same( array( 'MedicalWebPage', 'Drug' ), wp_list_pluck( $graph, '@type' ) );
		william_assert_same( 'Why ketamine works', $graph[0]['name'] );
		william_assert_same( 'Ketamine', $graph[1]['name'] );
		william_assert_same( 3, count( $graph[1]['administrationRoute'] ) );
		// From the References list only, in its order (the citation numbers).
		william_assert_same(
			array( '2006', '2018', '2017', '2018' ),
			wp_list_pluck( $graph[0]['citation'], 'datePublished' )
		);
		william_assert_same( 'https://doi.org/10.1001/archpsyc.63.8.856', $graph[0]['citation'][0]['sameAs'][0] );
		william_assert_same( 'Arch Gen Psychiatry', $graph[0]['citation'][0]['isPartOf']['name'] );
		william_assert_same(
			array( 'https://doi.org/10.1038/npp.2017.194', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5729569/' ),
			$graph[0]['citation'][3]['sameAs']
		);
	}
);

william_test(
	'a post without our blocks has no graph',
	static function () {
		$post = william_test_post( array( 'post_content' => '<!-- wp:paragraph --><p>Plain.</p><!-- /wp:paragraph -->' ) );
		william_assert_same( array(), william_health_blocks_graph( $post ) );
	}
);

william_test(
	'a draft has no publication date, and no property is left empty',
	static function () {
		$node = william_test_page_node(
			william_test_post(
				array(
					'post_status'  => 'draft',
					'post_content' => william_test_evidence( 'Draft' ),
				)
			)
		);
		william_assert_true( ! isset( $node['datePublished'] ), 'no datePublished' );
		array_walk_recursive(
			$node,
			static function ( $value, $key ) {
				william_assert_true( '' !== $value && false !== $value && null !== $value, "$key has a value" );
			}
		);
	}
);

william_test(
	'a protected post is not described until its password is given',
	static function () {
		wp_set_current_user( 0 );
		$post = william_test_post(
			array(
				'post_password' => 'secret',
				'post_content'  => william_test_evidence( 'Protected' ),
			)
		);
		william_assert_same( false, william_health_blocks_may_describe( $post ) );
		$node = william_test_page_node( $post );
		// The title as written, without "Protected: ".
		william_assert_same( 'A post', $node['name'] );
	}
);

william_test(
	'a reference is followed only to a published, unprotected synced pattern',
	static function () {
		$targets = array(
			'PublishedPattern' => array( 'post_type' => 'wp_block' ),
			'DraftPattern'     => array(
				'post_type'   => 'wp_block',
				'post_status' => 'draft',
			),
			'PrivatePattern'   => array(
				'post_type'   => 'wp_block',
				'post_status' => 'private',
			),
			'ProtectedPattern' => array(
				'post_type'     => 'wp_block',
				'post_password' => 'x',
			),
			'PublishedPost'    => array(),
			'ProtectedPost'    => array( 'post_password' => 'x' ),
		);
		$refs    = '';
		foreach ( $targets as $marker => $fields ) {
			$target = william_test_post( array_merge( $fields, array( 'post_content' => william_test_evidence( $marker ) ) ) );
			$refs  .= '<!-- wp:block {"ref":' . $target->ID . '} /-->';
		}
		$json = wp_json_encode( william_health_blocks_graph( william_test_post( array( 'post_content' => $refs ) ) ) );
		william_assert_true( false !== strpos( $json, 'Condition PublishedPattern' ), 'the published pattern is read' );
		william_assert_true( false !== strpos( $json, 'Study PublishedPattern' ), 'its References list is read' );
		foreach ( array_slice( array_keys( $targets ), 1 ) as $marker ) {
			william_assert_not_contains( $marker, $json );
		}
	}
);

william_test(
	'the pieces handed to SEO plugins carry no "<", and nothing for a protected post',
	static function () {
		$post = william_test_post( array( 'post_content' => william_test_evidence( esc_html( '</script><b>' ) ) ) );
		$GLOBALS['wp_query']     = new WP_Query( array( 'p' => $post->ID ) );
		$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
		$pieces                  = william_health_blocks_graph_for_others();
		william_assert_not_contains( '<', wp_json_encode( $pieces, JSON_UNESCAPED_UNICODE ) );
		william_assert_same( "Condition \u{FF1C}/script>\u{FF1C}b>", $pieces[0]['about'][0]['name'] );

		wp_update_post(
			array(
				'ID'            => $post->ID,
				'post_password' => 'x',
			)
		);
		$GLOBALS['wp_query']     = new WP_Query( array( 'p' => $post->ID ) );
		$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
		william_assert_same( array(), william_health_blocks_graph_for_others() );
	}
);
