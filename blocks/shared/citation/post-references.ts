/**
 * The post's references in the editor: read from its References block, and
 * added to it. Adding a source the list already has (same DOI, PMID or
 * PMCID) gives the entry it has, so one source keeps one number; adding the
 * first source of a post without a References block puts one at the end of
 * the post, under a "References" heading.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { createBlock, type Block } from '@wordpress/blocks';
import { useRegistry, useSelect } from '@wordpress/data';
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type {
	Reference,
	ReferencesAttributes,
	SavedReference,
} from '../../references/types';
import { newId } from './markers';
import {
	REFERENCES_BLOCK,
	entriesOf,
	findReferencesBlock,
	sameSource,
} from './references';

type Registry = ReturnType< typeof useRegistry >;

export type PostReferences = {
	/** The References block, if the post has one. */
	clientId?: string;
	/** Its entries in list order (the citation numbers once settled). */
	entries: SavedReference[];
};

const NO_ENTRIES: SavedReference[] = [];

/**
 * The post's references, kept current. Every evidence item and every open
 * citation popover asks: so it reads the References block by name (a list
 * the store keeps until blocks are added or removed) and its attributes,
 * and re-renders its caller only when those change, not on every
 * keystroke anywhere in the post.
 */
export function usePostReferences(): PostReferences {
	const { clientId, references } = useSelect( ( select ) => {
		const editor = select( blockEditorStore );
		// In reading order, as findReferencesBlock() finds it.
		const [ first ] = editor.getBlocksByName( REFERENCES_BLOCK );
		return {
			clientId: first,
			references: first
				? editor.getBlockAttributes( first )?.references
				: undefined,
		};
	}, [] );
	return useMemo(
		() => ( {
			clientId,
			entries: Array.isArray( references ) ? references : NO_ENTRIES,
		} ),
		[ clientId, references ]
	);
}

export type Added = { id: string } | { error: string };

/**
 * The wording the References list saves for its backlinks, in the
 * author's language.
 */
export function backText(): string {
	return __( 'Back to the text', 'william-health-blocks' );
}

/**
 * A change of a References list's attributes, with the backlinks' wording
 * added when the list has none yet (a list from a pattern or older markup):
 * it is saved with the list's first real change, never on opening a post,
 * so an unchanged post stays unchanged.
 *
 * @param registry The editor's data registry.
 * @param clientId The References block.
 * @param changes  The attributes to change.
 */
export function listChange< Changes extends Record< string, unknown > >(
	registry: Registry,
	clientId: string,
	changes: Changes
): Changes & Partial< ReferencesAttributes > {
	const current: Partial< ReferencesAttributes > | null = registry
		.select( blockEditorStore )
		.getBlockAttributes( clientId );
	return current?.backText || changes.backText
		? changes
		: { ...changes, backText: backText() };
}

/**
 * A new References list with its heading, for the end of a post.
 *
 * @param entries The list's first entries.
 */
export function newReferencesList( entries: SavedReference[] ): Block[] {
	return [
		createBlock( 'core/heading', {
			content: __( 'References', 'william-health-blocks' ),
			level: 2,
		} ),
		createBlock( REFERENCES_BLOCK, {
			references: entries,
			backText: backText(),
		} ),
	];
}

/**
 * Adds a reference to the post, or finds the one it already has.
 *
 * @param registry The editor's data registry.
 * @param fields   The reference's fields.
 * @return The reference's id, or why it could not be added.
 */
export function addReference(
	registry: Registry,
	fields: Omit< Reference, 'id' >
): Added {
	const editor = registry.select( blockEditorStore );
	const block = findReferencesBlock( editor.getBlocks() );
	const entries = entriesOf( block );
	const existing = entries.find( ( entry ) => sameSource( entry, fields ) );
	if ( existing ) {
		return { id: existing.id };
	}
	const id = newId( 'r', new Set( entries.map( ( entry ) => entry.id ) ) );
	const entry: SavedReference = { id, ...fields, backlinks: [] };
	const { insertBlocks, updateBlockAttributes } =
		registry.dispatch( blockEditorStore );
	if ( block ) {
		updateBlockAttributes(
			block.clientId,
			listChange( registry, block.clientId, {
				references: [ ...entries, entry ],
			} )
		);
		return { id };
	}
	if ( ! editor.canInsertBlockType( REFERENCES_BLOCK, undefined ) ) {
		return {
			error: __(
				'This post cannot take a References list here. Add a References block where the list should go, then cite again.',
				'william-health-blocks'
			),
		};
	}
	// At the end of the post; the caret stays where the author cites.
	insertBlocks( newReferencesList( [ entry ] ), undefined, undefined, false );
	return { id };
}
