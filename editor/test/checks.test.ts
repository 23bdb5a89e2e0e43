/**
 * The pre-publish checks: every identifier that cannot be linked, wherever
 * the block sits, tied to the block that holds it; and room for more checks.
 */
import { createBlock, type Block } from '@wordpress/blocks';

import { referencesBlock } from '../../blocks/shared/citation/test-utils';
import { CHECKS, runChecks, type Check, type CheckContext } from '../checks';
import { registerOurBlocks } from '../checks/test-utils';

/** A reviewed article, due again next year: no review problem. */
const REVIEWED: CheckContext = {
	review: {
		reviewer: 7,
		lastReviewed: '2026-11-01',
		nextReview: '2027-11-01',
	},
	today: '2026-11-28',
};

const LIST = 'william-health/evidence-list';
const ITEM = 'william-health/evidence-item';
const NOTICE = 'william-health/safety-notice';

beforeAll( registerOurBlocks );

const GOOD = {
	id: 'rgood',
	authors: 'Zarate CA Jr, Singh JB',
	year: '2006',
	title: 'A randomized trial',
	doi: '10.1001/archpsyc.63.8.856',
	pmid: '16894061',
	url: 'https://example.org/study',
};

function post(): {
	blocks: Block[];
	good: Block;
	notice: Block;
	references: Block;
} {
	// Each item cites its study in the References list, where the
	// identifiers are typed once.
	const good = createBlock( ITEM, { finding: 'Checked.', refId: 'rgood' } );
	const bad = createBlock( ITEM, { finding: 'Mistyped.', refId: 'rbad1' } );
	const references = referencesBlock( [
		GOOD,
		{
			id: 'rbad1',
			authors: 'Smith J',
			year: '2020',
			title: 'Mistyped study',
			doi: '10.1/short',
			pmid: 'PMC5729569',
			url: 'javascript:alert(1)',
		},
	] );
	const notice = createBlock(
		NOTICE,
		{ heading: 'When to get help', crisisContact: 'call us' },
		[ createBlock( 'core/paragraph', { content: 'Body.' } ) ]
	);
	// The list sits inside a group: checks look at every level.
	const blocks = [
		createBlock( 'core/group', {}, [
			createBlock( LIST, {}, [ good, bad ] ),
		] ),
		notice,
		references,
	];
	return { blocks, good, notice, references };
}

it( 'lists each identifier that cannot be linked, with its block, in reading order', () => {
	const { blocks, notice, references } = post();
	expect( runChecks( blocks, REVIEWED ) ).toEqual( [
		{
			check: 'invalid-identifiers',
			clientId: notice.clientId,
			message:
				'Safety notice “When to get help”: the crisis line “call us” is not a phone number or web address and will not be linked.',
		},
		{
			check: 'invalid-identifiers',
			clientId: references.clientId,
			message:
				'Reference 2 (Smith 2020: Mistyped study): the DOI “10.1/short” is not valid and will not be linked.',
		},
		{
			check: 'invalid-identifiers',
			clientId: references.clientId,
			message:
				'Reference 2 (Smith 2020: Mistyped study): the PMID “PMC5729569” is not valid and will not be linked.',
		},
		{
			check: 'invalid-identifiers',
			clientId: references.clientId,
			message:
				'Reference 2 (Smith 2020: Mistyped study): the web address “javascript:alert(1)” is not valid and will not be linked.',
		},
	] );
} );

it( 'finds nothing in a post whose identifiers are all good', () => {
	const { good } = post();
	expect(
		runChecks(
			[ createBlock( LIST, {}, [ good ] ), referencesBlock( [ GOOD ] ) ],
			REVIEWED
		)
	).toEqual( [] );
	expect( runChecks( [], REVIEWED ) ).toEqual( [] );
} );

it( 'runs checks added to the list, each problem named by its check', () => {
	const { blocks, notice } = post();
	const noticesWithoutAction: Check = {
		name: 'notice-action',
		run: ( all ) =>
			all
				.filter( ( block ) => block.name === NOTICE )
				.map( ( block ) => ( {
					clientId: block.clientId,
					message: 'No “what to do” line.',
				} ) ),
	};
	const problems = runChecks( blocks, REVIEWED, [
		...CHECKS,
		noticesWithoutAction,
	] );
	expect( problems ).toHaveLength( 5 );
	expect( problems[ 4 ] ).toEqual( {
		check: 'notice-action',
		clientId: notice.clientId,
		message: 'No “what to do” line.',
	} );
} );
