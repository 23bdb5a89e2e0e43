/**
 * The "Medical review" panel of the post settings: who reviewed the article,
 * when, when the next review is due, and a note for the reviewer. Medical
 * reviewers, editors and administrators change the review; everyone else
 * reads it, with a line saying who can change it (the server refuses anyone
 * else), and may still leave the reviewer a note.
 */
import apiFetch from '@wordpress/api-fetch';
import {
	Button,
	Notice,
	SelectControl,
	TextControl,
	TextareaControl,
	// Core's own panels space their fields with VStack; no stable export yet.
	// eslint-disable-next-line @wordpress/no-unsafe-wp-apis
	__experimentalVStack as VStack,
} from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { date } from '@wordpress/date';
import { PluginDocumentSettingPanel } from '@wordpress/editor';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { formatDay } from '../../blocks/shared/as-of';
import { addMonths } from './dates';
import { useReviewMeta } from './review-meta';

/** The panel's name; its full name opens it from the pre-publish checks. */
export const REVIEW_PANEL = 'medical-review';

export type Reviewer = {
	id: number;
	name: string;
	qualifications: string;
	jobTitle: string;
};

// One request per page, however often the panel mounts; its answer comes
// with the editor's page (plugin/includes/reviewer-profile.php preloads it).
let reviewersRequest: Promise< Reviewer[] > | undefined;

/**
 * Asks for the reviewers now: called as the script loads, while the
 * editor's preloaded answers are there (they are cleared once it has
 * loaded, before the panel mounts).
 */
export function requestReviewers(): Promise< Reviewer[] > {
	reviewersRequest ??= apiFetch< Reviewer[] >( {
		path: '/william-health/v1/reviewers',
	} );
	return reviewersRequest;
}

/**
 * The users who may review, with their qualifications.
 */
function useReviewers(): Reviewer[] {
	const [ reviewers, setReviewers ] = useState< Reviewer[] >( [] );
	useEffect( () => {
		let current = true;
		requestReviewers()
			.then( ( list ) => current && setReviewers( list ) )
			// Without the list the picker offers the saved reviewer only;
			// the panel's next mount asks again.
			.catch( () => {
				reviewersRequest = undefined;
			} );
		return () => {
			current = false;
		};
	}, [] );
	return reviewers;
}

/**
 * A reviewer as the picker and the read-only summary name them.
 *
 * @param reviewer A reviewer.
 */
export function reviewerLabel( reviewer: Reviewer ): string {
	return reviewer.qualifications
		? sprintf(
				/* translators: 1: reviewer's name, 2: their qualifications, such as "MD, MRCPsych". */
				__( '%1$s, %2$s', 'william-health-blocks' ),
				reviewer.name,
				reviewer.qualifications
			)
		: reviewer.name;
}

export function ReviewPanel() {
	const { review, setReview, state } = useReviewMeta();
	const reviewers = useReviewers();
	const userId = useSelect(
		( select ) => select( coreStore ).getCurrentUser()?.id ?? 0,
		[]
	);
	const {
		william_health_reviewer: reviewerId,
		william_health_last_reviewed: lastReviewed,
		william_health_next_review: nextReview,
		william_health_review_note: note,
	} = review;
	const reviewer = reviewers.find( ( { id } ) => id === reviewerId );
	const today = date( 'Y-m-d' );

	const markReviewedToday = () =>
		setReview( {
			william_health_last_reviewed: today,
			william_health_next_review: addMonths( today, state.interval ),
			// Whoever marks it reviewed (only those who may review can) vouches
			// for it, unless a reviewer is named.
			...( ! reviewerId && userId
				? { william_health_reviewer: userId }
				: {} ),
		} );

	const statusLines: string[] = [];
	if ( ! lastReviewed ) {
		statusLines.push( __( 'Never reviewed.', 'william-health-blocks' ) );
	}
	if ( state.changedSinceReview ) {
		statusLines.push(
			__(
				'Changed since review: the words differ from what was reviewed. The page keeps the old review date until the article is reviewed again.',
				'william-health-blocks'
			)
		);
	}
	if ( state.overdue ) {
		statusLines.push(
			sprintf(
				/* translators: %s: the day the review was due. */
				__( 'Review overdue since %s.', 'william-health-blocks' ),
				formatDay( nextReview )
			)
		);
	}

	return (
		<PluginDocumentSettingPanel
			name={ REVIEW_PANEL }
			title={ __( 'Medical review', 'william-health-blocks' ) }
			className="william-health-review-panel"
		>
			<VStack spacing={ 4 }>
				{ statusLines.map( ( line ) => (
					<Notice
						key={ line }
						status={ lastReviewed ? 'warning' : 'info' }
						isDismissible={ false }
					>
						{ line }
					</Notice>
				) ) }
				{ state.canReview ? (
					<>
						<SelectControl
							__next40pxDefaultSize
							label={ __( 'Reviewer', 'william-health-blocks' ) }
							value={ String( reviewerId ) }
							options={ [
								{
									value: '0',
									label: __(
										'No reviewer named',
										'william-health-blocks'
									),
								},
								...reviewers.map( ( item ) => ( {
									value: String( item.id ),
									label: reviewerLabel( item ),
								} ) ),
								// Named but not (yet) in the list: still shown as named.
								...( reviewerId && ! reviewer
									? [
											{
												value: String( reviewerId ),
												label: __(
													'The named reviewer',
													'william-health-blocks'
												),
											},
										]
									: [] ),
							] }
							onChange={ ( value: string ) =>
								setReview( {
									william_health_reviewer: Number( value ),
								} )
							}
						/>
						<Button
							variant="secondary"
							onClick={ markReviewedToday }
						>
							{ __(
								'Mark as reviewed today',
								'william-health-blocks'
							) }
						</Button>
						<TextControl
							__next40pxDefaultSize
							type="date"
							label={ __(
								'Last reviewed',
								'william-health-blocks'
							) }
							help={ __(
								'Change it only when the whole article was reviewed.',
								'william-health-blocks'
							) }
							value={ lastReviewed }
							onChange={ ( value ) =>
								setReview( {
									william_health_last_reviewed: value,
									william_health_next_review:
										nextReview && nextReview > value
											? nextReview
											: addMonths(
													value,
													state.interval
												),
								} )
							}
						/>
						<TextControl
							__next40pxDefaultSize
							type="date"
							label={ __(
								'Next review due',
								'william-health-blocks'
							) }
							help={ sprintf(
								/* translators: %d: months between reviews. */
								__(
									'%d months after the last review unless you pick another day.',
									'william-health-blocks'
								),
								state.interval
							) }
							value={ nextReview }
							onChange={ ( value ) =>
								setReview( {
									william_health_next_review: value,
								} )
							}
						/>
					</>
				) : (
					<dl className="william-health-review-panel__summary">
						<dt>{ __( 'Reviewer', 'william-health-blocks' ) }</dt>
						<dd>
							{ reviewer
								? reviewerLabel( reviewer )
								: __( 'None named', 'william-health-blocks' ) }
						</dd>
						<dt>
							{ __( 'Last reviewed', 'william-health-blocks' ) }
						</dt>
						<dd>{ formatDay( lastReviewed ) || '—' }</dd>
						<dt>
							{ __( 'Next review due', 'william-health-blocks' ) }
						</dt>
						<dd>{ formatDay( nextReview ) || '—' }</dd>
					</dl>
				) }
				<TextareaControl
					label={ __(
						'Note for the reviewer',
						'william-health-blocks'
					) }
					help={ __(
						'What the reviewer should look at. Not shown to readers.',
						'william-health-blocks'
					) }
					value={ note }
					onChange={ ( value ) =>
						setReview( { william_health_review_note: value } )
					}
				/>
				{ ! state.canReview && (
					<p>
						{ __(
							'Only medical reviewers, editors and administrators can change the review.',
							'william-health-blocks'
						) }
					</p>
				) }
			</VStack>
		</PluginDocumentSettingPanel>
	);
}
