<?php
/**
 * Test helper for local sites only: the reference lookup's requests to
 * Crossref, ESummary and the PMC ID Converter are answered from the fixtures
 * in tests/php/fixtures/lookup (wp-env.json maps them to
 * wp-content/william-lookup-fixtures), so browser tests and a developer's
 * offline site can look up the article's studies. Identifiers without a
 * fixture go to the real service, which offline means "could not be
 * reached". The PHP tests use the same resolver.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	return;
}

/**
 * The fixture answer to a request, read from the folder's index.json.
 *
 * @param string $url Requested address.
 * @param string $dir The fixtures folder.
 * @return array|WP_Error|false An HTTP response as pre_http_request returns
 *                              it, a transport error, or false when no
 *                              fixture answers this address.
 */
function william_lookup_fixture_answer( $url, $dir ) {
	static $indexes = array();
	if ( ! isset( $indexes[ $dir ] ) ) {
		$json            = is_readable( $dir . '/index.json' ) ? file_get_contents( $dir . '/index.json' ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$indexes[ $dir ] = json_decode( (string) $json, true );
	}
	$index = $indexes[ $dir ];
	$parts = wp_parse_url( $url );
	if ( ! is_array( $index ) || ! is_array( $parts ) || ! isset( $parts['host'], $parts['path'] ) ) {
		return false;
	}
	$query = array();
	parse_str( $parts['query'] ?? '', $query );
	if ( 'api.crossref.org' === $parts['host'] && preg_match( '#^/works/(.+)$#', $parts['path'], $match ) ) {
		$entry = $index['crossref'][ strtolower( rawurldecode( $match[1] ) ) ] ?? null;
	} elseif ( 'eutils.ncbi.nlm.nih.gov' === $parts['host'] && '/entrez/eutils/esummary.fcgi' === $parts['path'] ) {
		$entry = $index['esummary'][ (string) ( $query['id'] ?? '' ) ] ?? null;
	} elseif ( 'pmc.ncbi.nlm.nih.gov' === $parts['host'] && 0 === strpos( $parts['path'], '/tools/idconv/api/v1/articles' ) ) {
		$entry = $index['idconv'][ (string) ( $query['ids'] ?? '' ) ] ?? null;
	} else {
		return false;
	}
	if ( ! is_array( $entry ) ) {
		return false;
	}
	if ( isset( $entry['error'] ) ) {
		return new WP_Error( 'http_request_failed', $entry['error'] );
	}
	return array(
		'headers'  => array( 'content-type' => $entry['type'] ),
		'body'     => (string) file_get_contents( $dir . '/' . $entry['file'] ), // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		'response' => array(
			'code'    => $entry['status'],
			'message' => get_status_header_desc( $entry['status'] ),
		),
		'cookies'  => array(),
		'filename' => null,
	);
}

if ( 'local' === wp_get_environment_type() ) {
	add_filter(
		'pre_http_request',
		static function ( $preempt, $args, $url ) {
			if ( false !== $preempt ) {
				return $preempt;
			}
			$answer = william_lookup_fixture_answer( $url, WP_CONTENT_DIR . '/william-lookup-fixtures' );
			return false === $answer ? $preempt : $answer;
		},
		10,
		3
	);
}
