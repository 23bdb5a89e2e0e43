/**
 * The mechanism diagram's attributes, shared by edit, save and tests.
 */
import type { RichTextContent } from '../shared/rich-text';

export type MechanismDiagramAttributes = {
	caption: RichTextContent;
	/** Wide by default (block.json), as a diagram needs the room. */
	align?: 'wide' | 'full';
	anchor?: string;
};
