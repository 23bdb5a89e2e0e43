/**
 * The site in Hebrew (he_IL), a right-to-left language: the article and a
 * post of the four blocks alone read right to left at a phone's width
 * (360 px) and a desktop's (1280 px). Diagram arrows point the way the
 * chain is read, the route table's columns and cards start on the right,
 * the notices' thick border and icon sit on the right; axe finds nothing,
 * and nothing scrolls sideways. The site's language is set through the
 * REST settings and set back afterwards.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { useSiteLanguage } from '../utils/locale';
import { savedBlock } from '../utils/saved-blocks';

const WIDTHS = [ 360, 1280 ];

let restoreLanguage: () => Promise< void > = async () => {};

test.beforeAll( async ( { requestUtils } ) => {
	restoreLanguage = await useSiteLanguage( requestUtils, {
		language: 'he_IL',
	} );
} );

test.afterAll( async () => {
	await restoreLanguage();
} );

type Box = { left: number; right: number; top: number; bottom: number };

/**
 * What the page shows of its direction, measured in the browser: the
 * diagrams' boxes and arrows, the route tables' headings and cards, the
 * notices' borders and icons.
 *
 * @param page A reader's page.
 */
function measure( page: Page ) {
	return page.evaluate( () => {
		const box = ( element: Element | Range ) => {
			const { left, right, top, bottom } =
				element.getBoundingClientRect();
			return { left, right, top, bottom };
		};
		const diagrams = Array.from(
			document.querySelectorAll(
				'.wp-block-william-health-mechanism-diagram__steps'
			)
		).map( ( list ) => ( {
			direction: getComputedStyle( list ).flexDirection,
			boxes: Array.from(
				list.querySelectorAll(
					'.wp-block-william-health-mechanism-step__box'
				)
			).map( box ),
			arrows: Array.from(
				list.querySelectorAll(
					'.wp-block-william-health-mechanism-step__relation'
				)
			).map( ( relation ) =>
				getComputedStyle( relation, '::after' ).content.replace(
					/^"(.*)" \/ ""$|^"(.*)"$/,
					'$1$2'
				)
			),
		} ) );
		const tables = Array.from(
			document.querySelectorAll(
				'.wp-block-william-health-administration-routes__table'
			)
		).map( ( table ) => {
			const row = table.querySelector( 'tbody tr' );
			const routeCell = row?.querySelector( 'th' );
			// The route's words, measured as text (a cell is as wide as its
			// card; its words are not).
			const words = document.createRange();
			if ( routeCell ) {
				words.selectNodeContents( routeCell );
			}
			return {
				cards: row ? getComputedStyle( row ).display === 'flex' : false,
				headings: Array.from(
					table.querySelectorAll( 'thead th:not([hidden])' )
				).map( box ),
				card: row ? box( row ) : null,
				routeWords: routeCell ? box( words ) : null,
			};
		} );
		const notices = Array.from(
			document.querySelectorAll(
				'.wp-block-william-health-safety-notice'
			)
		).map( ( notice ) => {
			const style = getComputedStyle( notice );
			const badge = notice.querySelector(
				'.wp-block-william-health-safety-notice__badge'
			);
			const label = notice.querySelector(
				'.wp-block-william-health-safety-notice__label'
			);
			return {
				borderLeft: parseFloat( style.borderLeftWidth ),
				borderRight: parseFloat( style.borderRightWidth ),
				badge: badge ? box( badge ) : null,
				label: label ? box( label ) : null,
			};
		} );
		return {
			dir: document.documentElement.dir,
			sideways: document.documentElement.scrollWidth - window.innerWidth,
			diagrams,
			tables,
			notices,
		};
	} );
}

/**
 * Checks a page reads right to left at both widths, and passes axe.
 *
 * @param page A reader's page, loaded.
 * @return What was seen: diagrams in a row, tables as tables and as cards.
 */
async function expectRightToLeft(
	page: Page
): Promise< { rowDiagrams: number; tables: number; cards: number } > {
	const counts = { rowDiagrams: 0, tables: 0, cards: 0 };
	for ( const width of WIDTHS ) {
		await page.setViewportSize( { width, height: 900 } );
		const seen = await measure( page );
		const at = `at ${ width } px`;
		expect( seen.dir, at ).toBe( 'rtl' );
		expect( seen.sideways, `nothing scrolls sideways ${ at }` ).toBe( 0 );

		expect( seen.diagrams.length, at ).toBeGreaterThan( 0 );
		for ( const diagram of seen.diagrams ) {
			const pairs = diagram.boxes
				.slice( 1 )
				.map( ( next, index ): [ Box, Box ] => [
					diagram.boxes[ index ]!,
					next,
				] );
			if ( diagram.direction === 'row' ) {
				counts.rowDiagrams++;
				// Each next step to the left of the one before, arrows too.
				for ( const [ before, next ] of pairs ) {
					expect( next.right, at ).toBeLessThanOrEqual( before.left );
				}
				expect( new Set( diagram.arrows ), at ).toEqual(
					new Set( [ '←' ] )
				);
			} else {
				for ( const [ before, next ] of pairs ) {
					expect( next.top, at ).toBeGreaterThanOrEqual(
						before.bottom
					);
				}
				expect( new Set( diagram.arrows ), at ).toEqual(
					new Set( [ '↓' ] )
				);
			}
		}

		expect( seen.tables.length, at ).toBeGreaterThan( 0 );
		for ( const table of seen.tables ) {
			if ( table.cards ) {
				counts.cards++;
				// The route heads its card from the right edge.
				const { card, routeWords } = table;
				expect( card && routeWords, at ).toBeTruthy();
				const fromRight = card!.right - routeWords!.right;
				const fromLeft = routeWords!.left - card!.left;
				expect( fromRight, at ).toBeLessThan( 32 );
				expect( fromLeft, at ).toBeGreaterThan( fromRight );
			} else {
				counts.tables++;
				// The first column is the rightmost.
				const lefts = table.headings.map( ( heading ) => heading.left );
				expect( lefts, at ).toEqual(
					[ ...lefts ].sort( ( a, b ) => b - a )
				);
			}
		}

		expect( seen.notices.length, at ).toBeGreaterThan( 0 );
		for ( const notice of seen.notices ) {
			// The thick border on the right, the thin one on the left.
			expect( notice.borderRight, at ).toBeGreaterThan(
				notice.borderLeft
			);
			// The icon (the badge's ::before) right of the label: the gap on
			// the right is the icon and its spacing.
			const { badge, label } = notice;
			expect( badge && label, at ).toBeTruthy();
			const iconSide = badge!.right - label!.right;
			expect( iconSide, at ).toBeGreaterThan( 16 );
			expect( label!.left - badge!.left, at ).toBeGreaterThan( iconSide );
		}
	}
	expect( await wcagViolations( page ) ).toEqual( [] );
	return counts;
}

test( 'the article reads right to left', async ( { reader, articleUrl } ) => {
	await reader.goto( articleUrl );
	await expect( reader.locator( 'html' ) ).toHaveAttribute( 'lang', 'he-IL' );
	await expectRightToLeft( reader );
} );

test( 'the four blocks alone read right to left', async ( {
	reader,
	requestUtils,
	createdPosts,
} ) => {
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Lithium',
			status: 'publish',
			content: [
				savedBlock( 'safety-notice' ),
				savedBlock( 'mechanism-diagram' ),
				savedBlock( 'administration-routes' ),
				savedBlock( 'evidence-list' ),
			].join( '\n\n' ),
		},
	} );
	createdPosts.push( post.id );
	await reader.goto( post.link );
	// At a desktop's width three steps fit a row and four columns a table;
	// at a phone's the table turns into cards: every layout is seen.
	const seen = await expectRightToLeft( reader );
	expect( seen.rowDiagrams ).toBeGreaterThan( 0 );
	expect( seen.tables ).toBeGreaterThan( 0 );
	expect( seen.cards ).toBeGreaterThan( 0 );
} );
