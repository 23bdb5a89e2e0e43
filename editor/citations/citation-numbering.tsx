/**
 * Keeps the citation numbers in the saved markup right while the author
 * writes: after every change of the post's blocks, the markers that show
 * another number (or share an id) are rewritten, then the References list
 * is put in citation order with its backlinks. Before that, evidence items
 * saved when they held their own source (version 1) have their sources
 * moved into the References list, which is started at the end of the post
 * if it has none. These are the editor's changes, not the author's: they
 * join the change that caused them instead of making undo steps of their
 * own.
 *
 * Removing the References list takes every source with it and leaves the
 * markers pointing nowhere, so the author is told at once, with Undo.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { useDispatch, useRegistry, useSelect } from '@wordpress/data';
import { useEffect, useRef } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	planLegacyMove,
	type LegacyMove,
} from '../../blocks/evidence-item/legacy-sources';
import { planNumbering } from '../../blocks/shared/citation/numbering';
import {
	listChange,
	newReferencesList,
} from '../../blocks/shared/citation/post-references';
import {
	REFERENCES_BLOCK,
	findReferencesBlock,
} from '../../blocks/shared/citation/references';
import { useMarkNextChangeAsNotPersistent } from '../../blocks/shared/editor-store';
import { undoLastChange } from '../editor-ui';

const LIST_REMOVED_NOTICE = 'william-health/references-removed';

export function CitationNumbering() {
	const blocks = useSelect(
		( select ) => select( blockEditorStore ).getBlocks(),
		[]
	);
	const registry = useRegistry();
	const markNotPersistent = useMarkNextChangeAsNotPersistent();
	const { insertBlocks, updateBlockAttributes } =
		useDispatch( blockEditorStore );
	const { createWarningNotice, removeNotice } = useDispatch( noticesStore );
	const hadList = useRef< boolean | null >( null );

	useEffect( () => {
		// One plan per round: the warning counts its missing sources, the
		// numbering applies it.
		const plan = planNumbering( blocks );
		const hasList = !! findReferencesBlock( blocks );
		if ( hasList ) {
			removeNotice( LIST_REMOVED_NOTICE );
		} else if ( hadList.current ) {
			warnListRemoved( plan.missing.length );
		}
		hadList.current = hasList;

		const move = planLegacyMove( blocks );
		if ( move ) {
			moveLegacySources( move );
			return;
		}
		// Markers first: the list's backlinks need their final ids.
		let updates = plan.markers;
		if ( ! updates.length && plan.references ) {
			const { clientId, attributes } = plan.references;
			updates = [
				{
					clientId,
					attributes: listChange( registry, clientId, attributes ),
				},
			];
		}
		if ( ! updates.length ) {
			return;
		}
		registry.batch( () => {
			for ( const { clientId, attributes } of updates ) {
				// The mark holds for the next change only.
				markNotPersistent();
				updateBlockAttributes( clientId, attributes );
			}
		} );
		// Only the blocks' change starts a round; the callbacks are stable.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ blocks ] );

	/**
	 * Tells the author that the References list went, if citations needed it.
	 *
	 * @param citations How many citations now point to no source.
	 */
	function warnListRemoved( citations: number ) {
		if ( ! citations ) {
			return;
		}
		createWarningNotice(
			sprintf(
				/* translators: %d: number of citations in the post. */
				_n(
					'The References list was removed with its sources: %d citation now points to no source.',
					'The References list was removed with its sources: %d citations now point to no source.',
					citations,
					'william-health-blocks'
				),
				citations
			),
			{
				id: LIST_REMOVED_NOTICE,
				actions: [
					{
						label: __( 'Undo', 'william-health-blocks' ),
						onClick: () => undoLastChange( registry ),
					},
				],
			}
		);
	}

	/**
	 * Moves version 1 sources into the References list, as one change.
	 *
	 * @param move What to add and which items cite what.
	 */
	function moveLegacySources( move: LegacyMove ) {
		const editor = registry.select( blockEditorStore );
		if (
			! move.listClientId &&
			! editor.canInsertBlockType( REFERENCES_BLOCK, undefined )
		) {
			// Where no list can go (a locked template), items keep printing
			// their own source.
			return;
		}
		registry.batch( () => {
			markNotPersistent();
			if ( move.listClientId ) {
				updateBlockAttributes(
					move.listClientId,
					listChange( registry, move.listClientId, {
						references: move.entries,
					} )
				);
			} else {
				insertBlocks(
					newReferencesList( move.entries ),
					undefined,
					undefined,
					false
				);
			}
			for ( const { clientId, refId } of move.items ) {
				markNotPersistent();
				updateBlockAttributes( clientId, {
					refId,
					legacySource: undefined,
				} );
			}
		} );
	}

	return null;
}
