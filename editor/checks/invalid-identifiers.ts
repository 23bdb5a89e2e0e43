/**
 * Identifiers that cannot be linked as typed: an evidence item's DOI, PMID or
 * web address, a notice's crisis-line number or address. The page shows them
 * as text, so the author may want to fix them before publishing.
 */
import { __, sprintf } from '@wordpress/i18n';

import { sourceProblems } from '../../blocks/evidence-item/source-checks';
import type { EvidenceItemAttributes } from '../../blocks/evidence-item/types';
import { checkContact } from '../../blocks/shared/links';
import { plainText } from '../../blocks/shared/plain-text';
import { eachBlock, type Check, type Problem } from './check';

export const invalidIdentifiers: Check = {
	name: 'invalid-identifiers',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		eachBlock( blocks, ( block, index ) => {
			if ( block.name === 'william-health/evidence-item' ) {
				const source: Partial< EvidenceItemAttributes > =
					block.attributes;
				for ( const problem of sourceProblems( {
					doi: source.doi ?? '',
					pmid: source.pmid ?? '',
					url: source.url ?? '',
				} ) ) {
					problems.push( {
						clientId: block.clientId,
						message: sprintf(
							/* translators: 1: the item's number in its evidence list, 2: a field name such as DOI, 3: what the author typed. */
							__(
								'Evidence item %1$d: the %2$s “%3$s” is not valid and will not be linked.',
								'william-health-blocks'
							),
							index + 1,
							problem.name,
							problem.value
						),
					} );
				}
			}
			if ( block.name === 'william-health/safety-notice' ) {
				const contact = String( block.attributes.crisisContact ?? '' );
				if ( contact.trim() && ! checkContact( contact ).valid ) {
					problems.push( {
						clientId: block.clientId,
						message: sprintf(
							/* translators: 1: the notice's heading, 2: what the author typed as the crisis line's number or address. */
							__(
								'Safety notice “%1$s”: the crisis line “%2$s” is not a phone number or web address and will not be linked.',
								'william-health-blocks'
							),
							plainText( block.attributes.heading ),
							contact
						),
					} );
				}
			}
		} );
		return problems;
	},
};
