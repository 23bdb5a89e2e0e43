/**
 * A saved body cell writes what RichText.Content writes, for every kind of
 * cell, and leaves only footnoted cells where the editor's footnote
 * numbering reads them.
 */
import { RichText } from '@wordpress/block-editor';
import { renderToString } from '@wordpress/element';

import SavedCell from '../saved-cell';
import { bodyCellProps } from '../table-parts';
import type { Column } from '../types';

const ROUTE: Column = { key: 'route', label: 'Route', hidden: false };
const HIDDEN: Column = { key: 'onset', label: 'Onset', hidden: true };
const NAMED: Column = { label: 'Cost &amp; cover', hidden: false };

const FOOTNOTE =
	'Oral<sup data-fn="f1" class="fn"><a href="#f1" id="f1-link">1</a></sup>';

const VALUES = [
	'',
	'Intranasal spray',
	'<em>Roughly</em> 45–50% &amp; more',
	'Line one<br>line two',
	FOOTNOTE,
];

describe( 'SavedCell', () => {
	it.each( [ ROUTE, HIDDEN, NAMED ] )(
		'writes what RichText.Content writes ($label)',
		( column ) => {
			for ( const value of VALUES ) {
				for ( const empty of [ undefined, 'Not stated' ] ) {
					const props = {
						...bodyCellProps( column ),
						'data-empty': empty,
					};
					expect(
						renderToString(
							<SavedCell { ...props } value={ value } />
						)
					).toBe(
						renderToString(
							<RichText.Content { ...props } value={ value } />
						)
					);
				}
			}
		}
	);

	it( 'keeps RichText.Content for a cell with a footnote only', () => {
		const props = bodyCellProps( ROUTE );
		expect( SavedCell( { ...props, value: FOOTNOTE } ).type ).toBe(
			RichText.Content
		);
		expect( SavedCell( { ...props, value: 'Oral tablet' } ).type ).toBe(
			'th'
		);
	} );
} );
