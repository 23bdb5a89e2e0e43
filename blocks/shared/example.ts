/**
 * Inserter previews in the editor's language. WordPress translates a
 * block.json's title, description and keywords but not its `example`, so
 * examples with words are built here with __(), as core's blocks build
 * theirs in index.js.
 */
import type { BlockConfiguration } from '@wordpress/blocks';

/** A block of an example: its attribute values and its inner blocks. */
export type ExampleBlock< Attributes = Record< string, unknown > > = {
	attributes?: Partial< Attributes >;
	innerBlocks?: Array< { name: string } & ExampleBlock >;
};

/**
 * The example as block settings take it. @wordpress/blocks types an
 * example's attributes as attribute definitions, though they are values;
 * this is the one place that says so.
 *
 * @param example The example's values.
 */
export function blockExample< Attributes >(
	example: ExampleBlock< Attributes >
): BlockConfiguration[ 'example' ] {
	return example as BlockConfiguration[ 'example' ];
}
