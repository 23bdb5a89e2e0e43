/**
 * The checks the pre-publish panel runs over the post's blocks and its
 * review. The panel lists every problem as a line that selects the block
 * holding it or opens the panel that fixes it; publishing is never blocked.
 * Add a check to CHECKS to have it listed.
 */
import type { Block } from '@wordpress/blocks';

import type { Check, CheckContext, Problem } from './check';
import { citationsWithoutReference, unusedReferences } from './citation-checks';
import {
	evidenceWithoutSource,
	noticeWithoutHeading,
	routeRowsWithoutRoute,
	tooManyWarnings,
} from './content-checks';
import { invalidIdentifiers } from './invalid-identifiers';
import { patternGuidanceLeft } from './pattern-guidance';
import { noReviewer, reviewOverdue } from './review-checks';
import { routeCodesContradictWords } from './route-codes';
import {
	evidenceWithoutFinding,
	noticeWithoutBody,
	stepWithoutLabel,
} from './unfinished-checks';

export type { Check, CheckContext, Guidance, Problem, Target } from './check';

export const CHECKS: readonly Check[] = [
	patternGuidanceLeft,
	evidenceWithoutFinding,
	stepWithoutLabel,
	noticeWithoutBody,
	invalidIdentifiers,
	evidenceWithoutSource,
	citationsWithoutReference,
	unusedReferences,
	noticeWithoutHeading,
	tooManyWarnings,
	routeRowsWithoutRoute,
	routeCodesContradictWords,
	noReviewer,
	reviewOverdue,
];

/**
 * Every problem the checks find, check by check.
 *
 * @param blocks  The post's top-level blocks, inner blocks included.
 * @param context What the checks know of the post beside its blocks.
 * @param checks  The checks to run.
 */
export function runChecks(
	blocks: readonly Block[],
	context: CheckContext,
	checks: readonly Check[] = CHECKS
): Array< Problem & { check: string } > {
	return checks.flatMap( ( check ) =>
		check
			.run( blocks, context )
			.map( ( problem ) => ( { ...problem, check: check.name } ) )
	);
}
