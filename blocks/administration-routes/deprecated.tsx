/**
 * Earlier saved markups of the route table, newest first. Each entry is a
 * frozen copy of its attributes and save, never today's, and has fixtures
 * under test/fixtures/ that must keep parsing and migrating.
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';
import type { BlockDeprecation } from '@wordpress/blocks';
import { __ } from '@wordpress/i18n';

import { withCodesFromWords } from './codes';
import { hasWords } from './table-parts';
import type { AdministrationRoutesAttributes, Column, RouteRow } from './types';
import {
	defaultHeading,
	isColumnKey,
	knownRoute,
	knownStatus,
} from './vocabulary';

/*
 * v1 (0.1.0, until 2026-11): rows and columns in the block comment, keyed
 * by column; hidden columns and empty rows left out of the HTML; the table
 * wide by default; the "as of" date a span.
 */

type V1Key =
	| 'route'
	| 'product'
	| 'setting'
	| 'onset'
	| 'bioavailability'
	| 'status'
	| 'benefits'
	| 'challenges';

type V1Column = { key: string; label: string; visible: boolean };

type V1Row = Record< string, string | undefined >;

type V1Attributes = {
	align?: string;
	anchor?: string;
	caption: string;
	asOf: string;
	asOfText: string;
	columns: V1Column[];
	rows: V1Row[];
	sortable: boolean;
};

const V1_KEYS: V1Key[] = [
	'route',
	'product',
	'setting',
	'onset',
	'bioavailability',
	'status',
	'benefits',
	'challenges',
];

const V1_CLASS = 'wp-block-william-health-administration-routes';

const asText = ( value: unknown ): string =>
	value === undefined || value === null ? '' : String( value );

const asObject = ( value: unknown ): Record< string, unknown > =>
	typeof value === 'object' && value !== null
		? Object.fromEntries( Object.entries( value ) )
		: {};

/**
 * v1 attributes as parsed with v1's schema, typed.
 *
 * @param raw Parsed attributes.
 */
function readV1( raw: Record< string, unknown > ): V1Attributes {
	const list = ( value: unknown ) =>
		Array.isArray( value ) ? value.map( asObject ) : [];
	return {
		align: typeof raw.align === 'string' ? raw.align : undefined,
		anchor: typeof raw.anchor === 'string' ? raw.anchor : undefined,
		caption: asText( raw.caption ),
		asOf: asText( raw.asOf ),
		asOfText: asText( raw.asOfText ),
		columns: list( raw.columns ).map( ( column ) => ( {
			key: asText( column.key ),
			label: asText( column.label ),
			visible: column.visible !== false,
		} ) ),
		rows: list( raw.rows ).map( ( row ) =>
			Object.fromEntries(
				Object.entries( row )
					.filter( ( [ , value ] ) => typeof value === 'string' )
					.map( ( [ name, value ] ) => [ name, asText( value ) ] )
			)
		),
		sortable: raw.sortable === true,
	};
}

function v1IsKey( key: string ): key is V1Key {
	return V1_KEYS.some( ( known ) => known === key );
}

function v1DefaultHeading( key: V1Key ): string {
	const headings: Record< V1Key, string > = {
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

function v1Heading( column: V1Column ): string {
	return (
		column.label ||
		( v1IsKey( column.key ) ? v1DefaultHeading( column.key ) : '' )
	);
}

function v1PlainText( html: string ): string {
	return html
		.replace( /<[^>]*>/g, '' )
		.replace( /&nbsp;/g, ' ' )
		.replace( /&amp;/g, '&' )
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&quot;/g, '"' )
		.replace( /&#0?39;/g, "'" )
		.trim();
}

function v1Save( { attributes }: { attributes: Record< string, unknown > } ) {
	const { caption, asOfText, columns, rows, sortable } = readV1( attributes );
	const shown = columns.filter(
		( column ) => column.visible && v1IsKey( column.key )
	);
	const body = rows.filter( ( row ) =>
		shown.some(
			( column ) =>
				( row[ column.key ] ?? '' ).replace(
					/<[^>]*>|&nbsp;|\s/g,
					''
				) !== ''
		)
	);
	return (
		<figure
			{ ...useBlockProps.save( {
				className: sortable ? 'is-sortable' : undefined,
			} ) }
		>
			<table className={ `${ V1_CLASS }__table` }>
				<caption>
					<RichText.Content
						tagName="span"
						className={ `${ V1_CLASS }__caption-text` }
						value={ caption }
					/>
					{ asOfText && ' ' }
					{ asOfText && (
						<span className={ `${ V1_CLASS }__as-of` }>
							{ asOfText }
						</span>
					) }
				</caption>
				<thead>
					<tr>
						{ shown.map( ( column ) => (
							<th
								key={ column.key }
								scope="col"
								className={ `${ V1_CLASS }__col-${ column.key }` }
							>
								<RichText.Content
									value={ v1Heading( column ) }
								/>
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ body.map( ( row, index ) => (
						<tr key={ index }>
							{ shown.map( ( column ) => {
								const Tag =
									column.key === 'route' ? 'th' : 'td';
								return (
									<Tag
										key={ column.key }
										scope={
											column.key === 'route'
												? 'row'
												: undefined
										}
										data-label={ v1PlainText(
											v1Heading( column )
										) }
									>
										<RichText.Content
											value={ row[ column.key ] ?? '' }
										/>
									</Tag>
								);
							} ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</figure>
	);
}

/**
 * v1 attributes in today's shape. Every word stays: columns of a kind v1 did
 * not show, and words under keys that had no column, become hidden
 * author-named columns; rows without a word are dropped; codes v1 lacked
 * ("other", "not stated") are read from the cells' words.
 *
 * @param raw v1 attributes as parsed.
 */
export function migrateV1(
	raw: Record< string, unknown >
): AdministrationRoutesAttributes {
	const attributes = readV1( raw );
	const columns: Array< Column & { from: string } > = attributes.columns.map(
		( column ) => {
			const key = isColumnKey( column.key ) ? column.key : undefined;
			return {
				from: column.key,
				...( key ? { key } : {} ),
				label:
					column.label ||
					( key ? defaultHeading( key ) : column.key ),
				hidden: ! key || ! column.visible,
			};
		}
	);
	const covered = new Set( columns.map( ( column ) => column.from ) );
	for ( const row of attributes.rows ) {
		for ( const [ name, value ] of Object.entries( row ) ) {
			if (
				! covered.has( name ) &&
				name !== 'routeCode' &&
				name !== 'statusCode' &&
				typeof value === 'string' &&
				value.trim() !== ''
			) {
				covered.add( name );
				columns.push( { from: name, label: name, hidden: true } );
			}
		}
	}
	const rows: RouteRow[] = attributes.rows
		.map( ( row ) => {
			const migrated: RouteRow = {
				cells: columns.map( ( column ) => ( {
					content: row[ column.from ] ?? '',
				} ) ),
			};
			const routeCode = knownRoute( row.routeCode );
			const statusCode = knownStatus( row.statusCode );
			return withCodesFromWords(
				{
					...migrated,
					...( routeCode ? { routeCode } : {} ),
					...( statusCode ? { statusCode } : {} ),
				},
				columns
			);
		} )
		.filter( hasWords );
	return {
		align: attributes.align === 'full' ? 'full' : 'wide',
		...( attributes.anchor ? { anchor: attributes.anchor } : {} ),
		caption: attributes.caption,
		asOf: attributes.asOf,
		asOfText: attributes.asOfText,
		columns: columns.map( ( { from: _from, ...column } ) => column ),
		rows,
		notStated: __( 'Not stated', 'william-health-blocks' ),
		sortable: attributes.sortable,
	};
}

const v1: BlockDeprecation< AdministrationRoutesAttributes > = {
	attributes: {
		align: { type: 'string', default: 'wide' },
		caption: {
			type: 'rich-text',
			source: 'rich-text',
			selector: `caption .${ V1_CLASS }__caption-text`,
			role: 'content',
		},
		asOf: { type: 'string', default: '' },
		asOfText: {
			type: 'string',
			source: 'text',
			selector: `.${ V1_CLASS }__as-of`,
			default: '',
		},
		columns: {
			type: 'array',
			default: V1_KEYS.map( ( key ) => ( {
				key,
				label: '',
				visible: key !== 'onset',
			} ) ),
		},
		rows: { type: 'array', default: [] },
		sortable: { type: 'boolean', default: false },
	},
	supports: {
		anchor: true,
		align: [ 'wide', 'full' ],
		html: false,
		spacing: { margin: true },
		typography: { fontSize: true },
	},
	save: v1Save,
	migrate: migrateV1,
};

const deprecated: BlockDeprecation< AdministrationRoutesAttributes >[] = [ v1 ];

export default deprecated;
