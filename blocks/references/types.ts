/**
 * The References block's attributes, shared by edit, save, the citation
 * numbering and tests. Every field of an entry is read back from its own
 * element in the saved list (KSES filters block-comment JSON as HTML, so
 * author text never goes in the comment); only the style and the backlink
 * wording, which are ours, are kept in the comment.
 */
import type { CitationStyle, Reference } from '../shared/reference';

export type { CitationStyle, Reference };

/** The text fields of a reference, in the order the sidebar lists them. */
export type ReferenceField = Exclude< keyof Reference, 'id' >;

/** A link from an entry back to one place in the text that cites it. */
export type Backlink = {
	/** "#cite-…": the id of the marker in the text. */
	href: string;
};

/**
 * An entry as parsed from the saved list: a field whose element is absent
 * is undefined (empty fields are not saved).
 */
export type SavedReference = Partial< Omit< Reference, 'id' > > & {
	id: string;
	/** Where the text cites it, in reading order. */
	backlinks?: Backlink[];
};

export type ReferencesAttributes = {
	/** The entries in the order of first citation: their numbers. */
	references: SavedReference[];
	citationStyle: CitationStyle;
	/**
	 * The backlinks' accessible name ("Back to the text"), saved in the
	 * author's language when the block is made.
	 */
	backText: string;
	anchor?: string;
};
