/**
 * An evidence item's attributes, shared by edit, save, transforms and tests.
 */
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

export type StudySource = {
	authors: string;
	title: string;
	journal: string;
	year: string;
	doi: string;
	pmid: string;
	url: string;
};

export type EvidenceItemAttributes = StudySource & {
	finding: string;
	condition: string;
	design: StudyDesign;
	participants?: number;
	certainty: Certainty;
	/** Design, size and certainty in words, saved in the author's language. */
	summary: string;
};
