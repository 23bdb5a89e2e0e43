<?php
/**
 * The identifiers of a cited study, checked the way the editor checks them
 * (blocks/shared/identifiers.ts and links.ts), and the addresses built from
 * them. A value that fails its check gives '' and so never becomes a link.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A DOI without the prefixes people paste with it, or '' when it is not one:
 * "10.", a registrant code of four or more digits, "/", a suffix.
 *
 * @param string $value What the author typed.
 * @return string
 */
function william_health_blocks_doi( $value ) {
	$doi = preg_replace( '#^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)#i', '', trim( (string) $value ) );
	return preg_match( '#^10\.\d{4,9}(?:\.\d+)*/\S+$#', $doi ) ? $doi : '';
}

/**
 * A PubMed id (digits only), or ''.
 *
 * @param string $value What the author typed.
 * @return string
 */
function william_health_blocks_pmid( $value ) {
	$pmid = preg_replace( '/^PMID:\s*/i', '', trim( (string) $value ) );
	return preg_match( '/^\d{1,9}$/', $pmid ) ? $pmid : '';
}

/**
 * An http(s) address, or ''.
 *
 * Checked by its form only: wp_http_validate_url() is for requests the
 * server makes and resolves the host, which on a real host costs a DNS
 * lookup per link per page view and, offline, drops valid links.
 *
 * @param string $value What the author typed.
 * @return string
 */
function william_health_blocks_web_address( $value ) {
	$url   = trim( (string) $value );
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'] ) || '' === $parts['host']
		|| ! in_array( $parts['scheme'], array( 'http', 'https' ), true )
		|| isset( $parts['user'] ) || isset( $parts['pass'] ) || preg_match( '/[\s<>"]/', $url ) ) {
		return '';
	}
	return esc_url_raw( $url );
}

/**
 * The doi.org address of a checked DOI. Only DOIs of the characters Crossref
 * recommends get one: quotes, angle brackets and the like would have to be
 * encoded, and then the address would differ from the link on the page.
 *
 * @param string $doi A DOI from william_health_blocks_doi().
 * @return string
 */
function william_health_blocks_doi_url( $doi ) {
	if ( '' === $doi || ! preg_match( '#^10\.[0-9.]+/[-._;()/:A-Za-z0-9]+$#', $doi ) ) {
		return '';
	}
	$url = 'https://doi.org/' . $doi;
	return esc_url_raw( $url ) === $url ? $url : '';
}

/**
 * The PubMed address of a checked PMID.
 *
 * @param string $pmid A PMID from william_health_blocks_pmid().
 * @return string
 */
function william_health_blocks_pubmed_url( $pmid ) {
	return '' === $pmid ? '' : 'https://pubmed.ncbi.nlm.nih.gov/' . $pmid . '/';
}

/**
 * A PubMed Central id with its prefix ("PMC5729569"), or ''. Case and a
 * "PMCID:" label are forgiven, as people paste them.
 *
 * @param string $value What the author typed.
 * @return string
 */
function william_health_blocks_pmcid( $value ) {
	$pmcid = preg_replace( '/^PMCID:\s*/i', '', trim( (string) $value ) );
	return preg_match( '/^PMC(\d{1,9})$/i', $pmcid, $match ) ? 'PMC' . $match[1] : '';
}

/**
 * The PubMed Central address of a checked PMCID.
 *
 * @param string $pmcid A PMCID from william_health_blocks_pmcid().
 * @return string
 */
function william_health_blocks_pmc_url( $pmcid ) {
	return '' === $pmcid ? '' : 'https://pmc.ncbi.nlm.nih.gov/articles/' . $pmcid . '/';
}

/**
 * What a pasted identifier is, for the reference lookup: a DOI (bare, with
 * "doi:", or as a doi.org address), a PMID, a PMCID, or the PubMed or PMC
 * address of one. Only DOIs that get a doi.org address are looked up: the
 * same characters Crossref recommends, so nothing that needs encoding (a
 * quote, an angle bracket) ever reaches a request.
 *
 * @param string $value What the author typed.
 * @return array{type: string, id: string}|null Type 'doi', 'pmid' or 'pmcid'; null when it is none of them.
 */
function william_health_blocks_identify( $value ) {
	$value = trim( (string) $value );
	if ( preg_match( '#^https?://pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})/?(?:[?\#].*)?$#i', $value, $match ) ) {
		return array(
			'type' => 'pmid',
			'id'   => $match[1],
		);
	}
	if ( preg_match( '#^https?://(?:www\.ncbi\.nlm\.nih\.gov/pmc|pmc\.ncbi\.nlm\.nih\.gov)/articles/(PMC\d{1,9})/?(?:[?\#].*)?$#i', $value, $match ) ) {
		$value = $match[1];
	}
	$pmid = william_health_blocks_pmid( $value );
	if ( '' !== $pmid ) {
		return array(
			'type' => 'pmid',
			'id'   => $pmid,
		);
	}
	$pmcid = william_health_blocks_pmcid( $value );
	if ( '' !== $pmcid ) {
		return array(
			'type' => 'pmcid',
			'id'   => $pmcid,
		);
	}
	$doi = william_health_blocks_doi( $value );
	if ( '' !== william_health_blocks_doi_url( $doi ) ) {
		return array(
			'type' => 'doi',
			'id'   => $doi,
		);
	}
	return null;
}
