/**
 * The article and every notice level stay accessible in the theme's dark
 * variation, and the blocks render in Twenty Twenty-Five too.
 */
import { expect, test } from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { savedBlock, savedBlockSummaries } from '../utils/saved-blocks';

type Variation = { title: string; settings: object; styles?: object };

// One notice per level, as save() wrote them (the fixture's own texts).
const NOTICES = savedBlockSummaries( 'safety-notice__levels' ).map(
	( { attributes } ) => ( {
		label: String( attributes.label ),
		heading: String( attributes.heading ),
	} )
);

test.describe( 'notices and the article in other styles', () => {
	let noticesPost: { id: number; link: string };

	test.beforeAll( async ( { requestUtils } ) => {
		noticesPost = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: 'Every notice level',
				status: 'publish',
				content: savedBlock( 'safety-notice__levels' ),
			},
		} );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/posts/${ noticesPost.id }`,
			params: { force: true },
		} );
	} );

	test( 'the dark variation passes axe on the home page, the article, a 404 and every notice level', async ( {
		requestUtils,
		reader,
		articleUrl,
	} ) => {
		const stylesId = await requestUtils.getCurrentThemeGlobalStylesPostId();
		const variations = await requestUtils.rest< Variation[] >( {
			path: '/wp/v2/global-styles/themes/william-inc/variations',
		} );
		const dark = variations.find( ( { title } ) => title === 'Dark' );
		expect( dark, 'the theme ships a Dark variation' ).toBeTruthy();
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/global-styles/${ stylesId }`,
			data: { settings: dark!.settings, styles: dark!.styles ?? {} },
		} );
		try {
			for ( const url of [
				'/',
				articleUrl,
				'/no-such-page/',
				noticesPost.link,
			] ) {
				await reader.goto( url );
				// The variation is really applied: a dark background.
				const background = await reader.evaluate(
					() => getComputedStyle( document.body ).backgroundColor
				);
				expect( background ).toBe( 'rgb(18, 23, 29)' );
				expect( await wcagViolations( reader ), url ).toEqual( [] );
			}
		} finally {
			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/global-styles/${ stylesId }`,
				data: { settings: {}, styles: {} },
			} );
		}
	} );

	test( 'every notice level renders and passes axe in Twenty Twenty-Five', async ( {
		requestUtils,
		reader,
	} ) => {
		await requestUtils.activateTheme( 'twentytwentyfive' );
		try {
			await reader.goto( noticesPost.link );
			expect( NOTICES.map( ( { label } ) => label ) ).toEqual( [
				'Information',
				'Important',
				'Ask a doctor',
				'Call emergency services',
			] );
			for ( const { label, heading } of NOTICES ) {
				const notice = reader.getByRole( 'complementary', {
					name: `${ label }: ${ heading }`,
				} );
				await expect( notice ).toBeVisible();
				// Our stylesheet applies: the notice has its accent border.
				const border = await notice.evaluate(
					( element ) =>
						getComputedStyle( element ).borderInlineStartWidth
				);
				expect( border ).toBe( '8px' );
			}
			// Twenty Twenty-Five's own markup is not ours to judge: check the notices.
			expect(
				await wcagViolations( reader, [
					'.wp-block-william-health-safety-notice',
				] )
			).toEqual( [] );
		} finally {
			await requestUtils.activateTheme( 'william-inc' );
		}
	} );
} );
