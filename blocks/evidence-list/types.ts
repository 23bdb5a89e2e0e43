/**
 * The evidence list's attributes, shared by edit, save and tests.
 */
export type EvidenceListAttributes = {
	/** When the evidence was last checked, as YYYY-MM-DD ('' when not given). */
	asOf: string;
	/** "Evidence as of <date>", saved in the author's language and date format. */
	asOfText: string;
	anchor?: string;
};
