/**
 * Guidance left from the plugin's starter and skeleton patterns is listed
 * before publishing, in whatever language the patterns came in: a field
 * that is still a guidance text, or still holds one of its longer clauses,
 * selects its block. Outline headings, preset relation words, the example
 * article and the author's own words are not listed.
 */
import fs from 'node:fs';
import path from 'node:path';

import { createBlock, parse, serialize, type Block } from '@wordpress/blocks';

import { runChecks, type CheckContext } from '../checks';
import {
	GUIDANCE_PATTERNS,
	guidanceFromPatterns,
	patternGuidanceLeft,
	phrasesOf,
} from '../checks/pattern-guidance';
import { atLeast } from '../../blocks/shared/at-least';
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

const paragraph = ( content: string ) =>
	createBlock( 'core/paragraph', { content } );

/**
 * A starter pattern as a German site's editor receives it: the plugin's
 * layout, every field in the author's language.
 */
function germanStarter(): Block[] {
	return [
		paragraph(
			'Beginnen Sie mit dem, was Leser am dringendsten wissen müssen, in zwei oder drei einfachen Sätzen.'
		),
		createBlock( 'core/heading', { content: 'Wie es wirkt' } ),
		createBlock( 'william-health/mechanism-diagram', {}, [
			createBlock( 'william-health/mechanism-step', {
				label: 'Die Behandlung',
				kind: 'drug',
				kindLabel: 'Arzneimittel',
			} ),
			createBlock( 'william-health/mechanism-step', {
				label: 'Was sich im Körper ändert',
				relation: 'leads-to',
				relationText: 'führt zu',
				kindLabel: 'Prozess',
			} ),
		] ),
		createBlock( 'william-health/evidence-list', {}, [
			createBlock( 'william-health/evidence-item', {
				finding:
					'<strong>Die Aussage in wenigen Worten:</strong> was die beste Studie dazu fand, in ein oder zwei einfachen Sätzen.',
				condition: 'Die untersuchte Erkrankung',
			} ),
		] ),
		createBlock(
			'william-health/safety-notice',
			{
				heading: 'Das Risiko in wenigen Worten benennen',
				label: 'Wichtig',
			},
			[
				paragraph(
					'Beschreiben Sie das Risiko in einfachen Worten: was passieren kann, bei wem und wie oft.'
				),
			]
		),
	];
}

const STARTER = 'william-health-blocks/starter-evidence-article';

function context(): CheckContext {
	return {
		...REVIEWED,
		guidance: guidanceFromPatterns( [
			{ name: STARTER, content: serialize( germanStarter() ) },
			// The example article is content to learn from, not guidance.
			{
				name: 'william-health-blocks/ketamine-article',
				content: serialize( [
					paragraph(
						'Ketamin wirkt schnell bei schwerer Depression.'
					),
				] ),
			},
		] ),
	};
}

it( 'lists every block of an unedited starter post that still holds guidance, in reading order', () => {
	// A post started from the pattern: its blocks parsed from its content.
	const post = parse( serialize( germanStarter() ) );
	const [ intro, , diagram, list, notice ] = atLeast( post, 5 );
	const [ firstStep, secondStep ] = atLeast( diagram.innerBlocks, 2 );
	const [ item ] = atLeast( list.innerBlocks, 1 );
	const [ noticeBody ] = atLeast( notice.innerBlocks, 1 );
	// Registered: the panel lists it among the other checks' problems.
	const problems = runChecks( post, context() ).filter(
		( { check } ) => check === 'pattern-guidance-left'
	);
	expect(
		problems.map( ( problem ) =>
			'clientId' in problem ? problem.clientId : problem.panel
		)
	).toEqual( [
		intro.clientId,
		firstStep.clientId,
		secondStep.clientId,
		item.clientId,
		notice.clientId,
		noticeBody.clientId,
	] );
	expect( problems[ 1 ]?.message ).toBe(
		'Mechanism step: “Die Behandlung” is guidance from a pattern, and readers would take it for content. Write your own words over it.'
	);
	// Long guidance is quoted by its start.
	expect( problems[ 0 ]?.message ).toContain(
		'“Beginnen Sie mit dem, was Leser am dringendsten…”'
	);
} );

it( 'keeps listing a field whose guidance was only partly written over', () => {
	const post = parse( serialize( germanStarter() ) );
	const [ intro, , diagram, list, notice ] = atLeast( post, 5 );
	const [ firstStep, secondStep ] = atLeast( diagram.innerBlocks, 2 );
	const [ item ] = atLeast( list.innerBlocks, 1 );
	const [ noticeBody ] = atLeast( notice.innerBlocks, 1 );
	// The bold lead-in replaced, the guidance after it left.
	item.attributes.finding =
		'<strong>Weniger Rückfälle:</strong> was die beste Studie dazu fand, in ein oder zwei einfachen Sätzen.';
	item.attributes.condition = 'Erwachsene mit bipolarer Störung';
	intro.attributes.content = 'Lithium beugt Rückfällen vor.';
	firstStep.attributes.label = 'Lithium';
	secondStep.attributes.label = 'Enzyme im Gehirn';
	notice.attributes.heading = 'Vergiftung';
	noticeBody.attributes.content = 'Zu viel Lithium im Blut ist gefährlich.';
	expect( patternGuidanceLeft.run( post, context() ) ).toEqual( [
		{
			clientId: item.clientId,
			message: expect.stringContaining(
				'“was die beste Studie dazu fand, in ein oder…”'
			),
		},
	] );
} );

it( 'leaves outline headings, relation words, the example article and the author’s own words alone', () => {
	const post = [
		createBlock( 'core/heading', { content: 'Wie es wirkt' } ),
		createBlock( 'william-health/mechanism-diagram', {}, [
			createBlock( 'william-health/mechanism-step', {
				label: 'Lithium',
			} ),
			createBlock( 'william-health/mechanism-step', {
				label: 'Enzyme',
				relation: 'leads-to',
				relationText: 'führt zu',
			} ),
		] ),
		paragraph( 'Ketamin wirkt schnell bei schwerer Depression.' ),
		// A short clause of the guidance within the author's sentence.
		paragraph( 'Die untersuchte Erkrankung war eine bipolare Störung.' ),
	];
	expect( patternGuidanceLeft.run( post, context() ) ).toEqual( [] );
	// Before the patterns have loaded there is nothing to compare.
	expect(
		patternGuidanceLeft.run(
			parse( serialize( germanStarter() ) ),
			REVIEWED
		)
	).toEqual( [] );
} );

it( 'splits guidance into sentences and clauses of six words or more', () => {
	expect(
		phrasesOf(
			'Describe the risk in plain words: what can happen, to whom, how often and how serious it is. Choose how urgent it is.'
		)
	).toEqual( [
		'Describe the risk in plain words: what can happen, to whom, how often and how serious it is.',
		'Describe the risk in plain words:',
		'what can happen, to whom, how often and how serious it is.',
	] );
} );

it( 'reads the guidance of the plugin’s own guidance patterns, which all exist', () => {
	const patterns = path.join( __dirname, '../../plugin/patterns' );
	const slugs = fs
		.readdirSync( patterns )
		.map(
			( file ) =>
				/^\s*\*\s*Slug:\s*(\S+)/m.exec(
					fs.readFileSync( path.join( patterns, file ), 'utf8' )
				)?.[ 1 ]
		);
	expect( slugs ).toEqual( expect.arrayContaining( GUIDANCE_PATTERNS ) );
} );
