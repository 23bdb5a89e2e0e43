/**
 * The words a block holds in its own text fields: its content attributes
 * (rich text typed on the canvas), read as plain text. Inner blocks are
 * blocks of their own and are not included.
 */
import { getBlockType, type Block } from '@wordpress/blocks';

import { cellAt } from '../../blocks/administration-routes/table-parts';
import type { AdministrationRoutesAttributes } from '../../blocks/administration-routes/types';
import { plainText } from '../../blocks/shared/plain-text';

/** One text field of a block and its words. */
export type BlockText = { field: string; text: string };

type AttributeDefinition = {
	source?: string;
	role?: string;
	__experimentalRole?: string;
};

/**
 * Whether an attribute holds words typed on the canvas: a content role, or
 * rich text or HTML taken from the markup.
 *
 * @param definition The attribute as the block type declares it.
 */
function isTextField( definition: AttributeDefinition ): boolean {
	return (
		definition.role === 'content' ||
		definition.__experimentalRole === 'content' ||
		definition.source === 'rich-text' ||
		definition.source === 'html'
	);
}

/**
 * Words with their spaces folded, for comparing texts.
 *
 * @param text Plain text.
 */
export function foldSpaces( text: string ): string {
	return text.replace( /\s+/g, ' ' ).trim();
}

/**
 * A block's own text fields that hold words, in the order the block type
 * declares them. A route table's cells count as its fields too (they are
 * typed on the canvas but kept in one attribute).
 *
 * @param block A block.
 */
export function blockTexts( block: Block ): BlockText[] {
	const definitions: Record< string, AttributeDefinition > =
		getBlockType( block.name )?.attributes ?? {};
	const texts: BlockText[] = Object.entries( definitions )
		.filter( ( [ , definition ] ) => isTextField( definition ) )
		.map( ( [ field ] ) => ( {
			field,
			text: foldSpaces( plainText( block.attributes[ field ] ) ),
		} ) );
	if ( block.name === 'william-health/administration-routes' ) {
		const table: Partial< AdministrationRoutesAttributes > =
			block.attributes;
		const { columns = [], rows = [] } = table;
		rows.forEach( ( row, rowIndex ) =>
			columns.forEach( ( column, index ) =>
				texts.push( {
					field: `rows.${ rowIndex }.${ column.key }`,
					text: foldSpaces( plainText( cellAt( row, index ) ) ),
				} )
			)
		);
	}
	return texts.filter( ( { text } ) => text !== '' );
}

/**
 * Whether a block and every block inside it hold no words.
 *
 * @param blocks Blocks with their inner blocks.
 */
export function hasNoWords( blocks: readonly Block[] ): boolean {
	return blocks.every(
		( block ) =>
			blockTexts( block ).length === 0 &&
			hasNoWords( block.innerBlocks ?? [] )
	);
}
