/**
 * One source of a post, as the References block saves it, the lookup route
 * fills it and the citation format points to it (issue 16). Every field is
 * plain text the author can type or correct; '' when unknown.
 */
export type Reference = {
	/** Stable, short, per post (e.g. "r7k2q"); never a number. */
	id: string;
	/** As readers see it, e.g. "Zarate CA Jr, Singh JB, Carlson PJ, et al". */
	authors: string;
	/** Plain text, no markup. */
	title: string;
	/** NLM-style abbreviation, no dots ("Arch Gen Psychiatry"). */
	journal: string;
	year: string;
	volume: string;
	issue: string;
	/** As printed ("856-64"). */
	pages: string;
	doi: string;
	pmid: string;
	/** With its prefix: "PMC5729569". */
	pmcid: string;
	url: string;
};

export type CitationStyle = 'vancouver' | 'ama';
