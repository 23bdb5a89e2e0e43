/**
 * Identifiers that cannot be linked as typed: a reference's DOI, PMID, PMCID
 * or web address in the References list, a notice's crisis-line number or
 * address. The page shows them as text, so the author may want to fix them
 * before publishing.
 */
import { __, sprintf } from '@wordpress/i18n';

import { referenceProblems } from '../../blocks/references/problems';
import {
	REFERENCES_BLOCK,
	entriesOf,
	referenceSummary,
} from '../../blocks/shared/citation/references';
import { checkContact } from '../../blocks/shared/links';
import { plainText } from '../../blocks/shared/plain-text';
import { eachBlock, type Check, type Problem } from './check';

export const invalidIdentifiers: Check = {
	name: 'invalid-identifiers',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		eachBlock( blocks, ( block ) => {
			if ( block.name === REFERENCES_BLOCK ) {
				entriesOf( block ).forEach( ( entry, index ) => {
					for ( const problem of referenceProblems( entry ) ) {
						problems.push( {
							clientId: block.clientId,
							message: sprintf(
								/* translators: 1: the reference's number in the References list, 2: its first author, year and title, 3: a field name such as DOI, 4: what the author typed. */
								__(
									'Reference %1$d (%2$s): the %3$s “%4$s” is not valid and will not be linked.',
									'william-health-blocks'
								),
								index + 1,
								referenceSummary( entry ),
								problem.name,
								problem.value
							),
						} );
					}
				} );
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
