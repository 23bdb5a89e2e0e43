/**
 * The mechanism diagram's attributes, shared by edit, save and tests.
 */
export type MechanismDiagramAttributes = {
	caption: string;
	anchor?: string;
};
