/**
 * Checks on blocks left unfinished, which would publish as a bare number or
 * a box with no name: an evidence item without its finding, a mechanism
 * step without its label, a safety notice with nothing in its body.
 */
import { __, sprintf } from '@wordpress/i18n';

import { kindLabel } from '../../blocks/mechanism-step/vocabulary';
import { plainText } from '../../blocks/shared/plain-text';
import { hasNoWords } from './block-text';
import { eachBlock, type Check, type Problem } from './check';

export const evidenceWithoutFinding: Check = {
	name: 'evidence-without-finding',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		eachBlock( blocks, ( block, index ) => {
			if (
				block.name === 'william-health/evidence-item' &&
				! plainText( block.attributes.finding ).trim()
			) {
				problems.push( {
					clientId: block.clientId,
					message: sprintf(
						/* translators: %d: the item's number in its evidence list. */
						__(
							'Evidence item %d has no finding: readers see only its number. Write what the study found, or remove the item.',
							'william-health-blocks'
						),
						index + 1
					),
				} );
			}
		} );
		return problems;
	},
};

export const stepWithoutLabel: Check = {
	name: 'step-without-label',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		eachBlock( blocks, ( block, index ) => {
			if (
				block.name === 'william-health/mechanism-step' &&
				! plainText( block.attributes.label ).trim()
			) {
				const kind =
					String( block.attributes.kindLabel ?? '' ) ||
					kindLabel( String( block.attributes.kind ?? '' ) );
				problems.push( {
					clientId: block.clientId,
					message: sprintf(
						/* translators: 1: the step's number in its diagram, 2: the kind of step readers see instead, such as "Process". */
						__(
							'Mechanism step %1$d has no label: readers see a box saying only “%2$s”. Name what acts or changes, or remove the step.',
							'william-health-blocks'
						),
						index + 1,
						kind
					),
				} );
			}
		} );
		return problems;
	},
};

export const noticeWithoutBody: Check = {
	name: 'notice-without-body',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		let number = 0;
		eachBlock( blocks, ( block ) => {
			if ( block.name !== 'william-health/safety-notice' ) {
				return;
			}
			number++;
			if ( hasNoWords( block.innerBlocks ?? [] ) ) {
				problems.push( {
					clientId: block.clientId,
					message: sprintf(
						/* translators: %d: the notice's number in the post. */
						__(
							'Safety notice %d has no body text: readers get a warning with nothing under it. Describe the risk in its body.',
							'william-health-blocks'
						),
						number
					),
				} );
			}
		} );
		return problems;
	},
};
