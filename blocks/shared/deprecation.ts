/**
 * A typed builder for block deprecations. @wordpress/blocks types a block's
 * deprecations as taking any attributes; each deprecation here states the
 * attributes its frozen save reads, and this helper holds the one cast.
 */
import type { Block, BlockDeprecation } from '@wordpress/blocks';
import type { ComponentType } from 'react';

type Attributes = Record< string, unknown >;

type Deprecation< Old extends Attributes, New extends Attributes > = Omit<
	BlockDeprecation< New, Old >,
	'save' | 'migrate' | 'isEligible'
> & {
	save: ComponentType< { attributes: Old } >;
	migrate?: (
		attributes: Old,
		innerBlocks: Block[]
	) => New | [ New, Block[] ];
	isEligible?: ( attributes: Old, innerBlocks: Block[] ) => boolean;
};

/**
 * One earlier version of a block's saved markup.
 *
 * @param version The frozen attributes, supports and save, and how to migrate.
 */
export function deprecation< Old extends Attributes, New extends Attributes >(
	version: Deprecation< Old, New >
): BlockDeprecation< New > {
	return version as unknown as BlockDeprecation< New >;
}
