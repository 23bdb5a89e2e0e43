/**
 * One block of each of our six types with every field filled, as an author
 * would leave it: the source of the full-content fixtures under
 * tests/fixtures/blocks/ (HTML, parsed JSON, serialized HTML), which the
 * full-content test checks against today's save() and the e2e tests reuse.
 */
import { createBlock, type Block } from '@wordpress/blocks';

const paragraph = ( content: string ) =>
	createBlock( 'core/paragraph', { content } );

const step = (
	attributes: Record< string, unknown >
): Block => createBlock( 'william-health/mechanism-step', attributes );

const item = ( attributes: Record< string, unknown > ): Block =>
	createBlock( 'william-health/evidence-item', attributes );

const lithiumItem = () =>
	item( {
		finding:
			'<strong>Suicide prevention:</strong> lithium lowered the risk of suicide compared with placebo.',
		condition: 'Mood disorders',
		design: 'meta-analysis',
		participants: 6674,
		certainty: 'moderate',
		summary:
			'Meta-analysis, 6674 participants, certainty of evidence: moderate',
		authors: 'Cipriani A, Hawton K, Stockton S, Geddes JR',
		title: 'Lithium in the prevention of suicide in mood disorders: updated systematic review and meta-analysis',
		journal: 'BMJ',
		year: '2013',
		doi: '10.1136/bmj.f3646',
		pmid: '23814104',
		url: 'https://www.bmj.com/content/346/bmj.f3646',
	} );

const lithiumSteps = () => [
	step( {
		kind: 'drug',
		kindLabel: 'Drug',
		label: 'Lithium',
		description: 'A salt taken by mouth',
	} ),
	step( {
		relation: 'inhibits',
		relationText: 'inhibits',
		kind: 'protein',
		kindLabel: 'Protein',
		label: 'GSK-3<sub>β</sub>',
		description: 'An enzyme of <em>many</em> signalling pathways',
	} ),
	step( {
		relation: 'custom',
		relationText: 'over months, steadies',
		kind: 'outcome',
		kindLabel: 'Outcome',
		label: 'Mood',
		description: 'Fewer manic and depressive episodes',
	} ),
];

/**
 * The fixtures, by file name (tests/fixtures/blocks/<name>.html).
 */
export function fullContentBlocks(): Record< string, Block > {
	return {
		'william-health__safety-notice': createBlock(
			'william-health/safety-notice',
			{
				level: 'urgent',
				label: 'Ask a doctor',
				headingId: 'safety-notice-lithium-level',
				heading: 'Signs that the <em>lithium</em> level is too high',
				headingLevel: 2,
				action: 'Stop taking it and get medical help <strong>today</strong>.',
				crisisText: 'Out of hours, call',
				crisisContact: '+44 (0)20 7946 0958',
				anchor: 'lithium-toxicity',
			},
			[
				paragraph(
					'Diarrhoea, vomiting, unsteadiness or confusion can mean the level is too high.'
				),
				paragraph( 'A blood test tells for sure.' ),
			]
		),
		'william-health__evidence-list': createBlock(
			'william-health/evidence-list',
			{ asOf: '2026-11-27', asOfText: 'Evidence as of November 27, 2026' },
			[
				lithiumItem(),
				item( {
					finding: 'Relapse was less frequent on lithium.',
					condition: 'Bipolar disorder',
					design: 'systematic-review',
					summary: 'Systematic review',
					doi: 'not a DOI',
				} ),
			]
		),
		'william-health__evidence-item': lithiumItem(),
		'william-health__mechanism-diagram': createBlock(
			'william-health/mechanism-diagram',
			{
				caption:
					'How lithium is thought to steady mood, <em>in short</em>.',
				align: 'full',
			},
			lithiumSteps()
		),
		'william-health__mechanism-step': lithiumSteps()[ 1 ] as Block,
		'william-health__administration-routes': createBlock(
			'william-health/administration-routes',
			{
				caption: 'How lithium is <em>taken</em>',
				asOf: '2026-11-27',
				asOfText: 'Facts as of November 27, 2026',
				columns: [
					{ key: 'route', label: 'Route', hidden: false },
					{ key: 'product', label: 'Product or form', hidden: false },
					{ label: 'Interactions', hidden: false },
					{ key: 'onset', label: 'Onset', hidden: true },
					{ key: 'status', label: 'Regulatory status', hidden: false },
				],
				rows: [
					{
						routeCode: 'oral',
						statusCode: 'approved',
						cells: [
							{ content: 'Oral tablet' },
							{ content: 'Lithium <em>carbonate</em>' },
							{ content: 'NSAIDs raise the level' },
							{ content: 'One to three weeks' },
							{ content: 'Approved (FDA, 1970)' },
						],
					},
					{
						routeCode: 'oral',
						cells: [
							{ content: 'Oral liquid' },
							{ content: 'Lithium citrate' },
							{ content: '' },
							{ content: '' },
							{ content: '' },
						],
					},
				],
				notStated: 'Not stated',
				sortable: true,
				align: 'wide',
			}
		),
	};
}
