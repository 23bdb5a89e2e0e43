/**
 * A reader from outside opens the article the start script published.
 */
import {
	expect,
	missingSourceSentences,
	sourceArticleLines,
	test,
} from '../fixtures';
import { atLeast } from '../../../blocks/shared/at-least';

const SECTION_HEADINGS = [
	'The Mechanisms of Action',
	'NMDA Receptor Antagonism',
	'AMPA Receptor Activation',
	'Rapid Onset of Effects',
	'Clinical Evidence',
	'Safety and Side Effects',
	'Administration Methods',
	'Conclusion',
];

test( 'an anonymous reader sees the article with its title and section headings', async ( {
	reader,
	articleUrl,
} ) => {
	const response = await reader.goto( articleUrl );
	expect( response?.status() ).toBe( 200 );

	const [ , title ] = atLeast( sourceArticleLines(), 2 );
	await expect( reader.getByRole( 'heading', { level: 1 } ) ).toHaveText(
		title
	);
	for ( const heading of SECTION_HEADINGS ) {
		await expect(
			reader.getByRole( 'heading', { name: heading, exact: true } )
		).toBeVisible();
	}
	// A reader is not logged in: no toolbar, no session cookie.
	await expect( reader.locator( '#wpadminbar' ) ).toHaveCount( 0 );
	const cookies = await reader.context().cookies();
	expect(
		cookies
			.map( ( { name } ) => name )
			.filter( ( name ) => name.startsWith( 'wordpress_logged_in' ) )
	).toEqual( [] );
} );

test( 'every sentence of the source article is on the article page', async ( {
	reader,
	articleUrl,
} ) => {
	await reader.goto( articleUrl );
	expect(
		missingSourceSentences( await reader.locator( 'body' ).innerText() )
	).toEqual( [] );
} );

test( 'every link of the References list back to the text has a name', async ( {
	reader,
	articleUrl,
} ) => {
	await reader.goto( articleUrl );
	const backlinks = reader.locator(
		'.wp-block-william-health-references__backlink'
	);
	// Zarate is cited four times, Wilkinson twice, the others once.
	await expect( backlinks ).toHaveCount( 8 );
	const names = await backlinks.evaluateAll( ( links ) =>
		links.map( ( link ) => link.getAttribute( 'aria-label' ) ?? '' )
	);
	expect( names ).toEqual( [
		'Back to the text a',
		'Back to the text b',
		'Back to the text c',
		'Back to the text d',
		'Back to the text a',
		'Back to the text b',
		'Back to the text',
		'Back to the text',
	] );
	// Screen readers hear those names.
	await expect(
		reader.getByRole( 'link', { name: /^Back to the text/ } )
	).toHaveCount( 8 );
} );
