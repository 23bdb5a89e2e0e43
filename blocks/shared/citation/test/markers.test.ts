/**
 * Where a new citation marker goes in the text.
 */
import { markerPlace } from '../markers';

describe( 'markerPlace', () => {
	it( 'puts the marker right after the last word, before spaces the caret is after', () => {
		const text = 'Scores fell more than with placebo ';
		expect( markerPlace( text, text.length ) ).toBe( text.length - 1 );
		expect( markerPlace( 'Scores\u00a0 ', 8 ) ).toBe( 6 );
	} );

	it( 'leaves a caret after a word, or at the start, where it is', () => {
		expect( markerPlace( 'Scores fell.', 12 ) ).toBe( 12 );
		expect( markerPlace( 'Scores fell.', 6 ) ).toBe( 6 );
		expect( markerPlace( '   ', 3 ) ).toBe( 0 );
	} );
} );
