/**
 * Moving the sources of evidence items saved by version 1 (which held
 * their study's source themselves) into the post's References list: one
 * entry per source (an entry the list already has, by DOI or PMID, is
 * reused), each item then citing its entry. The editor does this when the
 * post is opened (editor/citations/citation-numbering.tsx).
 */
import type { Block } from '@wordpress/blocks';

import type { Reference, SavedReference } from '../references/types';
import { newId } from '../shared/citation/markers';
import {
	REFERENCE_FIELDS,
	emptyReference,
	entriesOf,
	findReferencesBlock,
	sameSource,
} from '../shared/citation/references';
import { hasLegacySource } from './legacy-reference';
import type { EvidenceItemAttributes, StudySource } from './types';

const ITEM = 'william-health/evidence-item';

export type LegacyMove = {
	/** The References block to add to, if the post has one. */
	listClientId?: string;
	/** The list's entries afterwards: its own, then the moved sources. */
	entries: SavedReference[];
	/** Each item with a moved source, and the entry it now cites. */
	items: Array< { clientId: string; refId: string } >;
};

/**
 * A version 1 source as a reference.
 *
 * @param source The item's own source.
 */
function asReference( source: StudySource ): Omit< Reference, 'id' > {
	return { ...emptyReference(), ...source };
}

/**
 * Whether two sources are the same: an identifier agrees, or every field.
 *
 * @param entry  An entry of the list.
 * @param source A moved source.
 */
function isSame(
	entry: SavedReference,
	source: Omit< Reference, 'id' >
): boolean {
	return (
		sameSource( entry, source ) ||
		REFERENCE_FIELDS.every(
			( field ) => ( entry[ field ] ?? '' ) === ( source[ field ] ?? '' )
		)
	);
}

/**
 * What moving the post's version 1 sources takes, or null when no item
 * holds one.
 *
 * @param blocks The post's blocks.
 */
export function planLegacyMove( blocks: readonly Block[] ): LegacyMove | null {
	const list = findReferencesBlock( blocks );
	const entries = [ ...entriesOf( list ) ];
	const items: LegacyMove[ 'items' ] = [];
	const visit = ( block: Block ) => {
		if ( block.name === ITEM ) {
			const { legacySource }: Partial< EvidenceItemAttributes > =
				block.attributes;
			if ( legacySource && hasLegacySource( legacySource ) ) {
				const source = asReference( legacySource );
				let entry = entries.find( ( known ) =>
					isSame( known, source )
				);
				if ( ! entry ) {
					entry = {
						id: newId(
							'r',
							new Set( entries.map( ( { id } ) => id ) )
						),
						...source,
						backlinks: [],
					};
					entries.push( entry );
				}
				items.push( { clientId: block.clientId, refId: entry.id } );
			}
		}
		( block.innerBlocks ?? [] ).forEach( visit );
	};
	blocks.forEach( visit );
	return items.length
		? { listClientId: list?.clientId, entries, items }
		: null;
}
