<?php
/**
 * The page's structured data, built from what block-reader.php reads from
 * our blocks: one JSON-LD graph with a MedicalWebPage, the Drug and its
 * administration routes, and the References list's citations. Also a meta
 * description from the excerpt.
 *
 * Switch it off with `add_filter( 'william_health_blocks_structured_data', '__return_false' );`
 * Where Yoast SEO or Rank Math print a graph, our pieces join theirs instead.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A ScholarlyArticle for an entry of the References list, or null without
 * a usable source.
 *
 * @param array<string, string> $field An entry from william_health_blocks_reference_entries().
 * @return array|null
 */
function william_health_blocks_citation( $field ) {
	$title = $field['title'];
	$doi   = william_health_blocks_doi( $field['doi'] );
	$pmid  = william_health_blocks_pmid( $field['pmid'] );
	$pmcid = william_health_blocks_pmcid( $field['pmcid'] );
	$url   = william_health_blocks_web_address( $field['url'] );

	$citation = array( '@type' => 'ScholarlyArticle' );
	if ( '' !== $title ) {
		$citation['name'] = $title;
	}
	if ( '' !== $field['authors'] ) {
		$citation['author'] = $field['authors'];
	}
	if ( '' !== $field['journal'] ) {
		$citation['isPartOf'] = array(
			'@type' => 'Periodical',
			'name'  => $field['journal'],
		);
	}
	// The lookup writes the issue's date as NLM does ("2021 May"): the year.
	if ( preg_match( '/^(\d{4})\b/', $field['year'], $year ) ) {
		$citation['datePublished'] = $year[1];
	}
	$identifiers = array();
	if ( '' !== $doi ) {
		$identifiers[] = array(
			'@type'      => 'PropertyValue',
			'propertyID' => 'DOI',
			'value'      => $doi,
		);
	}
	if ( '' !== $pmid ) {
		$identifiers[] = array(
			'@type'      => 'PropertyValue',
			'propertyID' => 'PMID',
			'value'      => $pmid,
		);
	}
	if ( '' !== $pmcid ) {
		$identifiers[] = array(
			'@type'      => 'PropertyValue',
			'propertyID' => 'PMCID',
			'value'      => $pmcid,
		);
	}
	// Every address is built from a checked identifier; what fails is left out.
	$same_as = array_values(
		array_filter(
			array(
				william_health_blocks_doi_url( $doi ),
				william_health_blocks_pubmed_url( $pmid ),
				william_health_blocks_pmc_url( $pmcid ),
				$url,
			)
		)
	);
	if ( $identifiers ) {
		$citation['identifier'] = $identifiers;
	}
	if ( $same_as ) {
		$citation['sameAs'] = $same_as;
	}
	return isset( $citation['name'] ) || $identifiers ? $citation : null;
}

/**
 * What the graph takes from a post's blocks (synced patterns resolved): the
 * drug's name, its routes and their statuses, the conditions of the
 * evidence, and the References list's citations; null when the post has
 * none of our blocks. Parsing the blocks is most of the graph's work.
 *
 * @param WP_Post $post The post.
 * @return array|null
 */
function william_health_blocks_read_facts( $post ) {
	$blocks = william_health_blocks_collect( parse_blocks( $post->post_content ) );
	if ( ! $blocks ) {
		return null;
	}
	$facts = array(
		'drugName'   => '',
		'routes'     => array(),
		'statuses'   => array(),
		'conditions' => array(),
		'citations'  => array(),
	);
	foreach ( $blocks as $block ) {
		$read = william_health_blocks_read( $block );
		switch ( $block['blockName'] ) {
			case 'william-health/mechanism-step':
				// The first step of the kind "drug" names the drug.
				if ( '' === $facts['drugName'] && 'drug' === $read['kind'] ) {
					$facts['drugName'] = $read['label'];
				}
				break;
			case 'william-health/administration-routes':
				foreach ( $read['rows'] as $row ) {
					$route = isset( $row['route'] ) ? $row['route'] : '';
					if ( '' === $route ) {
						continue;
					}
					$facts['routes'][] = $route;
					if ( ! empty( $row['status'] ) ) {
						$facts['statuses'][] = $route . ': ' . $row['status'];
					}
				}
				break;
			case 'william-health/evidence-item':
				if ( '' !== $read['condition'] ) {
					$facts['conditions'][ strtolower( $read['condition'] ) ] = $read['condition'];
				}
				break;
			case 'william-health/references':
				// One list per post (the block's "multiple": false); its order
				// is the citation numbers.
				if ( ! $facts['citations'] ) {
					foreach ( $read['references'] as $entry ) {
						$citation = william_health_blocks_citation( $entry );
						if ( $citation ) {
							$facts['citations'][] = $citation;
						}
					}
				}
				break;
		}
	}
	return $facts;
}

/** Post meta holding a post's facts, with the key they were read under. */
const WILLIAM_HEALTH_BLOCKS_FACTS_META = '_william_health_blocks_graph_facts';

/** Bumped when what william_health_blocks_read_facts() returns changes. */
const WILLIAM_HEALTH_BLOCKS_FACTS_FORMAT = 1;

/** Option counting changes of synced patterns, which every key includes. */
const WILLIAM_HEALTH_BLOCKS_FACTS_GENERATION = 'william_health_blocks_graph_generation';

/**
 * Whether a post's facts may be kept for the next request: only what every
 * visitor may read. A published post without a password, as stored (not a
 * preview, not the editor's unsaved content); a private, draft or
 * password-protected post is read afresh on every request.
 *
 * @param WP_Post $post The post.
 * @return bool
 */
function william_health_blocks_facts_cacheable( $post ) {
	if ( 'publish' !== $post->post_status || '' !== $post->post_password || 'revision' === $post->post_type || is_preview() ) {
		return false;
	}
	$stored = get_post( $post->ID );
	return $stored instanceof WP_Post && $stored->post_content === $post->post_content;
}

/**
 * The key a post's facts are kept under: the plugin's version and the
 * facts' format, the synced patterns' generation, and the post's modified
 * time and content (a change that bypassed the save hooks still misses).
 *
 * @param WP_Post $post The post.
 * @return string
 */
function william_health_blocks_facts_key( $post ) {
	return md5(
		implode(
			'|',
			array(
				WILLIAM_HEALTH_BLOCKS_VERSION,
				WILLIAM_HEALTH_BLOCKS_FACTS_FORMAT,
				(int) get_option( WILLIAM_HEALTH_BLOCKS_FACTS_GENERATION, 0 ),
				$post->post_modified_gmt,
				md5( $post->post_content ),
			)
		)
	);
}

/**
 * A post's facts, kept in its meta between requests when every visitor may
 * read them (the graph itself is not kept: its page node changes with the
 * site's name, the reviewer's profile and the review dates).
 *
 * @param WP_Post $post The post.
 * @return array|null As william_health_blocks_read_facts() returns them.
 */
function william_health_blocks_graph_facts( $post ) {
	if ( ! william_health_blocks_facts_cacheable( $post ) ) {
		return william_health_blocks_read_facts( $post );
	}
	$key  = william_health_blocks_facts_key( $post );
	$kept = get_post_meta( $post->ID, WILLIAM_HEALTH_BLOCKS_FACTS_META, true );
	if ( is_array( $kept ) && isset( $kept['key'] ) && $key === $kept['key'] && array_key_exists( 'facts', $kept ) ) {
		return $kept['facts'];
	}
	$facts = william_health_blocks_read_facts( $post );
	// Meta functions unslash what they store: slashed, the facts stay as read.
	update_post_meta(
		$post->ID,
		WILLIAM_HEALTH_BLOCKS_FACTS_META,
		wp_slash(
			array(
				'key'   => $key,
				'facts' => $facts,
			)
		)
	);
	return $facts;
}

/**
 * Forgets a post's kept facts when it is saved.
 *
 * @param int $post_id The post.
 */
function william_health_blocks_forget_facts( $post_id ) {
	delete_post_meta( $post_id, WILLIAM_HEALTH_BLOCKS_FACTS_META );
}
add_action( 'save_post', 'william_health_blocks_forget_facts' );

/**
 * Forgets every post's kept facts when a synced pattern is saved, trashed
 * or deleted: any post may show it. One option changes, which every key
 * includes; the posts' old facts are replaced on their next request.
 *
 * @param int          $post_id The post saved or deleted.
 * @param WP_Post|null $post    It.
 */
function william_health_blocks_forget_all_facts( $post_id, $post = null ) {
	$post = $post instanceof WP_Post ? $post : get_post( $post_id );
	if ( $post instanceof WP_Post && 'wp_block' === $post->post_type ) {
		update_option( WILLIAM_HEALTH_BLOCKS_FACTS_GENERATION, (int) get_option( WILLIAM_HEALTH_BLOCKS_FACTS_GENERATION, 0 ) + 1 );
	}
}
add_action( 'save_post', 'william_health_blocks_forget_all_facts', 10, 2 );
add_action( 'deleted_post', 'william_health_blocks_forget_all_facts', 10, 2 );

/**
 * The graph's pieces for a post, or an empty array when it has none of our blocks.
 *
 * @param WP_Post $post The post.
 * @return array JSON-LD nodes.
 */
function william_health_blocks_graph( $post ) {
	$facts = william_health_blocks_graph_facts( $post );
	if ( ! $facts ) {
		return array();
	}
	$permalink  = get_permalink( $post );
	$drug_name  = $facts['drugName'];
	$routes     = $facts['routes'];
	$statuses   = $facts['statuses'];
	$conditions = $facts['conditions'];
	$citations  = $facts['citations'];

	$page = array(
		'@type'         => 'MedicalWebPage',
		'@id'           => $permalink . '#webpage',
		'url'           => $permalink,
		// The title as written: get_the_title() adds "Protected: " or "Private: ".
		'name'          => trim( wp_strip_all_tags( $post->post_title ) ),
		// Drafts have no publication date yet (get_post_time() gives false).
		'datePublished' => 'publish' === $post->post_status ? get_post_time( 'c', true, $post ) : '',
		'dateModified'  => get_post_modified_time( 'c', true, $post ),
		'inLanguage'    => get_bloginfo( 'language' ),
		'publisher'     => array(
			'@type' => 'Organization',
			'name'  => get_bloginfo( 'name' ),
		),
	);
	if ( has_excerpt( $post ) ) {
		$page['description'] = wp_strip_all_tags( get_the_excerpt( $post ) );
	}
	$review = william_health_blocks_review_of( $post );
	// An unreviewed page says nothing about review; a page changed since its
	// review keeps the date of the review it had.
	if ( $review['reviewed'] ) {
		$page['lastReviewed'] = $review['lastReviewed'];
		if ( $review['reviewer'] ) {
			$page['reviewedBy'] = william_health_blocks_reviewer_node( $review['reviewer'] );
		}
	}
	$about = array();
	$graph = array();
	if ( '' !== $drug_name || $routes ) {
		$drug = array(
			'@type' => 'Drug',
			'@id'   => $permalink . '#drug',
		);
		if ( '' !== $drug_name ) {
			$drug['name'] = $drug_name;
		}
		if ( $routes ) {
			$drug['administrationRoute'] = array_values( array_unique( $routes ) );
		}
		if ( $statuses ) {
			$drug['legalStatus'] = array_values( array_unique( $statuses ) );
		}
		$graph[] = $drug;
		$about[] = array( '@id' => $drug['@id'] );
	}
	foreach ( $conditions as $condition ) {
		$about[] = array(
			'@type' => 'MedicalCondition',
			'name'  => $condition,
		);
	}
	if ( $about ) {
		$page['about'] = $about;
	}
	if ( $citations ) {
		$page['citation'] = $citations;
	}
	array_unshift( $graph, william_health_blocks_without_empty_values( $page ) );
	return $graph;
}

/**
 * The reviewer as a schema.org Person: name, qualifications, role, profile
 * page and ORCID iD where the profile gives them.
 *
 * @param WP_User $user The reviewer.
 * @return array
 */
function william_health_blocks_reviewer_node( $user ) {
	$reviewer = william_health_blocks_reviewer_data( $user );
	$node     = array(
		'@type'           => 'Person',
		'name'            => $reviewer['name'],
		'honorificSuffix' => $reviewer['qualifications'],
		'jobTitle'        => $reviewer['jobTitle'],
		'url'             => $reviewer['url'],
	);
	if ( '' !== $reviewer['orcid'] ) {
		$node['sameAs']     = array( 'https://orcid.org/' . $reviewer['orcid'] );
		$node['identifier'] = array(
			'@type'      => 'PropertyValue',
			'propertyID' => 'ORCID',
			'value'      => $reviewer['orcid'],
		);
	} elseif ( '' !== $reviewer['identifier'] ) {
		$node['identifier'] = $reviewer['identifier'];
	}
	return $node;
}

/**
 * A node without the properties that have no value ('', false, null or an
 * empty list), at any depth: search engines read an empty value as a claim.
 *
 * @param array $node JSON-LD node.
 * @return array
 */
function william_health_blocks_without_empty_values( $node ) {
	foreach ( $node as $key => $value ) {
		if ( is_array( $value ) ) {
			$value        = william_health_blocks_without_empty_values( $value );
			$node[ $key ] = $value;
		}
		if ( '' === $value || false === $value || null === $value || array() === $value ) {
			unset( $node[ $key ] );
		}
	}
	return $node;
}

/**
 * Whether the graph and description of a post may be shown to the current
 * visitor: not while the post asks for a password the visitor has not given.
 *
 * @param WP_Post $post The queried post.
 * @return bool
 */
function william_health_blocks_may_describe( $post ) {
	return ! post_password_required( $post );
}

/**
 * Whether a known SEO plugin prints its own graph and meta description.
 *
 * @return string '' or 'yoast' or 'rank-math' or 'aioseo'.
 */
function william_health_blocks_seo_plugin() {
	if ( defined( 'WPSEO_VERSION' ) ) {
		return 'yoast';
	}
	if ( class_exists( 'RankMath' ) ) {
		return 'rank-math';
	}
	if ( defined( 'AIOSEO_VERSION' ) ) {
		return 'aioseo';
	}
	return '';
}

/**
 * Prints the graph and the meta description on singular pages.
 */
function william_health_blocks_print_head() {
	if ( ! is_singular() || william_health_blocks_seo_plugin() ) {
		return;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post || ! william_health_blocks_may_describe( $post ) ) {
		return;
	}
	if ( has_excerpt( $post ) ) {
		printf( "<meta name=\"description\" content=\"%s\" />\n", esc_attr( wp_strip_all_tags( get_the_excerpt( $post ) ) ) );
	}
	/** This filter is documented at the top of this file. */
	if ( ! apply_filters( 'william_health_blocks_structured_data', true, $post ) ) {
		return;
	}
	// Built already when server-timing.php timed it for this request.
	$graph = william_health_blocks_request_graph( $post );
	if ( ! $graph ) {
		return;
	}
	$json = wp_json_encode(
		array(
			'@context' => 'https://schema.org',
			'@graph'   => $graph,
		),
		// Escaped so no value can close the script element.
		JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
	);
	if ( $json ) {
		echo '<script type="application/ld+json">' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON with HTML-significant characters escaped.
	}
}
add_action( 'wp_head', 'william_health_blocks_print_head', 5 );

/**
 * The queried post's pieces for an SEO plugin's graph. Those plugins encode
 * their script without JSON_HEX_TAG, so a "<" in author text could close it:
 * here it becomes the look-alike U+FF1C. Our own graph keeps the text as is.
 *
 * @return array JSON-LD nodes, or none when switched off or not singular.
 */
function william_health_blocks_graph_for_others() {
	$post = is_singular() ? get_queried_object() : null;
	if ( ! $post instanceof WP_Post || ! william_health_blocks_may_describe( $post ) ) {
		return array();
	}
	/** This filter is documented at the top of this file. */
	if ( ! apply_filters( 'william_health_blocks_structured_data', true, $post ) ) {
		return array();
	}
	$graph = william_health_blocks_graph( $post );
	array_walk_recursive(
		$graph,
		static function ( &$value ) {
			if ( is_string( $value ) ) {
				$value = str_replace( '<', "\u{FF1C}", $value );
			}
		}
	);
	return $graph;
}

/**
 * Adds our pieces to Yoast SEO's graph instead of printing a second one.
 *
 * @param array $pieces Yoast's graph.
 * @return array
 */
function william_health_blocks_join_yoast_graph( $pieces ) {
	return array_merge( $pieces, william_health_blocks_graph_for_others() );
}
add_filter( 'wpseo_schema_graph', 'william_health_blocks_join_yoast_graph' );

/**
 * Adds our pieces to Rank Math's graph instead of printing a second one.
 *
 * @param array $data Rank Math's JSON-LD entities.
 * @return array
 */
function william_health_blocks_join_rank_math_graph( $data ) {
	foreach ( william_health_blocks_graph_for_others() as $index => $piece ) {
		$data[ 'william-health-' . $index ] = $piece;
	}
	return $data;
}
add_filter( 'rank_math/json_ld', 'william_health_blocks_join_rank_math_graph', 99 );

/**
 * The graph a post would print, for the editor's "Structured data" panel:
 * built by the same code from the title and content the editor holds now,
 * unsaved edits included. Only for those who may edit the post.
 */
function william_health_blocks_register_graph_preview_route() {
	register_rest_route(
		'william-health/v1',
		'/posts/(?P<id>\d+)/structured-data',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'args'                => array(
				'title'   => array(
					'type'     => 'string',
					'required' => true,
				),
				'content' => array(
					'type'     => 'string',
					'required' => true,
				),
			),
			'permission_callback' => static function ( $request ) {
				return current_user_can( 'edit_post', (int) $request['id'] );
			},
			'callback'            => static function ( $request ) {
				$post = get_post( (int) $request['id'] );
				if ( ! $post ) {
					return new WP_Error( 'rest_post_invalid_id', __( 'No such post.', 'william-health-blocks' ), array( 'status' => 404 ) );
				}
				$preview               = new WP_Post( clone $post );
				$preview->post_title   = $request['title'];
				$preview->post_content = $request['content'];
				/** This filter is documented at the top of this file. */
				$enabled = (bool) apply_filters( 'william_health_blocks_structured_data', true, $post );
				return rest_ensure_response(
					array(
						'enabled' => $enabled,
						'graph'   => $enabled ? william_health_blocks_graph( $preview ) : array(),
					)
				);
			},
		)
	);
}
add_action( 'rest_api_init', 'william_health_blocks_register_graph_preview_route' );
