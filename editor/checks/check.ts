/**
 * What a pre-publish check is: a function from the post's blocks to
 * problems, each tied to the block that holds it.
 */
import type { Block } from '@wordpress/blocks';

/**
 * Where a problem is fixed: a block (and the id of the element in it, when
 * the block is long), or a panel of the post's settings.
 */
export type Target =
	{ clientId: string; elementId?: string } | { panel: 'medical-review' };

export type Problem = Target & {
	/** What is wrong, in the editor's language, naming the block and value. */
	message: string;
};

/** What checks know of the post beside its blocks. */
export type CheckContext = {
	review: {
		/** The reviewer's user id, 0 for none. */
		reviewer: number;
		/** YYYY-MM-DD or ''. */
		lastReviewed: string;
		/** YYYY-MM-DD or ''. */
		nextReview: string;
	};
	/** Today in the site's timezone, YYYY-MM-DD. */
	today: string;
	/**
	 * The guidance text of the plugin's starter and skeleton patterns, in
	 * the editor's language; absent until the patterns have loaded.
	 */
	guidance?: Guidance;
};

/** Guidance texts of patterns, to find them left in a post. */
export type Guidance = {
	/** Whole field texts of the guidance patterns. */
	texts: ReadonlySet< string >;
	/** Their longer sentences and clauses, recognised within a field. */
	phrases: readonly string[];
};

export type Check = {
	/** A stable name, unique among the checks. */
	name: string;
	/** The problems in the post's blocks, in reading order. */
	run: ( blocks: readonly Block[], context: CheckContext ) => Problem[];
};

/**
 * Calls a function for each block, parents before their inner blocks, with
 * the block's position among its siblings.
 *
 * @param blocks Blocks with their inner blocks.
 * @param visit  Called with each block and its index in its parent.
 */
export function eachBlock(
	blocks: readonly Block[],
	visit: ( block: Block, index: number ) => void
): void {
	blocks.forEach( ( block, index ) => {
		visit( block, index );
		eachBlock( block.innerBlocks ?? [], visit );
	} );
}
