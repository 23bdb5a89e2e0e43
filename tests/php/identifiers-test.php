<?php
/**
 * The PHP identifier checks against the vectors the editor's checks also run
 * (tests/fixtures/identifiers.json): both languages agree on every line.
 *
 * @package WilliamHealthBlocks
 */

$william_vectors = json_decode( file_get_contents( dirname( __DIR__ ) . '/fixtures/identifiers.json' ), true );

$william_links = array(
	'doi'   => static function ( $typed ) {
		return william_health_blocks_doi_url( william_health_blocks_doi( $typed ) );
	},
	'pmid'  => static function ( $typed ) {
		return william_health_blocks_pubmed_url( william_health_blocks_pmid( $typed ) );
	},
	'pmcid' => static function ( $typed ) {
		return william_health_blocks_pmc_url( william_health_blocks_pmcid( $typed ) );
	},
	'url'   => 'william_health_blocks_web_address',
);

foreach ( $william_links as $william_kind => $william_link ) {
	william_test(
		"$william_kind: every valid value links where the editor links it",
		static function () use ( $william_vectors, $william_kind, $william_link ) {
			foreach ( $william_vectors[ $william_kind ]['valid'] as list( $typed, $href ) ) {
				william_assert_same( $href, $william_link( $typed ), "for \"$typed\"" );
			}
		}
	);
	william_test(
		"$william_kind: every invalid value gives no link",
		static function () use ( $william_vectors, $william_kind, $william_link ) {
			foreach ( $william_vectors[ $william_kind ]['invalid'] as $typed ) {
				william_assert_same( '', $william_link( $typed ), "for \"$typed\"" );
			}
		}
	);
}

william_test(
	'a DOI outside the recommended characters is kept as an identifier but gets no address',
	static function () {
		$doi = william_health_blocks_doi( '10.1234/">＜/script>x' );
		william_assert_same( '10.1234/">＜/script>x', $doi );
		william_assert_same( '', william_health_blocks_doi_url( $doi ) );
	}
);
