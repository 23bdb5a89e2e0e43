/**
 * Splitting a field's rich text where Enter was pressed: nothing is lost,
 * formats stay on both sides, a selected range is left out.
 */
import { splitHtml } from '../enter';
import { plainText, richTextFromPlain } from '../plain-text';

describe( 'splitHtml', () => {
	it( 'splits at the caret, keeping formats on both sides', () => {
		expect(
			splitHtml( 'Side <strong>effects</strong> are mild', 9 )
		).toEqual( {
			before: 'Side <strong>effe</strong>',
			after: '<strong>cts</strong> are mild',
			atEnd: false,
			hadSelection: false,
		} );
	} );

	it( 'knows the end of the field, where nothing moves', () => {
		expect( splitHtml( 'A &amp; B', 5 ) ).toEqual( {
			before: 'A &amp; B',
			after: '',
			atEnd: true,
			hadSelection: false,
		} );
	} );

	it( 'leaves a selected range out, in either direction', () => {
		const forward = splitHtml( 'one two three', 4, 8 );
		expect( forward ).toMatchObject( {
			before: 'one ',
			after: 'three',
			hadSelection: true,
		} );
		expect( splitHtml( 'one two three', 8, 4 ) ).toEqual( forward );
	} );

	it( 'keeps offsets within the field', () => {
		expect( splitHtml( 'short', 99 ) ).toMatchObject( {
			before: 'short',
			after: '',
			atEnd: true,
		} );
		expect( splitHtml( '', 0 ) ).toMatchObject( {
			before: '',
			after: '',
			atEnd: true,
		} );
	} );
} );

describe( 'plain text of rich text', () => {
	it( 'reads the words without markup, entities decoded', () => {
		expect( plainText( 'In crisis? <em>Call</em> A &amp; E' ) ).toBe(
			'In crisis? Call A & E'
		);
		expect( plainText( undefined ) ).toBe( '' );
	} );

	it( 'turns typed words into HTML that shows them as typed', () => {
		const typed = '<script>alert(1)</script> & more';
		const html = richTextFromPlain( typed );
		expect( html ).not.toContain( '<script>' );
		expect( plainText( html ) ).toBe( typed );
	} );
} );
