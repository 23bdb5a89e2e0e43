/**
 * Unit-test helpers for citations: the format and the References block
 * registered as the editor registers them (edit left out), markers written
 * as the format saves them, and the numbering run until it settles, as the
 * editor runs it after every change.
 */
import {
	createBlock,
	getBlockType,
	registerBlockType,
	type Block,
} from '@wordpress/blocks';

import metadata from '../../references/block.json';
import save from '../../references/save';
import type { SavedReference } from '../../references/types';
import { registerCoreTestBlocks } from '../test-utils';
import { citationFormat, registerCitationFormat } from './format-type';
import { CITATION_CLASS } from './markers';
import { planNumbering, type NumberingPlan } from './numbering';
import { REFERENCES_BLOCK } from './references';

/** Registers core stand-ins, the citation format and the References block. */
export function registerCitationTestBlocks(): void {
	registerCoreTestBlocks();
	registerCitationFormat( citationFormat( 'Citation', () => null ) );
	if ( ! getBlockType( REFERENCES_BLOCK ) ) {
		registerBlockType( JSON.parse( JSON.stringify( metadata ) ) as never, {
			edit: () => null,
			save,
		} );
	}
}

/**
 * A marker as the format saves it.
 *
 * @param ref   The reference id.
 * @param id    The marker's id.
 * @param label What it shows.
 */
export function marker( ref: string, id: string, label = '1' ): string {
	return `<sup class="${ CITATION_CLASS }" data-ref="${ ref }" id="${ id }"><a href="#ref-${ ref }">${ label }</a></sup>`;
}

/**
 * A paragraph block.
 *
 * @param content Its HTML.
 */
export function paragraph( content: string ): Block {
	return createBlock( 'core/paragraph', { content } );
}

/**
 * A References block with entries that have only an id and a title.
 *
 * @param entries The entries.
 */
export function referencesBlock( entries: SavedReference[] ): Block {
	return createBlock( REFERENCES_BLOCK, {
		references: entries,
		backText: 'Back to the text',
	} );
}

/**
 * Blocks with a plan's changes made, as the block editor makes them.
 *
 * @param blocks The blocks.
 * @param plan   What the numbering asked for.
 */
export function applyPlan( blocks: Block[], plan: NumberingPlan ): Block[] {
	const updates = [
		...plan.markers,
		...( plan.references ? [ plan.references ] : [] ),
	];
	const apply = ( list: Block[] ): Block[] =>
		list.map( ( block ) => {
			const update = updates.find(
				( { clientId } ) => clientId === block.clientId
			);
			const innerBlocks = apply( block.innerBlocks );
			return update ||
				innerBlocks.some(
					( inner, i ) => inner !== block.innerBlocks[ i ]
				)
				? {
						...block,
						attributes: {
							...block.attributes,
							...update?.attributes,
						},
						innerBlocks,
					}
				: block;
		} );
	return apply( blocks );
}

/**
 * The blocks once the numbering has nothing left to change.
 *
 * @param blocks The post's blocks.
 * @return The settled blocks and how many rounds it took.
 */
export function settle( blocks: Block[] ): { blocks: Block[]; rounds: number } {
	let current = blocks;
	for ( let rounds = 0; rounds < 5; rounds++ ) {
		const plan = planNumbering( current );
		if ( ! plan.markers.length && ! plan.references ) {
			return { blocks: current, rounds };
		}
		current = applyPlan( current, plan );
	}
	throw new Error( 'The numbering did not settle in five rounds.' );
}
