/**
 * The post's references as the References block holds them: finding that
 * block among the post's blocks, reading its entries, telling whether two
 * entries are the same source, and one line of plain text per entry for
 * pickers and messages.
 */
import type { Block } from '@wordpress/blocks';
import { __, sprintf } from '@wordpress/i18n';

import type {
	Reference,
	ReferenceField,
	SavedReference,
} from '../../references/types';
import { normalizeDoi } from '../identifiers';

export const REFERENCES_BLOCK = 'william-health/references';

/** Every text field of a reference, in reading order. */
export const REFERENCE_FIELDS: readonly ReferenceField[] = [
	'authors',
	'title',
	'journal',
	'year',
	'volume',
	'issue',
	'pages',
	'doi',
	'pmid',
	'pmcid',
	'url',
];

/** A reference with every field empty. */
export function emptyReference(): Omit< Reference, 'id' > {
	return {
		authors: '',
		title: '',
		journal: '',
		year: '',
		volume: '',
		issue: '',
		pages: '',
		doi: '',
		pmid: '',
		pmcid: '',
		url: '',
	};
}

/**
 * A saved entry with every field a string ('' where the list had none).
 *
 * @param saved An entry as parsed from the list, or a reference.
 */
export function toReference( saved: SavedReference ): Reference {
	return { ...fieldsOf( saved ), id: saved.id };
}

/**
 * The text fields of an entry, every one a string.
 *
 * @param saved An entry as parsed from the list.
 */
export function fieldsOf(
	saved: Partial< Omit< Reference, 'id' > >
): Omit< Reference, 'id' > {
	const fields = emptyReference();
	for ( const field of REFERENCE_FIELDS ) {
		fields[ field ] = saved[ field ] ?? '';
	}
	return fields;
}

/**
 * An entry with its empty fields taken from another record of the same
 * source; what the entry has is kept.
 *
 * @param entry  The entry in the list.
 * @param fields Another record of the same source (a look-up's answer).
 */
export function fillEmptyFields< Entry extends SavedReference >(
	entry: Entry,
	fields: Partial< Omit< Reference, 'id' > >
): Entry {
	const filled = { ...entry };
	for ( const field of REFERENCE_FIELDS ) {
		if ( ! ( filled[ field ] ?? '' ).trim() && fields[ field ] ) {
			filled[ field ] = fields[ field ];
		}
	}
	return filled;
}

/**
 * Whether any field of a reference is filled in.
 *
 * @param reference A reference, maybe partly empty.
 */
export function hasAnyField(
	reference: Partial< Omit< Reference, 'id' > >
): boolean {
	return REFERENCE_FIELDS.some(
		( field ) => ( reference[ field ] ?? '' ).trim() !== ''
	);
}

/**
 * The first References block among blocks and their inner blocks, the
 * way a reader meets it (there is at most one: it does not allow more).
 *
 * @param blocks The post's blocks.
 */
export function findReferencesBlock(
	blocks: readonly Block[]
): Block | undefined {
	for ( const block of blocks ) {
		if ( block.name === REFERENCES_BLOCK ) {
			return block;
		}
		const inner = findReferencesBlock( block.innerBlocks ?? [] );
		if ( inner ) {
			return inner;
		}
	}
	return undefined;
}

/**
 * The entries of a References block, as they are saved.
 *
 * @param block The References block, if the post has one.
 */
export function entriesOf( block: Block | undefined ): SavedReference[] {
	const entries: unknown = block?.attributes.references;
	return Array.isArray( entries ) ? entries : [];
}

/**
 * An identifier in the form two people typing it would agree on.
 *
 * @param field The identifier's field.
 * @param value What was typed.
 */
function canonical( field: 'doi' | 'pmid' | 'pmcid', value: string ): string {
	const trimmed = value.trim();
	if ( field === 'doi' ) {
		// DOIs are case-insensitive (Crossref returns them in lower case).
		return normalizeDoi( trimmed ).toLowerCase();
	}
	if ( field === 'pmid' ) {
		return trimmed.replace( /^PMID:\s*/i, '' );
	}
	return trimmed.replace( /^PMCID:\s*/i, '' ).toUpperCase();
}

/**
 * Whether two references are the same source: one of their DOIs, PMIDs or
 * PMCIDs agrees, so a source cited twice keeps one entry and one number.
 *
 * @param a A reference.
 * @param b Another.
 */
export function sameSource(
	a: Partial< Omit< Reference, 'id' > >,
	b: Partial< Omit< Reference, 'id' > >
): boolean {
	return ( [ 'doi', 'pmid', 'pmcid' ] as const ).some( ( field ) => {
		const left = canonical( field, a[ field ] ?? '' );
		return left !== '' && left === canonical( field, b[ field ] ?? '' );
	} );
}

/**
 * One line naming a reference for the author: first author, year and
 * title, or whatever identifies it.
 *
 * @param reference A reference.
 */
export function referenceSummary(
	reference: Partial< Omit< Reference, 'id' > >
): string {
	const firstAuthor =
		( reference.authors ?? '' )
			.split( ',' )[ 0 ]
			?.trim()
			// "Zarate CA Jr" names the person as "Zarate".
			.split( /\s+/ )[ 0 ] ?? '';
	const head = [ firstAuthor, reference.year ?? '' ]
		.filter( Boolean )
		.join( ' ' );
	const title = ( reference.title ?? '' ).trim();
	const identifier =
		reference.doi || reference.pmid || reference.pmcid || reference.url;
	return [ head, title || identifier ]
		.filter( ( part ) => part && part.trim() )
		.join( ': ' );
}

/**
 * Whether a reference fits what the author typed in the search: every word
 * found in its fields, or an identifier that names the same source.
 *
 * @param reference A reference.
 * @param query     What the author typed.
 */
export function matchesQuery(
	reference: Partial< Omit< Reference, 'id' > >,
	query: string
): boolean {
	const typed = query.trim();
	if ( ! typed ) {
		return true;
	}
	if (
		sameSource( reference, {
			doi: typed,
			pmid: typed,
			pmcid: typed,
		} )
	) {
		return true;
	}
	const haystack = REFERENCE_FIELDS.map( ( field ) => reference[ field ] )
		.join( ' ' )
		.toLocaleLowerCase();
	return typed
		.toLocaleLowerCase()
		.split( /\s+/ )
		.every( ( word ) => haystack.includes( word ) );
}

/**
 * An entry as pickers list it: its number when the text cites it ("2.
 * Zarate 2006: A randomized trial…"), or that it is not cited yet. Cited
 * entries come first in the list, in citation order, so the number is the
 * entry's place.
 *
 * @param entry An entry of the References list.
 * @param index Its place in the list.
 */
export function entryLabel( entry: SavedReference, index: number ): string {
	const summary =
		referenceSummary( entry ) ||
		__( 'Untitled source', 'william-health-blocks' );
	return entry.backlinks?.length
		? sprintf(
				/* translators: 1: the source's citation number, 2: its first author, year and title. */
				__( '%1$d. %2$s', 'william-health-blocks' ),
				index + 1,
				summary
			)
		: sprintf(
				/* translators: %s: the source's first author, year and title. */
				__( '%s (not cited yet)', 'william-health-blocks' ),
				summary
			);
}
