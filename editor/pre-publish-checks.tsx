/**
 * The "Health content checks" panel of the pre-publish sidebar: every
 * problem the checks find, each a button that selects the block holding it
 * and shows that block's settings, where the field at fault is marked, or
 * opens the post settings panel that fixes it. Publishing stays allowed.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { Button } from '@wordpress/components';
import { useRegistry, useSelect } from '@wordpress/data';
import { PluginPrePublishPanel } from '@wordpress/editor';
import { date } from '@wordpress/date';
import { useMemo } from '@wordpress/element';
import type { Block } from '@wordpress/blocks';
import { __, _n, sprintf } from '@wordpress/i18n';

import { runChecks, type Target } from './checks';
import { usePatternGuidance } from './checks/use-pattern-guidance';
import { usePublishSidebarOpened } from './current-post';
import { showBlockSettings, showPostPanel } from './editor-ui';
import { PLUGIN } from './plugin';
import { useReviewMeta } from './review/review-meta';

const NO_BLOCKS: readonly Block[] = [];

export function PrePublishChecks() {
	const registry = useRegistry();
	// The checks run while the pre-publish panel is open only: the panel is
	// all that shows them, and reading every block on every keystroke (and
	// the plugin's patterns on load) slowed down long articles for nothing.
	const isOpen = usePublishSidebarOpened();
	const blocks = useSelect(
		( select ) =>
			isOpen ? select( blockEditorStore ).getBlocks() : NO_BLOCKS,
		[ isOpen ]
	);
	const { review } = useReviewMeta();
	const guidance = usePatternGuidance( isOpen );
	const {
		william_health_reviewer: reviewer,
		william_health_last_reviewed: lastReviewed,
		william_health_next_review: nextReview,
	} = review;
	const problems = useMemo(
		() =>
			runChecks( blocks, {
				review: { reviewer, lastReviewed, nextReview },
				today: date( 'Y-m-d' ),
				guidance,
			} ),
		[ blocks, reviewer, lastReviewed, nextReview, guidance ]
	);
	const show = ( target: Target ) =>
		'clientId' in target
			? showBlockSettings( registry, target.clientId, target.elementId )
			: showPostPanel( registry, `${ PLUGIN }/${ target.panel }` );

	// Rendered once open, with the problems of that moment: the panel's
	// initialOpen is read when it mounts.
	if ( ! isOpen ) {
		return null;
	}
	return (
		<PluginPrePublishPanel
			className="william-health-checks"
			title={ __( 'Health content checks', 'william-health-blocks' ) }
			initialOpen={ problems.length > 0 }
		>
			{ problems.length === 0 ? (
				<p>
					{ __(
						'Nothing to check: every source can be linked, every notice has a heading and the article has a reviewer.',
						'william-health-blocks'
					) }
				</p>
			) : (
				<>
					<p>
						{ sprintf(
							/* translators: %d: number of problems found. */
							_n(
								'%d thing to check. You can still publish; select it to fix it first.',
								'%d things to check. You can still publish; select one to fix it first.',
								problems.length,
								'william-health-blocks'
							),
							problems.length
						) }
					</p>
					<ul className="william-health-checks__list">
						{ problems.map( ( problem, index ) => (
							<li key={ `${ problem.check }-${ index }` }>
								<Button
									variant="link"
									onClick={ () => show( problem ) }
								>
									{ problem.message }
								</Button>
							</li>
						) ) }
					</ul>
				</>
			) }
		</PluginPrePublishPanel>
	);
}
