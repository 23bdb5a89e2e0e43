/**
 * Checks on the article's medical review: no reviewer named, or the review
 * overdue. Each line opens the "Medical review" panel of the post settings.
 */
import { __, sprintf } from '@wordpress/i18n';

import { formatDay } from '../../blocks/shared/as-of';
import type { Check } from './check';

export const noReviewer: Check = {
	name: 'no-reviewer',
	run: ( _blocks, { review } ) =>
		review.reviewer
			? []
			: [
					{
						panel: 'medical-review',
						message: __(
							'No medical reviewer is named: readers and search engines see no review. A medical reviewer or editor can add one in “Medical review”.',
							'william-health-blocks'
						),
					},
				],
};

export const reviewOverdue: Check = {
	name: 'review-overdue',
	run: ( _blocks, { review, today } ) =>
		review.lastReviewed && review.nextReview && review.nextReview < today
			? [
					{
						panel: 'medical-review',
						message: sprintf(
							/* translators: %s: the day the review was due. */
							__(
								'The medical review was due on %s: the page still shows the old review date.',
								'william-health-blocks'
							),
							formatDay( review.nextReview )
						),
					},
				]
			: [],
};
