/**
 * Checks on the identifiers of a cited study. A value that fails keeps what
 * the author typed; the page shows it as text, not as a link.
 */
import { __ } from '@wordpress/i18n';

import type { LinkCheck } from './links';

// A DOI is "10.", a registrant code of four or more digits, "/", a suffix.
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

/**
 * Removes the prefixes people paste with a DOI (doi:, https://doi.org/).
 *
 * @param value What the author typed.
 */
export function normalizeDoi( value: string ): string {
	return value
		.trim()
		.replace( /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '' );
}

/**
 * A DOI as a doi.org link.
 *
 * @param value What the author typed.
 */
export function checkDoi( value: string ): LinkCheck {
	const doi = normalizeDoi( value );
	if ( ! DOI.test( doi ) ) {
		return {
			valid: false,
			message: __(
				'A DOI looks like 10.1001/archpsyc.63.8.856: “10.”, four or more digits, a slash, then the rest. It is kept as typed but not linked.',
				'william-health-blocks'
			),
		};
	}
	return { valid: true, href: `https://doi.org/${ doi }` };
}

/**
 * A PubMed id as a PubMed link.
 *
 * @param value What the author typed.
 */
export function checkPmid( value: string ): LinkCheck {
	const pmid = value.trim().replace( /^PMID:\s*/i, '' );
	if ( ! /^\d{1,9}$/.test( pmid ) ) {
		return {
			valid: false,
			message: __(
				'A PMID is digits only, such as 16894061. It is kept as typed but not linked.',
				'william-health-blocks'
			),
		};
	}
	return { valid: true, href: `https://pubmed.ncbi.nlm.nih.gov/${ pmid }/` };
}

/**
 * A PubMed Central id as a PMC link. Case and a "PMCID:" label are forgiven.
 *
 * @param value What the author typed.
 */
export function checkPmcid( value: string ): LinkCheck {
	const match = /^PMC(\d{1,9})$/i.exec(
		value.trim().replace( /^PMCID:\s*/i, '' )
	);
	if ( ! match ) {
		return {
			valid: false,
			message: __(
				'A PMCID is “PMC” and digits, such as PMC5729569. It is kept as typed but not linked.',
				'william-health-blocks'
			),
		};
	}
	return {
		valid: true,
		href: `https://pmc.ncbi.nlm.nih.gov/articles/PMC${ match[ 1 ] }/`,
	};
}
