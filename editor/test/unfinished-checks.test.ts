/**
 * Unfinished blocks are listed before publishing: an evidence item with no
 * finding (a bare number on the page), a mechanism step with no label (a
 * box naming only its kind), a safety notice with no body text. Each line
 * selects the block; finished blocks are not listed.
 */
import { createBlock } from '@wordpress/blocks';

import { runChecks, type CheckContext } from '../checks';
import {
	evidenceWithoutFinding,
	noticeWithoutBody,
	stepWithoutLabel,
} from '../checks/unfinished-checks';
import { registerOurBlocks } from '../checks/test-utils';
import { referencesBlock } from '../../blocks/shared/citation/test-utils';

const REVIEWED: CheckContext = {
	review: {
		reviewer: 7,
		lastReviewed: '2026-11-01',
		nextReview: '2027-11-01',
	},
	today: '2026-11-28',
};

beforeAll( registerOurBlocks );

const item = ( finding: string ) =>
	createBlock( 'william-health/evidence-item', {
		finding,
		refId: 'rbmj1',
	} );
/** The References list the items cite: nothing missing, nothing unused. */
const references = () =>
	referencesBlock( [
		{ id: 'rbmj1', title: 'Lithium in the prevention of suicide' },
	] );
const step = ( label: string, kind = 'process', kindLabel = 'Process' ) =>
	createBlock( 'william-health/mechanism-step', { label, kind, kindLabel } );
const notice = ( ...body: ReturnType< typeof createBlock >[] ) =>
	createBlock(
		'william-health/safety-notice',
		{ heading: 'Watch for this' },
		body
	);

it( 'lists an evidence item without a finding by its number, even one holding only spaces', () => {
	const blank = item( '' );
	const spaces = item( ' &nbsp; ' );
	const list = createBlock( 'william-health/evidence-list', {}, [
		item( 'Fewer relapses.' ),
		blank,
		spaces,
	] );
	expect( evidenceWithoutFinding.run( [ list ], REVIEWED ) ).toEqual( [
		{
			clientId: blank.clientId,
			message:
				'Evidence item 2 has no finding: readers see only its number. Write what the study found, or remove the item.',
		},
		expect.objectContaining( {
			clientId: spaces.clientId,
			message: expect.stringMatching( /^Evidence item 3 has no finding/ ),
		} ),
	] );
} );

it( 'lists a step without a label with the kind readers would see alone', () => {
	const unnamed = step( '' );
	const outcome = step( '<em></em>', 'outcome', '' );
	const diagram = createBlock( 'william-health/mechanism-diagram', {}, [
		step( 'Lithium', 'drug', 'Drug' ),
		unnamed,
		outcome,
	] );
	expect( stepWithoutLabel.run( [ diagram ], REVIEWED ) ).toEqual( [
		{
			clientId: unnamed.clientId,
			message:
				'Mechanism step 2 has no label: readers see a box saying only “Process”. Name what acts or changes, or remove the step.',
		},
		expect.objectContaining( {
			clientId: outcome.clientId,
			// A step saved without its kind's words: the kind in words.
			message: expect.stringContaining( 'saying only “Outcome”' ),
		} ),
	] );
} );

it( 'lists a notice whose body holds no words: no paragraph, an empty one, or an empty list', () => {
	const paragraph = ( content: string ) =>
		createBlock( 'core/paragraph', { content } );
	const none = notice();
	const emptyParagraph = notice( paragraph( '' ) );
	const emptyList = notice(
		createBlock( 'core/list', {}, [
			createBlock( 'core/list-item', { content: '' } ),
		] )
	);
	const written = notice( paragraph( '' ), paragraph( 'Call your doctor.' ) );
	const listed = notice(
		createBlock( 'core/list', {}, [
			createBlock( 'core/list-item', { content: 'Nausea' } ),
		] )
	);
	const problems = noticeWithoutBody.run(
		[ none, written, emptyParagraph, listed, emptyList ],
		REVIEWED
	);
	expect( problems ).toEqual( [
		{
			clientId: none.clientId,
			message:
				'Safety notice 1 has no body text: readers get a warning with nothing under it. Describe the risk in its body.',
		},
		expect.objectContaining( {
			clientId: emptyParagraph.clientId,
			message: expect.stringMatching( /^Safety notice 3 has no body/ ),
		} ),
		expect.objectContaining( {
			clientId: emptyList.clientId,
			message: expect.stringMatching( /^Safety notice 5 has no body/ ),
		} ),
	] );
} );

it( 'are registered: a finished post gets none of them', () => {
	const finished = [
		createBlock( 'william-health/evidence-list', {}, [ item( 'Fewer.' ) ] ),
		createBlock( 'william-health/mechanism-diagram', {}, [
			step( 'Lithium' ),
		] ),
		notice( createBlock( 'core/paragraph', { content: 'Body.' } ) ),
		references(),
	];
	expect( runChecks( finished, REVIEWED ) ).toEqual( [] );
	const unfinished = [
		createBlock( 'william-health/evidence-list', {}, [ item( '' ) ] ),
		createBlock( 'william-health/mechanism-diagram', {}, [ step( '' ) ] ),
		notice(),
		references(),
	];
	expect(
		runChecks( unfinished, REVIEWED ).map( ( { check } ) => check )
	).toEqual( [
		'evidence-without-finding',
		'step-without-label',
		'notice-without-body',
	] );
} );
