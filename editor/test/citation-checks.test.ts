/**
 * Before publishing, the author hears of a reference nothing cites (it is
 * kept: the author decides) and of a citation whose source is not in the
 * References list (readers see "?"). Each line selects the block to fix.
 */
import { createBlock } from '@wordpress/blocks';

import {
	marker,
	paragraph,
	referencesBlock,
} from '../../blocks/shared/citation/test-utils';
import { runChecks, type CheckContext } from '../checks';
import { registerOurBlocks } from '../checks/test-utils';

const REVIEWED: CheckContext = {
	review: {
		reviewer: 7,
		lastReviewed: '2026-11-01',
		nextReview: '2027-11-01',
	},
	today: '2026-11-28',
};

beforeAll( registerOurBlocks );

it( 'flags a reference nothing cites, by its place and name, on the References block', () => {
	const references = referencesBlock( [
		{
			id: 'rzara',
			authors: 'Zarate CA Jr',
			year: '2006',
			title: 'A trial',
		},
		{ id: 'rtayl', authors: 'Taylor JH', year: '2018', title: 'Anxiety' },
	] );
	const problems = runChecks(
		[
			paragraph( `Works.${ marker( 'rzara', 'cite-aaaaa' ) }` ),
			references,
		],
		REVIEWED
	);
	expect( problems ).toEqual( [
		{
			check: 'unused-references',
			clientId: references.clientId,
			// The pre-publish link scrolls the long list to this entry.
			elementId: 'ref-rtayl',
			message:
				'Reference 2 (Taylor 2018: Anxiety) is not cited in the text: nothing points readers to it. Cite it where it supports a claim, or remove it from the References list.',
		},
	] );
} );

it( 'flags a citation whose source is not in the list, once per block', () => {
	const orphan = paragraph(
		`Gone.${ marker( 'rgone', 'cite-aaaaa', '?' ) } Again.${ marker(
			'rgone',
			'cite-bbbbb',
			'?'
		) }`
	);
	const problems = runChecks(
		[ orphan, referencesBlock( [] ) ],
		REVIEWED
	).filter( ( { check } ) => check === 'citations-without-reference' );
	expect( problems ).toEqual( [
		expect.objectContaining( {
			clientId: orphan.clientId,
			message: expect.stringMatching(
				/readers see “\?” instead of a number/
			),
		} ),
	] );
} );

it( 'finds nothing when every entry is cited, by text or by an evidence item', () => {
	expect(
		runChecks(
			[
				paragraph( `Works.${ marker( 'rzara', 'cite-aaaaa' ) }` ),
				createBlock( 'william-health/evidence-list', {}, [
					createBlock( 'william-health/evidence-item', {
						finding: 'Anxiety eased.',
						refId: 'rtayl',
					} ),
				] ),
				referencesBlock( [
					{ id: 'rzara', title: 'A trial' },
					{ id: 'rtayl', title: 'Anxiety' },
				] ),
			],
			REVIEWED
		)
	).toEqual( [] );
} );
