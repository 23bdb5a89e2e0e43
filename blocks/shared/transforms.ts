/**
 * Typed builders for block transforms. @wordpress/blocks types a transform's
 * callback with unions (one block or many); each builder here takes the
 * precise signature and holds the one cast.
 */
import type { Block, BlockBlockTransform } from '@wordpress/blocks';

export type Attributes = Record< string, unknown >;

type Transform = NonNullable< BlockBlockTransform[ 'transform' ] >;

/**
 * A transform of one block of the given types.
 *
 * @param blocks    Block names the transform applies to or produces.
 * @param transform Builds the result from one block.
 */
export function blockTransform(
	blocks: string[],
	transform: (
		attributes: Attributes,
		innerBlocks: Block[]
	) => Block | Block[]
): BlockBlockTransform {
	return { type: 'block', blocks, transform: transform as Transform };
}

/**
 * A transform of several selected blocks at once.
 *
 * @param blocks    Block names the transform applies to.
 * @param transform Builds the result from all selected blocks.
 */
export function multiBlockTransform(
	blocks: string[],
	transform: (
		attributesList: Attributes[],
		innerBlocksList: Block[][]
	) => Block | Block[]
): BlockBlockTransform {
	return {
		type: 'block',
		blocks,
		isMultiBlock: true,
		transform: transform as Transform,
	};
}

/**
 * A rich-text or plain attribute as an HTML string ('' when absent).
 *
 * @param value Attribute value: a string or a RichTextData object.
 */
export function text( value: unknown ): string {
	return value === undefined || value === null ? '' : String( value );
}
