/**
 * The pre-publish check for route-table rows whose picked kind or status
 * contradicts the words of their cell: each such row is listed with the
 * table that holds it; agreeing rows, picks the words do not contradict and
 * rows without words are not.
 */
import { createBlock, registerBlockType, type Block } from '@wordpress/blocks';

import routesMetadata from '../../blocks/administration-routes/block.json';
import type { RouteRow } from '../../blocks/administration-routes/types';
import { registerCoreTestBlocks } from '../../blocks/shared/test-utils';
import { CHECKS, runChecks, type CheckContext } from '../checks';
import { routeCodesContradictWords } from '../checks/route-codes';

const REVIEWED: CheckContext = {
	review: {
		reviewer: 7,
		lastReviewed: '2026-11-01',
		nextReview: '2027-11-01',
	},
	today: '2026-11-28',
};

const NAME = 'william-health/administration-routes';

const COLUMNS = [
	{ key: 'route', label: 'Route', hidden: false },
	{ key: 'product', label: 'Product', hidden: false },
	{ key: 'status', label: 'Regulatory status', hidden: true },
];

beforeAll( () => {
	registerCoreTestBlocks();
	registerBlockType(
		JSON.parse( JSON.stringify( routesMetadata ) ) as never,
		{
			edit: () => null,
			save: () => null,
		}
	);
} );

const line = (
	words: [ string, string, string ],
	codes: Pick< RouteRow, 'routeCode' | 'statusCode' > = {}
): RouteRow => ( {
	...codes,
	cells: words.map( ( content ) => ( { content } ) ),
} );

const table = ( caption: string, rows: RouteRow[] ): Block =>
	createBlock( NAME, { caption, columns: COLUMNS, rows } );

it( 'is one of the checks the pre-publish panel runs', () => {
	expect( CHECKS ).toContain( routeCodesContradictWords );
} );

it( 'lists each row whose pick contradicts its cell, with the cell’s words and both meanings', () => {
	const lithium = table( 'How lithium is taken', [
		// Agrees: read from the words.
		line( [ 'Oral tablet', 'Lithium carbonate', 'Approved (FDA, 1970)' ], {
			routeCode: 'oral',
			statusCode: 'approved',
		} ),
		// The tester's row: the cell says approved, the sidebar off-label
		// (in a hidden column: the saved data still disagrees).
		line(
			[
				'Oral solution (liquid)',
				'Lithium citrate',
				'Approved (FDA, 1991)',
			],
			{
				routeCode: 'intravenous',
				statusCode: 'off-label',
			}
		),
		// A pick the words do not contradict: they name no listed route.
		line( [ 'Skin patch (transdermal)', '', 'Unlicensed (special)' ], {
			routeCode: 'transdermal',
			statusCode: 'investigational',
		} ),
		// No pick at all.
		line( [ 'Nasal spray', '', 'Licensed (MHRA)' ] ),
	] );
	const untitled = table( '', [
		line( [ 'IV infusion', '', '' ], { routeCode: 'intramuscular' } ),
	] );
	expect(
		runChecks(
			[ lithium, createBlock( 'core/group', {}, [ untitled ] ) ],
			REVIEWED,
			[ routeCodesContradictWords ]
		)
	).toEqual( [
		{
			check: 'route-codes-contradict-words',
			clientId: lithium.clientId,
			message:
				'Route table “How lithium is taken”, row 2: the route cell says “Oral solution (liquid)” (Oral), but the route kind picked in the block settings is Intravenous. Make them agree.',
		},
		{
			check: 'route-codes-contradict-words',
			clientId: lithium.clientId,
			message:
				'Route table “How lithium is taken”, row 2: the status cell says “Approved (FDA, 1991)” (Approved), but the regulatory status picked in the block settings is Off-label. Make them agree.',
		},
		{
			check: 'route-codes-contradict-words',
			clientId: untitled.clientId,
			message:
				'Route table 2, row 1: the route cell says “IV infusion” (Intravenous), but the route kind picked in the block settings is Intramuscular. Make them agree.',
		},
	] );
} );

it( 'finds nothing where picks and words agree, or a row has no words', () => {
	const agreeing = table( 'Agreeing', [
		line( [ 'Intranasal spray', 'Esketamine', 'Licensed (MHRA)' ], {
			routeCode: 'intranasal',
			statusCode: 'approved',
		} ),
		line( [ '', '', '' ], { routeCode: 'oral', statusCode: 'approved' } ),
	] );
	expect(
		runChecks( [ agreeing ], REVIEWED, [ routeCodesContradictWords ] )
	).toEqual( [] );
} );

it( 'reads a table without a status column for its route only', () => {
	const routeOnly = createBlock( NAME, {
		caption: 'Routes',
		columns: [ { key: 'route', label: 'Route', hidden: false } ],
		rows: [
			{
				routeCode: 'oral',
				statusCode: 'approved',
				cells: [ { content: 'Oral' } ],
			},
		],
	} );
	expect(
		runChecks( [ routeOnly ], REVIEWED, [ routeCodesContradictWords ] )
	).toEqual( [] );
} );
