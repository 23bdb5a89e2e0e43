/**
 * A reference as the pieces the list prints, from the shared formatter
 * (blocks/shared/citation-format.ts: Vancouver by default, AMA as an
 * option): the entry in the style, then the identifiers it does not print
 * inside the entry, linked when their check passes.
 *
 * What readers see of a field may differ from what is stored (the style's
 * "et al", elided pages, the year alone in AMA); block.json reads those
 * fields back from a `data-value` attribute, the others from their text.
 */
import { formatReference } from '../shared/citation-format';
import type { CitationStyle, Reference, ReferenceField } from './types';

/** Fields the styles may show otherwise than stored: read from `data-value`. */
export const SHOWN_OTHERWISE: readonly ReferenceField[] = [
	'authors',
	'year',
	'pages',
];

export type ReferencePart =
	| {
			/** Punctuation or a label between fields, never author text. */
			text: string;
			field?: undefined;
	  }
	| {
			field: ReferenceField;
			/** What readers see. */
			text: string;
			/** The field as stored, when block.json reads it from `data-value`. */
			value?: string;
			/** The link, when the identifier passes its check. */
			href?: string;
	  };

/**
 * The pieces of one reference.
 *
 * @param reference The reference.
 * @param style     Vancouver (the default) or AMA.
 */
export function referenceParts(
	reference: Reference,
	style: CitationStyle
): ReferencePart[] {
	const { citation, links } = formatReference( reference, style );
	const parts: ReferencePart[] = citation.map( ( part ) => {
		if ( part.kind === 'text' ) {
			return { text: part.text };
		}
		return {
			field: part.field,
			text: part.text,
			...( SHOWN_OTHERWISE.includes( part.field )
				? { value: part.value }
				: {} ),
			// AMA's italic journal is the block's style class's to set.
			...( part.href ? { href: part.href } : {} ),
		};
	} );
	for ( const link of links ) {
		parts.push( { text: link.label ? ` ${ link.label } ` : ' ' } );
		parts.push( {
			field: link.field,
			text: link.value,
			...( link.href ? { href: link.href } : {} ),
		} );
	}
	return parts.filter( ( part ) => part.text !== '' );
}
