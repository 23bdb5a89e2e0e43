import { atLeast } from '../at-least';

it( 'returns the list when it is long enough, and says what was missing when not', () => {
	const [ first, second ] = atLeast( [ 'a', 'b', 'c' ], 2 );
	expect( `${ first }${ second }` ).toBe( 'ab' );
	expect( () => atLeast( [ 'a' ], 2 ) ).toThrow(
		'Expected at least 2 items, found 1.'
	);
} );
