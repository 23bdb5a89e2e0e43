/**
 * The checks the pre-publish panel runs over the post's blocks. The panel
 * lists every problem as a line that selects the block holding it;
 * publishing is never blocked. Add a check to CHECKS to have it listed (the
 * review workflow will add its own: notices without a heading, items
 * without a source, …).
 */
import type { Block } from '@wordpress/blocks';

import type { Check, Problem } from './check';
import { invalidIdentifiers } from './invalid-identifiers';

export type { Check, Problem } from './check';

export const CHECKS: readonly Check[] = [ invalidIdentifiers ];

/**
 * Every problem the checks find, check by check.
 *
 * @param blocks The post's top-level blocks, inner blocks included.
 * @param checks The checks to run.
 */
export function runChecks(
	blocks: readonly Block[],
	checks: readonly Check[] = CHECKS
): Array< Problem & { check: string } > {
	return checks.flatMap( ( check ) =>
		check
			.run( blocks )
			.map( ( problem ) => ( { ...problem, check: check.name } ) )
	);
}
