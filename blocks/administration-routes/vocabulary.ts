/**
 * Default column headings and the words of the typed fields.
 */
import { __ } from '@wordpress/i18n';

import type { Column, ColumnKey, RegulatoryStatus, RouteCode } from './types';

export const COLUMN_KEYS: ColumnKey[] = [
	'route',
	'product',
	'setting',
	'onset',
	'bioavailability',
	'status',
	'benefits',
	'challenges',
];

export function defaultHeading( key: ColumnKey ): string {
	const headings: Record< ColumnKey, string > = {
		route: __( 'Route', 'william-health-blocks' ),
		product: __( 'Product or form', 'william-health-blocks' ),
		setting: __( 'Care setting', 'william-health-blocks' ),
		onset: __( 'Onset', 'william-health-blocks' ),
		bioavailability: __( 'Bioavailability', 'william-health-blocks' ),
		status: __( 'Regulatory status', 'william-health-blocks' ),
		benefits: __( 'Benefits', 'william-health-blocks' ),
		challenges: __( 'Challenges', 'william-health-blocks' ),
	};
	return headings[ key ];
}

/**
 * A column's heading as readers see it: the author's, else the default.
 * @param column
 */
export function headingOf( column: Column ): string {
	return column.label || defaultHeading( column.key );
}

export function getRouteOptions(): Array< {
	value: RouteCode;
	label: string;
} > {
	return [
		{
			value: 'intravenous',
			label: __( 'Intravenous infusion', 'william-health-blocks' ),
		},
		{
			value: 'intranasal',
			label: __( 'Intranasal spray', 'william-health-blocks' ),
		},
		{ value: 'oral', label: __( 'Oral tablet', 'william-health-blocks' ) },
		{
			value: 'intramuscular',
			label: __( 'Intramuscular injection', 'william-health-blocks' ),
		},
		{
			value: 'subcutaneous',
			label: __( 'Subcutaneous injection', 'william-health-blocks' ),
		},
		{
			value: 'sublingual',
			label: __( 'Sublingual', 'william-health-blocks' ),
		},
		{
			value: 'other',
			label: __( 'Other (own words)', 'william-health-blocks' ),
		},
	];
}

export function getStatusOptions(): Array< {
	value: RegulatoryStatus;
	label: string;
} > {
	return [
		{ value: '', label: __( 'Not stated', 'william-health-blocks' ) },
		{ value: 'approved', label: __( 'Approved', 'william-health-blocks' ) },
		{
			value: 'off-label',
			label: __( 'Off-label', 'william-health-blocks' ),
		},
		{
			value: 'investigational',
			label: __( 'Investigational', 'william-health-blocks' ),
		},
	];
}
