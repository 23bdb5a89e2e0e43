/**
 * The inserter's preview of a route table, in the editor's language.
 */
import { __ } from '@wordpress/i18n';

import { blockExample } from '../shared/example';
import type { AdministrationRoutesAttributes, ColumnKey } from './types';
import { defaultHeading } from './vocabulary';

const column = ( key: ColumnKey ) => ( {
	key,
	label: defaultHeading( key ),
	hidden: false,
} );

const cells = ( ...words: string[] ) =>
	words.map( ( content ) => ( { content } ) );

export function getExample() {
	return blockExample< AdministrationRoutesAttributes >( {
		attributes: {
			caption: __( 'Ways a treatment is given', 'william-health-blocks' ),
			columns: [
				column( 'route' ),
				column( 'setting' ),
				column( 'onset' ),
				column( 'status' ),
			],
			rows: [
				{
					routeCode: 'oral',
					statusCode: 'approved',
					cells: cells(
						__( 'Oral tablet', 'william-health-blocks' ),
						__( 'At home', 'william-health-blocks' ),
						__( 'Hours', 'william-health-blocks' ),
						__( 'Approved', 'william-health-blocks' )
					),
				},
				{
					routeCode: 'intravenous',
					statusCode: 'investigational',
					cells: cells(
						__( 'Intravenous infusion', 'william-health-blocks' ),
						__( 'Clinic', 'william-health-blocks' ),
						__( 'Minutes', 'william-health-blocks' ),
						__( 'Investigational', 'william-health-blocks' )
					),
				},
			],
			notStated: __( 'Not stated', 'william-health-blocks' ),
		},
	} );
}
