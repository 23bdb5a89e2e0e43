/**
 * The article's review details as the editor holds them: the post meta the
 * plugin registers (plugin/includes/review.php) and the state the server
 * derives (changed since review, overdue, whether this user may review).
 */
import { useEntityProp } from '@wordpress/core-data';
import { useCallback } from '@wordpress/element';

import { useCurrentPost } from '../current-post';

export type ReviewMeta = {
	william_health_reviewer: number;
	william_health_last_reviewed: string;
	william_health_next_review: string;
	william_health_review_note: string;
};

export type ReviewState = {
	changedSinceReview: boolean;
	overdue: boolean;
	canReview: boolean;
	/** Months between reviews, site-wide. */
	interval: number;
};

const NO_STATE: ReviewState = {
	changedSinceReview: false,
	overdue: false,
	canReview: false,
	interval: 12,
};

/**
 * The review fields of the post being edited, and a setter for them.
 */
export function useReviewMeta(): {
	review: ReviewMeta;
	setReview: ( changes: Partial< ReviewMeta > ) => void;
	state: ReviewState;
} {
	const { type } = useCurrentPost();
	const [ meta, setMeta ] = useEntityProp( 'postType', type, 'meta' );
	const [ state ] = useEntityProp(
		'postType',
		type,
		'william_health_review'
	);
	const current: Partial< ReviewMeta > = meta ?? {};
	const review: ReviewMeta = {
		william_health_reviewer: Number( current.william_health_reviewer ?? 0 ),
		william_health_last_reviewed: String(
			current.william_health_last_reviewed ?? ''
		),
		william_health_next_review: String(
			current.william_health_next_review ?? ''
		),
		william_health_review_note: String(
			current.william_health_review_note ?? ''
		),
	};
	const setReview = useCallback(
		( changes: Partial< ReviewMeta > ) =>
			setMeta( { ...( meta ?? {} ), ...changes } ),
		[ meta, setMeta ]
	);
	return { review, setReview, state: { ...NO_STATE, ...( state ?? {} ) } };
}
