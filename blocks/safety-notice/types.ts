/**
 * The safety notice's attributes, shared by edit, save, transforms and tests.
 * Kept beside block.json; a unit test holds the two together.
 */
import type { RichTextContent } from '../shared/rich-text';

export type SeverityLevel = 'information' | 'warning' | 'urgent' | 'emergency';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export type SafetyNoticeAttributes = {
	level: SeverityLevel;
	/** The level's visible label, saved in the author's language when chosen. */
	label: string;
	/** Id of the heading, which names the landmark. */
	headingId: string;
	heading: RichTextContent;
	headingLevel: HeadingLevel;
	/** The optional "what to do" line. */
	action: RichTextContent;
	crisisText: RichTextContent;
	/** A phone number or an http(s) address. */
	crisisContact: string;
	anchor?: string;
};
