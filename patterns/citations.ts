/**
 * Citations in patterns: markers written as the citation format saves
 * them, and the References list's entries, with the numbers and backlinks
 * the editor's numbering would write (patterns/test/generate.test.ts checks
 * that it has nothing left to change), so a page built from a pattern is
 * numbered without the editor.
 */
import {
	CITATION_CLASS,
	markerInnerHtml,
} from '../blocks/shared/citation/markers';
import type { SavedReference } from '../blocks/references/types';

/**
 * A citation marker, as the `william-health/citation` format saves it.
 *
 * @param ref     The cited entry's id.
 * @param id      The marker's own id, which the entry links back to.
 * @param number  The entry's number.
 * @param follows Whether it directly follows another marker.
 */
export const cite = (
	ref: string,
	id: string,
	number: number,
	follows = false
): string =>
	`<sup class="${ CITATION_CLASS }" data-ref="${ ref }" id="${ id }">${ markerInnerHtml(
		ref,
		number,
		follows
	) }</sup>`;

/** The example article's studies, as checked (tests/fixtures/checked-sources.md). */
export const KETAMINE_STUDIES = {
	zarate: {
		id: 'rzara',
		authors: 'Zarate CA Jr, Singh JB, Carlson PJ, et al',
		title: 'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
		journal: 'Arch Gen Psychiatry',
		year: '2006',
		volume: '63',
		issue: '8',
		pages: '856-64',
		doi: '10.1001/archpsyc.63.8.856',
		pmid: '16894061',
	},
	glue: {
		id: 'rglue',
		authors: 'Glue P, Medlicott NJ, Harland S, et al',
		title: "Ketamine's dose-related effects on anxiety symptoms in patients with treatment refractory anxiety disorders",
		journal: 'J Psychopharmacol',
		year: '2017',
		volume: '31',
		issue: '10',
		pages: '1302-5',
		doi: '10.1177/0269881117705089',
		pmid: '28441895',
	},
	taylor: {
		id: 'rtayl',
		authors: 'Taylor JH, Landeros-Weisenberger A, Coughlin C, et al',
		title: 'Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial',
		journal: 'Neuropsychopharmacology',
		year: '2018',
		volume: '43',
		issue: '2',
		pages: '325-33',
		doi: '10.1038/npp.2017.194',
		pmcid: 'PMC5729569',
	},
	wilkinson: {
		id: 'rwilk',
		authors: 'Wilkinson ST, Ballard ED, Bloch MH, et al',
		title: 'The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis',
		journal: 'Am J Psychiatry',
		year: '2018',
		volume: '175',
		issue: '2',
		pages: '150-8',
		doi: '10.1176/appi.ajp.2017.17040472',
		pmid: '28969441',
	},
} satisfies Record< string, SavedReference >;
