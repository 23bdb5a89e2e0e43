/**
 * What a reader sees of the layout: boxes in a row or a column, and words
 * broken across lines where they should not be.
 */
import type { Locator } from '@playwright/test';

/**
 * The words of each element that are split across two lines (overflow-wrap
 * breaking "Glutamate" into "Glutama" and "te" in a box too narrow).
 *
 * @param elements The elements whose words to check.
 * @return "word (in: text)" for each broken word; empty when none is.
 */
export function brokenWords( elements: Locator ): Promise< string[] > {
	return elements.evaluateAll( ( nodes ) =>
		nodes.flatMap( ( node ) => {
			const broken: string[] = [];
			const walker = document.createTreeWalker(
				node,
				NodeFilter.SHOW_TEXT
			);
			for (
				let text = walker.nextNode();
				text;
				text = walker.nextNode()
			) {
				const value = text.nodeValue ?? '';
				for ( const match of value.matchAll( /\S+/g ) ) {
					const range = document.createRange();
					range.setStart( text, match.index );
					range.setEnd( text, match.index + match[ 0 ].length );
					const lines = new Set(
						Array.from( range.getClientRects() ).map( ( rect ) =>
							Math.round( rect.top )
						)
					);
					if ( lines.size > 1 ) {
						broken.push(
							`${ match[ 0 ] } (in: ${ value.trim() })`
						);
					}
				}
			}
			return broken;
		} )
	);
}

/**
 * Whether the elements sit in one row, in reading order, or one column, top
 * to bottom.
 *
 * @param elements The elements, in document order.
 * @return "row", "column" or "mixed".
 */
export async function arrangement(
	elements: Locator
): Promise< 'row' | 'column' | 'mixed' > {
	const boxes = await elements.evaluateAll( ( nodes ) =>
		nodes.map( ( node ) => {
			const { x, y, right } = node.getBoundingClientRect();
			return {
				x: Math.round( x ),
				y: Math.round( y ),
				right: Math.round( right ),
				rtl: getComputedStyle( node ).direction === 'rtl',
			};
		} )
	);
	const pairs = boxes
		.slice( 1 )
		.map( ( box, index ) => [ boxes[ index ]!, box ] );
	if (
		pairs.every(
			( [ a, b ] ) =>
				a.y === b.y && ( a.rtl ? b.right < a.right : b.x > a.x )
		)
	) {
		return 'row';
	}
	if ( pairs.every( ( [ a, b ] ) => a.x === b.x && b.y > a.y ) ) {
		return 'column';
	}
	return 'mixed';
}
