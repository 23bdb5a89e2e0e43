/**
 * The checks on what readers will read and on the article's review: each
 * problem points at the block or panel that fixes it, and a sound article
 * gets none.
 */
import { createBlock, registerBlockType } from '@wordpress/blocks';

import itemMetadata from '../../blocks/evidence-item/block.json';
import listMetadata from '../../blocks/evidence-list/block.json';
import routesMetadata from '../../blocks/administration-routes/block.json';
import noticeMetadata from '../../blocks/safety-notice/block.json';
import { registerCoreTestBlocks } from '../../blocks/shared/test-utils';
import { runChecks, type CheckContext } from '../checks';
import { addMonths } from '../review/dates';

const REVIEWED: CheckContext = {
	review: {
		reviewer: 7,
		lastReviewed: '2026-11-01',
		nextReview: '2027-11-01',
	},
	today: '2026-11-28',
};

beforeAll( () => {
	registerCoreTestBlocks();
	for ( const metadata of [
		listMetadata,
		itemMetadata,
		noticeMetadata,
		routesMetadata,
	] ) {
		registerBlockType( JSON.parse( JSON.stringify( metadata ) ) as never, {
			edit: () => null,
			save: () => null,
		} );
	}
} );

const notice = ( level: string, heading = 'Watch for this' ) =>
	createBlock( 'william-health/safety-notice', { level, heading }, [
		createBlock( 'core/paragraph', { content: 'Body.' } ),
	] );

const checksOf = ( blocks: ReturnType< typeof createBlock >[] ) =>
	runChecks( blocks, REVIEWED ).map( ( { check } ) => check );

it( 'flags an evidence item that cites no source, not one that cites one', () => {
	const bare = createBlock( 'william-health/evidence-item', {
		finding: 'A claim.',
	} );
	const sourced = createBlock( 'william-health/evidence-item', {
		finding: 'A claim.',
		refId: 'rbmj1',
	} );
	const problems = runChecks(
		[
			createBlock( 'william-health/evidence-list', {}, [
				sourced,
				bare,
			] ),
		],
		REVIEWED
	);
	expect( problems ).toEqual( [
		expect.objectContaining( {
			check: 'evidence-without-source',
			clientId: bare.clientId,
			message: expect.stringMatching( /^Evidence item 2 has no source/ ),
		} ),
	] );
} );

it( 'allows two notices that ask readers to act now, and flags the third', () => {
	const third = notice( 'urgent' );
	expect(
		checksOf( [
			notice( 'emergency' ),
			notice( 'urgent' ),
			notice( 'warning' ),
		] )
	).toEqual( [] );
	const problems = runChecks(
		[ notice( 'emergency' ), notice( 'urgent' ), third ],
		REVIEWED
	);
	expect( problems ).toEqual( [
		expect.objectContaining( {
			check: 'too-many-warnings',
			clientId: third.clientId,
			message: expect.stringMatching(
				/^3 notices ask readers to act now/
			),
		} ),
	] );
} );

it( 'flags a notice without a heading, by its number in the post', () => {
	const headless = notice( 'information', '' );
	expect( runChecks( [ notice( 'warning' ), headless ], REVIEWED ) ).toEqual(
		[
			expect.objectContaining( {
				check: 'notice-without-heading',
				clientId: headless.clientId,
				message: expect.stringMatching(
					/^Safety notice 2 has no heading/
				),
			} ),
		]
	);
} );

it( 'flags a route-table row with words but no route; empty rows are fine', () => {
	const columns = [
		{ key: 'route', label: 'Route', hidden: false },
		{ key: 'product', label: 'Product', hidden: false },
	];
	const table = createBlock( 'william-health/administration-routes', {
		caption: 'How it is taken',
		columns,
		rows: [
			{ cells: [ { content: 'Oral' }, { content: 'Tablet' } ] },
			{ cells: [ { content: '' }, { content: 'Liquid' } ] },
			{ cells: [ { content: '' }, { content: '' } ] },
		],
	} );
	expect( runChecks( [ table ], REVIEWED ) ).toEqual( [
		expect.objectContaining( {
			check: 'route-rows-without-route',
			clientId: table.clientId,
			message:
				'Route table “How it is taken”, row 2, has no route: it heads the row for readers and search engines. Name the route.',
		} ),
	] );
} );

it( 'points to the review panel when no reviewer is named or the review is overdue', () => {
	expect(
		runChecks( [], {
			review: { reviewer: 0, lastReviewed: '', nextReview: '' },
			today: '2026-11-28',
		} )
	).toEqual( [
		expect.objectContaining( {
			check: 'no-reviewer',
			panel: 'medical-review',
		} ),
	] );
	expect(
		runChecks( [], {
			review: {
				reviewer: 7,
				lastReviewed: '2025-11-01',
				nextReview: '2026-11-01',
			},
			today: '2026-11-28',
		} )
	).toEqual( [
		expect.objectContaining( {
			check: 'review-overdue',
			panel: 'medical-review',
			message: expect.stringMatching( /was due on November 1, 2026/ ),
		} ),
	] );
} );

it( 'counts the next review in months as the server does', () => {
	expect( addMonths( '2026-11-28', 12 ) ).toBe( '2027-11-28' );
	expect( addMonths( '2026-01-31', 1 ) ).toBe( '2026-03-03' );
	expect( addMonths( 'not a day', 12 ) ).toBe( '' );
} );
