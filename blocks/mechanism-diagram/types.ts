/**
 * The mechanism diagram's attributes, shared by edit, save and tests.
 */
export type MechanismDiagramAttributes = {
	caption: string;
	/** Wide by default (block.json), as a diagram needs the room. */
	align?: 'wide' | 'full';
	anchor?: string;
};
