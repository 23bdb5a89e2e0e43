/**
 * The administration-route table's attributes, shared by edit, save,
 * transforms and tests. Every value comes from the saved table (block.json
 * sources it); cell and heading values are HTML strings.
 */
import type { RichTextContent } from '../shared/rich-text';

/** Columns the block knows the meaning of; others are named by the author. */
export type ColumnKey =
	| 'route'
	| 'product'
	| 'setting'
	| 'onset'
	| 'bioavailability'
	| 'status'
	| 'benefits'
	| 'challenges';

export type Column = {
	/** What the column holds; undefined for a column the author named. */
	key?: ColumnKey;
	/** The heading readers see (HTML). */
	label: string;
	/** Kept with its words in the saved table, but not shown to readers. */
	hidden: boolean;
};

/**
 * Routes of administration (how a medicine enters the body, not its product
 * form), as block.json's enum lists them. Saved codes keep their meaning:
 * values are never renamed, only added.
 */
export type RouteCode =
	| 'buccal'
	| 'inhaled'
	| 'intramuscular'
	| 'intranasal'
	| 'intravenous'
	| 'oral'
	| 'rectal'
	| 'subcutaneous'
	| 'sublingual'
	| 'topical'
	| 'transdermal';

export type StatusCode = 'approved' | 'off-label' | 'investigational';

export type Cell = {
	/** The cell's text (HTML). */
	content: string;
};

/**
 * One route: a cell per column, in the columns' order, and the typed codes
 * read from (or chosen for) its route and status cells.
 */
export type RouteRow = {
	cells: Cell[];
	routeCode?: RouteCode;
	statusCode?: StatusCode;
};

export type AdministrationRoutesAttributes = {
	caption: RichTextContent;
	/** YYYY-MM-DD, or ''. */
	asOf: string;
	/** The date as worded in the caption when it was picked. */
	asOfText: string;
	columns: Column[];
	rows: RouteRow[];
	/** What an empty cell says to readers, worded once like the headings. */
	notStated: string;
	sortable: boolean;
	align?: 'wide' | 'full';
	anchor?: string;
};
