/**
 * "Look up": what a typed or pasted identifier is, and the plugin's lookup
 * route (GET /william-health/v1/lookup?id=…, Crossref for DOIs, NCBI for
 * PMIDs and PMCIDs), which answers with the reference's fields or says in
 * the author's language why it could not. Nothing here leaves the site.
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';

import type { Reference } from '../../references/types';
import { checkDoi, checkPmcid, checkPmid } from '../identifiers';
import { emptyReference, REFERENCE_FIELDS } from './references';

export type IdentifierField = 'doi' | 'pmid' | 'pmcid';

/** An identifier the lookup route takes, in the form its field keeps. */
export type Identifier = { field: IdentifierField; value: string };

export type LookupAnswer =
	| { ok: true; reference: Omit< Reference, 'id' > }
	| { ok: false; code: string; message: string };

/**
 * The identifier in what the author typed or pasted: a DOI (with or
 * without doi: or https://doi.org/), a PMID or PubMed address, a PMCID or
 * PMC address, each with or without its label ("PMID 123", "PMID: 123");
 * null for anything else (a plain web address, words).
 *
 * @param typed What the author typed.
 */
export function identify( typed: string ): Identifier | null {
	// "PMID 28441895", "DOI: 10.…": the label as PubMed and papers print it.
	const value = typed
		.trim()
		.replace( /^(?:PMID|PMCID|DOI)(?:\s*:\s*|\s+)(?=\S)/i, '' );
	if ( checkDoi( value ).valid ) {
		return {
			field: 'doi',
			value: value.replace(
				/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i,
				''
			),
		};
	}
	const pubmed =
		/^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})\/?(?:[?#].*)?$/i.exec(
			value
		);
	if ( pubmed || checkPmid( value ).valid ) {
		return {
			field: 'pmid',
			value: pubmed?.[ 1 ] ?? value.replace( /^PMID:\s*/i, '' ),
		};
	}
	const pmc =
		/^https?:\/\/(?:www\.ncbi\.nlm\.nih\.gov\/pmc|pmc\.ncbi\.nlm\.nih\.gov)\/articles\/(PMC\d{1,9})\/?(?:[?#].*)?$/i.exec(
			value
		);
	if ( pmc || checkPmcid( value ).valid ) {
		return {
			field: 'pmcid',
			value: (
				pmc?.[ 1 ] ?? value.replace( /^PMCID:\s*/i, '' )
			).toUpperCase(),
		};
	}
	return null;
}

/**
 * A field of the route's answer as text ('' for anything else).
 *
 * @param value A value from the answer.
 */
const asText = ( value: unknown ) =>
	typeof value === 'string' ? value : String( value ?? '' );

/** The route's own error codes, whose messages are written for authors. */
const ROUTE_CODES = [
	'invalid_identifier',
	'not_found',
	'unreachable',
	'unreadable',
];

/**
 * What to tell the author when the lookup gave no reference: the route's
 * own sentence for its errors; for anything else (no route, no network, a
 * server error page) a sentence of ours, never a technical message.
 *
 * @param error What apiFetch threw, or the answer that held no reference.
 */
function failure( error: unknown ): LookupAnswer {
	const code =
		typeof error === 'object' &&
		error !== null &&
		'code' in error &&
		typeof error.code === 'string'
			? error.code
			: '';
	const message =
		typeof error === 'object' &&
		error !== null &&
		'message' in error &&
		typeof error.message === 'string'
			? error.message.trim()
			: '';
	if ( ROUTE_CODES.includes( code ) && message ) {
		return { ok: false, code, message };
	}
	return {
		ok: false,
		code: code || 'unreachable',
		message: __(
			'The lookup could not be reached, so nothing was filled in. Your text is kept: type the fields by hand.',
			'william-health-blocks'
		),
	};
}

/**
 * Asks the plugin's lookup route for a reference.
 *
 * @param identifier A DOI, PMID, PMCID or their address.
 */
export async function lookUp( identifier: string ): Promise< LookupAnswer > {
	let answer: unknown;
	try {
		answer = await apiFetch( {
			path: `/william-health/v1/lookup?id=${ encodeURIComponent(
				identifier.trim()
			) }`,
		} );
	} catch ( error ) {
		return failure( error );
	}
	const found =
		typeof answer === 'object' && answer !== null && 'reference' in answer
			? answer.reference
			: null;
	if ( typeof found !== 'object' || found === null ) {
		return failure( null );
	}
	const fields = new Map( Object.entries( found ) );
	const reference = emptyReference();
	for ( const field of REFERENCE_FIELDS ) {
		reference[ field ] = asText( fields.get( field ) ).trim();
	}
	return { ok: true, reference };
}
