/**
 * Checks on what readers will read: evidence that cites no source, more warning
 * notices than a page should carry, notices without a heading, and route
 * table rows without a route. Each line selects the block to fix.
 */
import { __, _n, sprintf } from '@wordpress/i18n';

import {
	cellAt,
	hasWords,
} from '../../blocks/administration-routes/table-parts';
import type { AdministrationRoutesAttributes } from '../../blocks/administration-routes/types';
import { hasLegacySource } from '../../blocks/evidence-item/legacy-reference';
import type { EvidenceItemAttributes } from '../../blocks/evidence-item/types';
import { plainText } from '../../blocks/shared/plain-text';
import { eachBlock, type Check, type Problem } from './check';

export const evidenceWithoutSource: Check = {
	name: 'evidence-without-source',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		eachBlock( blocks, ( block, index ) => {
			if ( block.name !== 'william-health/evidence-item' ) {
				return;
			}
			const item: Partial< EvidenceItemAttributes > = block.attributes;
			// An item saved before items cited the References list keeps
			// its own source until the editor moves it there.
			if (
				! item.refId &&
				! hasLegacySource( item.legacySource ?? {} )
			) {
				problems.push( {
					clientId: block.clientId,
					message: sprintf(
						/* translators: %d: the item's number in its evidence list. */
						__(
							'Evidence item %d has no source: readers cannot check it. Choose or add its study in the block settings.',
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

/** Levels that ask readers to act now; NHS.UK advises at most two such callouts a page. */
const WARNING_LEVELS = [ 'urgent', 'emergency' ];
const MOST_WARNINGS = 2;

export const tooManyWarnings: Check = {
	name: 'too-many-warnings',
	run: ( blocks ) => {
		const warnings: string[] = [];
		eachBlock( blocks, ( block ) => {
			if (
				block.name === 'william-health/safety-notice' &&
				WARNING_LEVELS.includes( String( block.attributes.level ) )
			) {
				warnings.push( block.clientId );
			}
		} );
		const [ , , third ] = warnings;
		if ( warnings.length <= MOST_WARNINGS || ! third ) {
			return [];
		}
		return [
			{
				clientId: third,
				message: sprintf(
					/* translators: %d: number of notices at the "Ask a doctor" or "Call emergency services" level. */
					_n(
						'%d notice asks readers to act now: more than two on a page and readers stop noticing them. Lower the level of the least urgent.',
						'%d notices ask readers to act now: more than two on a page and readers stop noticing them. Lower the level of the least urgent.',
						warnings.length,
						'william-health-blocks'
					),
					warnings.length
				),
			},
		];
	},
};

export const noticeWithoutHeading: Check = {
	name: 'notice-without-heading',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		let number = 0;
		eachBlock( blocks, ( block ) => {
			if ( block.name !== 'william-health/safety-notice' ) {
				return;
			}
			number++;
			if ( ! plainText( block.attributes.heading ).trim() ) {
				problems.push( {
					clientId: block.clientId,
					message: sprintf(
						/* translators: %d: the notice's number in the post. */
						__(
							'Safety notice %d has no heading: screen readers name the notice by it. Add one.',
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

export const routeRowsWithoutRoute: Check = {
	name: 'route-rows-without-route',
	run: ( blocks ) => {
		const problems: Problem[] = [];
		eachBlock( blocks, ( block ) => {
			if ( block.name !== 'william-health/administration-routes' ) {
				return;
			}
			const table: Partial< AdministrationRoutesAttributes > =
				block.attributes;
			const { columns = [], rows = [] } = table;
			const route = columns.findIndex(
				( column ) => column.key === 'route' && ! column.hidden
			);
			if ( route < 0 ) {
				return;
			}
			rows.forEach( ( row, index ) => {
				if (
					hasWords( row ) &&
					! plainText( cellAt( row, route ) ).trim()
				) {
					problems.push( {
						clientId: block.clientId,
						message: sprintf(
							/* translators: 1: the table's caption, 2: the row's number. */
							__(
								'Route table “%1$s”, row %2$d, has no route: it heads the row for readers and search engines. Name the route.',
								'william-health-blocks'
							),
							plainText( block.attributes.caption ),
							index + 1
						),
					} );
				}
			} );
		} );
		return problems;
	},
};
