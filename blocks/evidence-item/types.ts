/**
 * An evidence item's attributes, shared by edit, save, transforms and tests.
 */
import type { RichTextContent } from '../shared/rich-text';

export type StudyDesign =
	| ''
	| 'meta-analysis'
	| 'systematic-review'
	| 'guideline'
	| 'randomised-controlled-trial'
	| 'cohort'
	| 'case-control'
	| 'cross-sectional'
	| 'case-series'
	| 'qualitative'
	| 'expert-opinion';

/** GRADE certainty of evidence; '' when the author does not state one. */
export type Certainty = '' | 'high' | 'moderate' | 'low' | 'very-low';

/**
 * The source version 1 of the block held itself; today an item points to
 * an entry of the References list instead (`refId`).
 */
export type StudySource = {
	authors: string;
	title: string;
	journal: string;
	year: string;
	doi: string;
	pmid: string;
	url: string;
};

export type EvidenceItemAttributes = {
	finding: RichTextContent;
	condition: RichTextContent;
	design: StudyDesign;
	participants?: number;
	certainty: Certainty;
	/** Design, size and certainty in words, saved in the author's language. */
	summary: string;
	/** The cited study's entry in the References list ('' for none). */
	refId: string;
	/** The id of the item's citation marker, which the entry links back to. */
	citeId: string;
	/** The study's number as the marker shows it; the numbering writes it. */
	citeNumber: string;
	/**
	 * A version 1 item's own source, from the deprecation, until the editor
	 * moves it into the References list. Not in block.json: never saved in
	 * the block comment (save() prints it as version 1 did meanwhile).
	 */
	legacySource?: StudySource;
};
