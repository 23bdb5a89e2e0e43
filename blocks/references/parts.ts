/**
 * A reference as the pieces the list prints: each field's value exactly as
 * saved (so block.json reads it back from its element), punctuation between
 * them, identifiers linked when their check passes.
 *
 * Stand-in: a plain Vancouver/AMA layout until the shared formatter
 * (blocks/shared/citation-format.ts, issue 16) lands; save() and the
 * editor only depend on referenceParts().
 */
import { checkWebAddress, type LinkCheck } from '../shared/links';
import { checkDoi, checkPmcid, checkPmid } from '../shared/identifiers';
import type { CitationStyle, Reference, ReferenceField } from './types';

export type ReferencePart =
	| {
			/** Punctuation or a label between fields, never author text. */
			text: string;
			field?: undefined;
	  }
	| {
			field: ReferenceField;
			/** The field's value as saved. */
			text: string;
			/** The link, when the identifier passes its check. */
			href?: string;
	  };

/**
 * The full stop after a part, unless its text already ends a sentence.
 *
 * @param text A field's value.
 */
const stop = ( text: string ) => ( /[.?!]\s*$/.test( text ) ? ' ' : '. ' );

const hrefOf = ( check: LinkCheck ) => ( check.valid ? check.href : undefined );

/**
 * The pieces of one reference.
 *
 * @param reference The reference.
 * @param style     Vancouver (the default) or AMA.
 */
export function referenceParts(
	reference: Omit< Reference, 'id' >,
	style: CitationStyle
): ReferencePart[] {
	const parts: ReferencePart[] = [];
	const field = ( name: ReferenceField, href?: string ) =>
		parts.push(
			href
				? { field: name, text: reference[ name ], href }
				: { field: name, text: reference[ name ] }
		);
	const text = ( value: string ) => parts.push( { text: value } );

	for ( const name of [ 'authors', 'title', 'journal' ] as const ) {
		if ( reference[ name ] ) {
			field( name );
			text( stop( reference[ name ] ) );
		}
	}
	// Year;volume(issue):pages.
	const { year, volume, issue, pages } = reference;
	if ( year || volume || issue || pages ) {
		if ( year ) {
			field( 'year' );
		}
		if ( volume || issue ) {
			text( year ? ';' : '' );
		}
		if ( volume ) {
			field( 'volume' );
		}
		if ( issue ) {
			text( '(' );
			field( 'issue' );
			text( ')' );
		}
		if ( pages ) {
			text( year || volume || issue ? ':' : '' );
			field( 'pages' );
		}
		text( '. ' );
	}
	if ( reference.doi ) {
		text( style === 'ama' ? 'doi:' : 'doi: ' );
		field( 'doi', hrefOf( checkDoi( reference.doi ) ) );
		text( ' ' );
	}
	if ( reference.pmid ) {
		text( 'PMID: ' );
		field( 'pmid', hrefOf( checkPmid( reference.pmid ) ) );
		text( ' ' );
	}
	if ( reference.pmcid ) {
		text( 'PMCID: ' );
		field( 'pmcid', hrefOf( checkPmcid( reference.pmcid ) ) );
		text( ' ' );
	}
	if ( reference.url ) {
		field( 'url', hrefOf( checkWebAddress( reference.url ) ) );
		text( ' ' );
	}
	return parts.filter( ( part ) => part.text !== '' );
}
