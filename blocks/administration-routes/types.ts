/**
 * The administration-route table's attributes, shared by edit, save,
 * transforms and tests. Cell values are rich-text HTML.
 */
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
	key: ColumnKey;
	/** The author's heading; '' shows the translated default. */
	label: string;
	visible: boolean;
};

/** Routes schema.org knows; 'other' keeps the author's own words only. */
export type RouteCode =
	| 'intravenous'
	| 'intranasal'
	| 'oral'
	| 'intramuscular'
	| 'subcutaneous'
	| 'sublingual'
	| 'other';

export type RegulatoryStatus =
	'' | 'approved' | 'off-label' | 'investigational';

export type RouteRow = Partial< Record< ColumnKey, string > > & {
	routeCode?: RouteCode;
	statusCode?: RegulatoryStatus;
	/** Who approved it, e.g. FDA. */
	jurisdiction?: string;
};

export type AdministrationRoutesAttributes = {
	caption: string;
	asOf: string;
	asOfText: string;
	columns: Column[];
	rows: RouteRow[];
	sortable: boolean;
	anchor?: string;
};
