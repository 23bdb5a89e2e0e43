<?php
/**
 * The reference lookup (issue 16): `GET /wp-json/william-health/v1/lookup?id=…`
 * fills a reference from Crossref (DOIs) or PubMed's ESummary (PMIDs, and
 * PMCIDs through the PMC ID Converter first), for the editor's "Look up".
 *
 * 200: { reference (blocks/shared/reference.ts without `id`), authorList,
 * source: "crossref" | "pubmed" }. Errors: { code, message } with
 * invalid_identifier 400, not_found 404, unreachable 502, unreadable 502;
 * every message tells the author the fields can be typed by hand.
 *
 * The answer is JSON for the editor, which treats every field as text: titles
 * lose their markup, entities are decoded, and nothing is escaped for HTML
 * here. Found references are cached a week, "not found" an hour (a new DOI
 * may reach Crossref later); a service that cannot be reached or read is
 * never cached, so the next try asks again.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the route; only people who may write posts may look up.
 */
function william_health_blocks_register_lookup_route() {
	register_rest_route(
		'william-health/v1',
		'/lookup',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'args'                => array(
				'id' => array(
					'type'    => 'string',
					'default' => '',
				),
			),
			'permission_callback' => static function () {
				return current_user_can( 'edit_posts' );
			},
			'callback'            => 'william_health_blocks_lookup_response',
		)
	);
}
add_action( 'rest_api_init', 'william_health_blocks_register_lookup_route' );

/**
 * The route's answer.
 *
 * @param WP_REST_Request $request The request; `id` is what the author pasted.
 * @return WP_REST_Response|WP_Error
 */
function william_health_blocks_lookup_response( $request ) {
	$typed = (string) $request['id'];
	// No identifier is this long; a paragraph pasted by mistake is not sent on.
	$short      = strlen( $typed ) <= 300;
	$identifier = $short ? william_health_blocks_identify( $typed ) : null;
	if ( ! $identifier ) {
		// A DOI in shape whose characters could not go into an address.
		$reason = $short && '' !== william_health_blocks_doi( $typed ) ? 'characters' : '';
		return william_health_blocks_lookup_error( 'invalid_identifier', '', $reason );
	}
	$result = william_health_blocks_lookup( $identifier['type'], $identifier['id'] );
	return is_wp_error( $result ) ? $result : rest_ensure_response( $result );
}

/**
 * Looks an identifier up, through the cache.
 *
 * @param string $type 'doi', 'pmid' or 'pmcid' (from william_health_blocks_identify()).
 * @param string $id   The checked identifier.
 * @return array|WP_Error The route's 200 body, or its error.
 */
function william_health_blocks_lookup( $type, $id ) {
	// DOIs are case-insensitive; PMIDs and PMCIDs come normalised.
	$key    = 'william_health_lookup_' . md5( $type . ':' . strtolower( $id ) );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		// A cached "not found" keeps its code and service only, so the
		// message is built in the language of whoever asks now.
		return isset( $cached['notFound'] ) ? william_health_blocks_lookup_error( 'not_found', $cached['notFound'] ) : $cached;
	}
	if ( 'doi' === $type ) {
		$result = william_health_blocks_lookup_crossref( $id );
	} elseif ( 'pmid' === $type ) {
		$result = william_health_blocks_lookup_pubmed( $id );
	} else {
		$result = william_health_blocks_lookup_pmc( $id );
	}
	if ( ! is_wp_error( $result ) ) {
		set_transient( $key, $result, WEEK_IN_SECONDS );
	} elseif ( 'not_found' === $result->get_error_code() ) {
		set_transient( $key, array( 'notFound' => $result->get_error_data()['service'] ), HOUR_IN_SECONDS );
	}
	return $result;
}

/**
 * An error of the route, with a sentence for the author.
 *
 * @param string $code    invalid_identifier, not_found, unreachable or unreadable.
 * @param string $service 'crossref', 'pubmed' or 'pmc'; '' for invalid_identifier.
 * @param string $reason  'characters' (a DOI that cannot be looked up) or 'busy' (rate-limited); '' otherwise.
 * @return WP_Error
 */
function william_health_blocks_lookup_error( $code, $service = '', $reason = '' ) {
	$names = array(
		'crossref' => 'Crossref',
		'pubmed'   => 'PubMed',
		'pmc'      => 'PubMed Central',
	);
	$name  = isset( $names[ $service ] ) ? $names[ $service ] : '';
	if ( 'invalid_identifier' === $code ) {
		$status  = 400;
		$message = 'characters' === $reason
			? __( 'This DOI holds characters that cannot be looked up, such as quotes or angle brackets. Check it against the article, or fill in the reference’s fields by hand.', 'william-health-blocks' )
			: __( 'This is not a DOI, PMID or PMCID. A DOI looks like 10.1001/archpsyc.63.8.856, a PMID is digits only (16894061), a PMCID is “PMC” and digits (PMC5729569); doi.org, PubMed and PubMed Central addresses work too. You can also fill in the reference’s fields by hand.', 'william-health-blocks' );
	} elseif ( 'not_found' === $code ) {
		$status   = 404;
		$messages = array(
			'crossref' => __( 'Crossref has no record of this DOI. Check it for typos. DOIs registered elsewhere (such as DataCite) and articles published in the last few days may not be found; fill in the reference’s fields by hand.', 'william-health-blocks' ),
			'pubmed'   => __( 'PubMed has no record of this PMID. Check it for typos, or fill in the reference’s fields by hand.', 'william-health-blocks' ),
			'pmc'      => __( 'PubMed Central has no article with this PMCID. Check it for typos, or fill in the reference’s fields by hand.', 'william-health-blocks' ),
		);
		$message  = $messages[ $service ];
	} elseif ( 'unreachable' === $code ) {
		$status  = 502;
		$message = 'busy' === $reason
			/* translators: %s: a service's name: Crossref, PubMed or PubMed Central. */
			? sprintf( __( '%s is receiving too many requests just now. Try again in a minute, or fill in the reference’s fields by hand.', 'william-health-blocks' ), $name )
			/* translators: %s: a service's name: Crossref, PubMed or PubMed Central. */
			: sprintf( __( '%s could not be reached or did not answer in time. Try again in a minute, or fill in the reference’s fields by hand.', 'william-health-blocks' ), $name );
	} else {
		$status  = 502;
		/* translators: %s: a service's name: Crossref, PubMed or PubMed Central. */
		$message = sprintf( __( '%s answered, but not with a reference this site can read. Try again later, or fill in the reference’s fields by hand.', 'william-health-blocks' ), $name );
	}
	$data = array( 'status' => $status );
	if ( '' !== $service ) {
		$data['service'] = $service;
	}
	return new WP_Error( $code, $message, $data );
}

/**
 * The address Crossref and NCBI may write to before they block a site, as
 * their etiquette asks: the site's admin email unless filtered.
 *
 * @return string An email address, or ''.
 */
function william_health_blocks_lookup_contact() {
	/**
	 * Filters the contact address sent with lookups (Crossref: in the
	 * User-Agent; NCBI: the `email` parameter). Return '' to send none.
	 *
	 * @param string $email The site's admin email.
	 */
	$email = apply_filters( 'william_health_blocks_lookup_contact', get_option( 'admin_email' ) );
	return is_string( $email ) && is_email( $email ) ? $email : '';
}

/**
 * GETs a service's address: five seconds at most, naming the plugin and site.
 *
 * @param string $url     The address.
 * @param string $service 'crossref', 'pubmed' or 'pmc', for the error.
 * @return array{status: int, body: string}|WP_Error unreachable for transport errors, 429 and 5xx.
 */
function william_health_blocks_lookup_fetch( $url, $service ) {
	$plugin   = get_file_data( WILLIAM_HEALTH_BLOCKS_DIR . '/william-health-blocks.php', array( 'Version' => 'Version' ) );
	$contact  = william_health_blocks_lookup_contact();
	$response = wp_remote_get(
		$url,
		array(
			'timeout'    => 5,
			// Crossref's documented form: Name/version (site; mailto:address) Based-on/version.
			'user-agent' => sprintf( 'WilliamHealthBlocks/%s (%s%s) WordPress/%s', $plugin['Version'], home_url( '/' ), '' !== $contact ? '; mailto:' . $contact : '', get_bloginfo( 'version' ) ),
			'headers'    => array( 'Accept' => 'application/json' ),
		)
	);
	if ( is_wp_error( $response ) ) {
		return william_health_blocks_lookup_error( 'unreachable', $service );
	}
	$status = (int) wp_remote_retrieve_response_code( $response );
	if ( 429 === $status ) {
		return william_health_blocks_lookup_error( 'unreachable', $service, 'busy' );
	}
	if ( $status >= 500 || $status < 200 ) {
		return william_health_blocks_lookup_error( 'unreachable', $service );
	}
	return array(
		'status' => $status,
		'body'   => (string) wp_remote_retrieve_body( $response ),
	);
}

/**
 * A body decoded as a JSON object, or null.
 *
 * @param string $body The body.
 * @return array|null
 */
function william_health_blocks_lookup_json( $body ) {
	$data = json_decode( $body, true );
	return is_array( $data ) ? $data : null;
}

/**
 * The query string of a service request, every value encoded.
 *
 * @param array $args Parameters.
 * @return string
 */
function william_health_blocks_lookup_query( $args ) {
	$args = array_filter(
		$args + array(
			'tool'  => 'william-health-blocks',
			'email' => william_health_blocks_lookup_contact(),
		),
		'strlen'
	);
	return http_build_query( $args, '', '&', PHP_QUERY_RFC3986 );
}

/**
 * A DOI from Crossref's REST API: it must answer status "ok" with a "work".
 *
 * @param string $doi A DOI from william_health_blocks_identify().
 * @return array|WP_Error
 */
function william_health_blocks_lookup_crossref( $doi ) {
	$answer = william_health_blocks_lookup_fetch( 'https://api.crossref.org/works/' . rawurlencode( $doi ), 'crossref' );
	if ( is_wp_error( $answer ) ) {
		return $answer;
	}
	// Crossref answers 404 "Resource not found." (plain text) for unknown and malformed DOIs alike.
	if ( 404 === $answer['status'] ) {
		return william_health_blocks_lookup_error( 'not_found', 'crossref' );
	}
	$data = william_health_blocks_lookup_json( $answer['body'] );
	if ( 200 !== $answer['status'] || ! $data || 'ok' !== ( $data['status'] ?? '' ) || 'work' !== ( $data['message-type'] ?? '' ) || ! is_array( $data['message'] ?? null ) ) {
		return william_health_blocks_lookup_error( 'unreadable', 'crossref' );
	}
	return william_health_blocks_reference_from_crossref( $data['message'], $doi );
}

/**
 * A PMID from ESummary (version 2.0, the only one that answers in JSON).
 *
 * @param string $pmid A checked PMID.
 * @return array|WP_Error
 */
function william_health_blocks_lookup_pubmed( $pmid ) {
	$answer = william_health_blocks_lookup_fetch(
		'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?' . william_health_blocks_lookup_query(
			array(
				'db'      => 'pubmed',
				'id'      => $pmid,
				'retmode' => 'json',
				'version' => '2.0',
			)
		),
		'pubmed'
	);
	if ( is_wp_error( $answer ) ) {
		return $answer;
	}
	$data = william_health_blocks_lookup_json( $answer['body'] );
	// json_decode turns the key "16894061" into an integer key; a string index finds it all the same.
	$summary = $data['result'][ $pmid ] ?? null;
	if ( 200 !== $answer['status'] || ! is_array( $summary ) ) {
		return william_health_blocks_lookup_error( 'unreadable', 'pubmed' );
	}
	// An unknown PMID stays in the answer as {"uid":…,"error":"cannot get document summary"}.
	if ( isset( $summary['error'] ) ) {
		return william_health_blocks_lookup_error( 'not_found', 'pubmed' );
	}
	return william_health_blocks_reference_from_pubmed( $summary, $pmid );
}

/**
 * A PMCID: the PMC ID Converter gives its PMID (then ESummary) or, for an
 * article PubMed does not hold, its DOI (then Crossref).
 *
 * @param string $pmcid A checked PMCID ("PMC5729569").
 * @return array|WP_Error
 */
function william_health_blocks_lookup_pmc( $pmcid ) {
	$answer = william_health_blocks_lookup_fetch(
		'https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/?' . william_health_blocks_lookup_query(
			array(
				'ids'      => $pmcid,
				'idtype'   => 'pmcid',
				'format'   => 'json',
				'versions' => 'no',
			)
		),
		'pmc'
	);
	if ( is_wp_error( $answer ) ) {
		return $answer;
	}
	$data = william_health_blocks_lookup_json( $answer['body'] );
	if ( in_array( $answer['status'], array( 400, 404 ), true ) || 'error' === ( $data['status'] ?? '' ) ) {
		return william_health_blocks_lookup_error( 'not_found', 'pmc' );
	}
	$record = $data['records'][0] ?? null;
	if ( 200 !== $answer['status'] || 'ok' !== ( $data['status'] ?? '' ) || ! is_array( $record ) ) {
		return william_health_blocks_lookup_error( 'unreadable', 'pmc' );
	}
	// A record that failed sits inside an "ok" answer: {"status":"error","errmsg":"Identifier not found in PMC"}.
	if ( isset( $record['errmsg'] ) || 'error' === ( $record['status'] ?? '' ) ) {
		return william_health_blocks_lookup_error( 'not_found', 'pmc' );
	}
	// The new endpoint sends the PMID as a number.
	$pmid = isset( $record['pmid'] ) && is_scalar( $record['pmid'] ) ? william_health_blocks_pmid( (string) $record['pmid'] ) : '';
	$doi  = isset( $record['doi'] ) && is_string( $record['doi'] ) ? william_health_blocks_identify( $record['doi'] ) : null;
	if ( '' !== $pmid ) {
		$result = william_health_blocks_lookup( 'pmid', $pmid );
	} elseif ( $doi && 'doi' === $doi['type'] ) {
		$result = william_health_blocks_lookup( 'doi', $doi['id'] );
	} else {
		return william_health_blocks_lookup_error( 'unreadable', 'pmc' );
	}
	if ( ! is_wp_error( $result ) ) {
		$result['reference']['pmcid'] = $pmcid;
		if ( '' === $result['reference']['pmid'] ) {
			$result['reference']['pmid'] = $pmid;
		}
	}
	return $result;
}

/**
 * The route's body from a Crossref work.
 *
 * @param array  $work      The envelope's `message`.
 * @param string $requested The DOI asked for, if the work names none.
 * @return array
 */
function william_health_blocks_reference_from_crossref( array $work, $requested ) {
	$authors = array();
	foreach ( is_array( $work['author'] ?? null ) ? $work['author'] : array() as $author ) {
		$name = is_array( $author ) ? william_health_blocks_name_from_crossref( $author ) : null;
		if ( $name ) {
			$authors[] = $name;
		}
	}
	$title    = william_health_blocks_lookup_text( william_health_blocks_lookup_first( $work['title'] ?? '' ) );
	$subtitle = william_health_blocks_lookup_text( william_health_blocks_lookup_first( $work['subtitle'] ?? '' ) );
	if ( '' !== $subtitle && false === stripos( $title, $subtitle ) ) {
		$title = rtrim( $title, ' :' ) . ': ' . $subtitle;
	}
	// The short title is the publisher's, with or without dots ("J. Am. Chem. Soc."); NLM writes none.
	$journal = william_health_blocks_lookup_text( str_replace( '.', ' ', william_health_blocks_lookup_first( $work['short-container-title'] ?? '' ) ) );
	if ( '' === $journal ) {
		$journal = william_health_blocks_lookup_text( william_health_blocks_lookup_first( $work['container-title'] ?? '' ) );
	}
	// `issued` is the earliest date, often online a year before the issue the reference names.
	$date = william_health_blocks_lookup_date( $work['published-print'] ?? null );
	if ( '' === $date ) {
		$date = william_health_blocks_lookup_date( $work['issued'] ?? null );
	}
	$doi = william_health_blocks_doi( is_string( $work['DOI'] ?? null ) ? $work['DOI'] : '' );
	return array(
		'reference'  => array(
			'authors' => william_health_blocks_vancouver_authors( $authors ),
			'title'   => $title,
			'journal' => $journal,
			'year'    => $date,
			'volume'  => william_health_blocks_lookup_text( $work['volume'] ?? '' ),
			'issue'   => william_health_blocks_lookup_text( $work['issue'] ?? '' ),
			'pages'   => william_health_blocks_lookup_text( $work['page'] ?? ( $work['article-number'] ?? '' ) ),
			'doi'     => '' !== $doi ? $doi : $requested,
			'pmid'    => '',
			'pmcid'   => '',
			'url'     => '',
		),
		'authorList' => $authors,
		'source'     => 'crossref',
	);
}

/**
 * The route's body from an ESummary document summary.
 *
 * @param array  $summary   One entry of `result`.
 * @param string $requested The PMID asked for.
 * @return array
 */
function william_health_blocks_reference_from_pubmed( array $summary, $requested ) {
	$authors = array();
	foreach ( is_array( $summary['authors'] ?? null ) ? $summary['authors'] : array() as $author ) {
		$name = is_array( $author ) ? william_health_blocks_name_from_pubmed( $author ) : null;
		if ( $name ) {
			$authors[] = $name;
		}
	}
	$ids = array(
		'pubmed' => '',
		'doi'    => '',
		'pmc'    => '',
	);
	foreach ( is_array( $summary['articleids'] ?? null ) ? $summary['articleids'] : array() as $article_id ) {
		$type = is_array( $article_id ) && is_string( $article_id['idtype'] ?? null ) ? $article_id['idtype'] : '';
		if ( isset( $ids[ $type ] ) && '' === $ids[ $type ] && is_string( $article_id['value'] ?? null ) ) {
			$ids[ $type ] = $article_id['value'];
		}
	}
	$pmid = william_health_blocks_pmid( $ids['pubmed'] );
	return array(
		'reference'  => array(
			'authors' => william_health_blocks_vancouver_authors( $authors ),
			// PubMed ends every title with a full stop; the formatter adds its own.
			'title'   => preg_replace( '/(?<!\.)\.$/', '', william_health_blocks_lookup_text( $summary['title'] ?? '' ) ),
			// `source` is the NLM title abbreviation itself.
			'journal' => william_health_blocks_lookup_text( $summary['source'] ?? '' ),
			// "2006 Aug", "2018 Feb 1": NLM's own date of the issue.
			'year'    => william_health_blocks_lookup_text( $summary['pubdate'] ?? '' ),
			'volume'  => william_health_blocks_lookup_text( $summary['volume'] ?? '' ),
			'issue'   => william_health_blocks_lookup_text( $summary['issue'] ?? '' ),
			'pages'   => william_health_blocks_lookup_text( $summary['pages'] ?? '' ),
			'doi'     => william_health_blocks_doi( $ids['doi'] ),
			'pmid'    => '' !== $pmid ? $pmid : $requested,
			'pmcid'   => william_health_blocks_pmcid( $ids['pmc'] ),
			'url'     => '',
		),
		'authorList' => $authors,
		'source'     => 'pubmed',
	);
}

/**
 * One name of a Crossref `author` list: a person (family, initials, suffix)
 * or a group (`name`, kept whole as `literal`).
 *
 * @param array $author The contributor.
 * @return array{family: string, given: string, suffix: string, literal: string}|null
 */
function william_health_blocks_name_from_crossref( array $author ) {
	$family = william_health_blocks_lookup_text( $author['family'] ?? '' );
	$given  = william_health_blocks_lookup_text( $author['given'] ?? '' );
	$suffix = william_health_blocks_lookup_text( $author['suffix'] ?? '' );
	if ( '' === $family ) {
		$literal = william_health_blocks_lookup_text( $author['name'] ?? '' );
		$literal = '' !== $literal ? $literal : $given;
		return '' === $literal ? null : william_health_blocks_author_name( '', '', '', $literal );
	}
	// Some depositors put the suffix into the given names: "Carlos A., Jr.".
	if ( '' === $suffix && preg_match( '/^(.+?)[,\s]+(Jr|Sr|II|III|IV|2nd|3rd)\.?$/u', $given, $match ) ) {
		$given  = $match[1];
		$suffix = $match[2];
	}
	return william_health_blocks_author_name( $family, william_health_blocks_initials( $given ), rtrim( $suffix, '.' ), '' );
}

/**
 * One name of an ESummary `authors` list: "Zarate CA Jr" is surname,
 * initials and suffix already; a "CollectiveName" is a group.
 *
 * @param array $author {name, authtype, clusterid}.
 * @return array{family: string, given: string, suffix: string, literal: string}|null
 */
function william_health_blocks_name_from_pubmed( array $author ) {
	$name = william_health_blocks_lookup_text( $author['name'] ?? '' );
	if ( '' === $name ) {
		return null;
	}
	if ( 'CollectiveName' === ( $author['authtype'] ?? '' ) ) {
		return william_health_blocks_author_name( '', '', '', $name );
	}
	$words  = explode( ' ', $name );
	$count  = count( $words );
	$suffix = '';
	// A suffix follows the initials: "Zarate CA Jr", "Roe JP III".
	if ( $count > 2 && preg_match( '/^(?:Jr|Sr|2nd|3rd|II|III|IV)$/', $words[ $count - 1 ] ) && preg_match( '/^\p{Lu}{1,3}$/u', $words[ $count - 2 ] ) ) {
		$suffix = array_pop( $words );
	}
	$given = count( $words ) > 1 && preg_match( '/^\p{Lu}{1,3}$/u', end( $words ) ) ? array_pop( $words ) : '';
	return william_health_blocks_author_name( implode( ' ', $words ), $given, $suffix, '' );
}

/**
 * One entry of `authorList`.
 *
 * @param string $family  Surname ("Le Nedelec").
 * @param string $given   Initials without dots ("CA").
 * @param string $suffix  "Jr", "III" or ''.
 * @param string $literal A group's name, whole; '' for a person.
 * @return array{family: string, given: string, suffix: string, literal: string}
 */
function william_health_blocks_author_name( $family, $given, $suffix, $literal ) {
	return array(
		'family'  => $family,
		'given'   => $given,
		'suffix'  => $suffix,
		'literal' => $literal,
	);
}

/**
 * Initials without dots: "Carlos A." → "CA", "H. K." → "HK", "Jean-Pierre" →
 * "JP". Initials already run together ("CA") are kept.
 *
 * @param string $given Given names as the record has them.
 * @return string
 */
function william_health_blocks_initials( $given ) {
	$initials = '';
	foreach ( preg_split( '/[\s.\-‐]+/u', $given, -1, PREG_SPLIT_NO_EMPTY ) as $part ) {
		if ( preg_match( '/^\p{Lu}{2,3}$/u', $part ) ) {
			$initials .= $part;
		} elseif ( preg_match( '/^\p{L}/u', $part, $first ) ) {
			$initials .= function_exists( 'mb_strtoupper' ) ? mb_strtoupper( $first[0], 'UTF-8' ) : strtoupper( $first[0] );
		}
	}
	return $initials;
}

/**
 * Authors as Vancouver lists them, without the final full stop: "Surname
 * Initials Suffix" joined by commas, a group after a semicolon, the first six
 * then "et al" (ICMJE). blocks/shared/citation-format.ts formats the same way;
 * tests/fixtures/author-lists.json holds both to it.
 *
 * @param array $names Entries of `authorList`.
 * @return string
 */
function william_health_blocks_vancouver_authors( array $names ) {
	$text     = '';
	$previous = null;
	foreach ( array_slice( $names, 0, 6 ) as $name ) {
		if ( null !== $previous ) {
			$text .= '' !== $name['literal'] || '' !== $previous['literal'] ? '; ' : ', ';
		}
		$text    .= '' !== $name['literal'] ? $name['literal'] : trim( preg_replace( '/\s+/', ' ', $name['family'] . ' ' . $name['given'] . ' ' . $name['suffix'] ) );
		$previous = $name;
	}
	return count( $names ) > 6 ? $text . ', et al' : $text;
}

/**
 * The date of the issue as NLM writes it, year first: "2021 May", "2006".
 * The day is left out: publishers give the 1st for a whole month's issue.
 *
 * @param mixed $date A Crossref partial date: {"date-parts": [[2021, 5]]}.
 * @return string '' when there is no year ({"date-parts": [[null]]}).
 */
function william_health_blocks_lookup_date( $date ) {
	$parts = is_array( $date ) && is_array( $date['date-parts'][0] ?? null ) ? $date['date-parts'][0] : array();
	if ( ! is_numeric( $parts[0] ?? null ) ) {
		return '';
	}
	$months = array( 1 => 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec' );
	$month  = is_numeric( $parts[1] ?? null ) && isset( $months[ (int) $parts[1] ] ) ? ' ' . $months[ (int) $parts[1] ] : '';
	return (int) $parts[0] . $month;
}

/**
 * The year of a reference's date, for what needs the year alone (AMA,
 * structured data): "2021 May" → "2021".
 *
 * @param string $date A reference's `year`.
 * @return string
 */
function william_health_blocks_publication_year( $date ) {
	return preg_match( '/\b(\d{4})\b/', (string) $date, $match ) ? $match[1] : trim( (string) $date );
}

/**
 * The first string of a Crossref list field (CSL gives a bare string).
 *
 * @param mixed $value An array of strings, or a string.
 * @return string
 */
function william_health_blocks_lookup_first( $value ) {
	if ( is_array( $value ) ) {
		$value = reset( $value );
	}
	return is_string( $value ) ? $value : '';
}

/**
 * A field as plain text: markup removed (Crossref titles carry JATS and
 * HTML tags, split over indented lines), entities decoded, whitespace
 * collapsed. Numbers (a volume sent as 8) become text.
 *
 * @param mixed $value The field.
 * @return string
 */
function william_health_blocks_lookup_text( $value ) {
	if ( ! is_string( $value ) && ! is_int( $value ) ) {
		return '';
	}
	$text = html_entity_decode( wp_strip_all_tags( (string) $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	return trim( preg_replace( '/\s+/u', ' ', $text ) );
}
