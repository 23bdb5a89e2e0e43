/**
 * The blocks behave like core blocks when reused: in synced patterns, with
 * pattern overrides where WordPress supports them, in Twenty Twenty-Five,
 * and the article keeps every word with the plugin switched off.
 */
import {
	editorBlocks,
	expect,
	missingSourceSentences,
	test,
} from '../fixtures';
import { wcagViolations } from '../utils/axe';
import { inTwentyTwentyFive } from '../utils/themes';

type Pattern = { name: string; content: string };

const BLOCK_PATTERNS = [
	'william-health-blocks/side-effects-notice',
	'william-health-blocks/evidence-ketamine',
	'william-health-blocks/mechanism-ketamine',
	'william-health-blocks/routes-ketamine',
];
const OUR_BLOCKS = [
	'.wp-block-william-health-safety-notice',
	'.wp-block-william-health-evidence-list',
	'.wp-block-william-health-mechanism-diagram',
	'.wp-block-william-health-administration-routes',
];

test( 'all four blocks work in a synced pattern: one edit shows in every post', async ( {
	requestUtils,
	createSyncedPattern,
	reader,
	page,
	createdPosts,
} ) => {
	const patterns = await requestUtils.rest< Pattern[] >( {
		path: '/wp/v2/block-patterns/patterns',
	} );
	const content = BLOCK_PATTERNS.map( ( name ) => {
		const pattern = patterns.find( ( item ) => item.name === name );
		expect( pattern, name ).toBeTruthy();
		return pattern!.content;
	} ).join( '\n\n' );
	const synced = await createSyncedPattern( 'Ketamine essentials', content );
	const links: string[] = [];
	for ( const title of [ 'First post', 'Second post' ] ) {
		const post = await requestUtils.rest< {
			id: number;
			link: string;
		} >( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title,
				status: 'publish',
				content: `<!-- wp:block {"ref":${ synced.id }} /-->`,
			},
		} );
		createdPosts.push( post.id );
		links.push( post.link );
	}

	// Editing inside the synced pattern: every block is valid there.
	await page.goto( `/wp-admin/post.php?post=${ synced.id }&action=edit` );
	await page
		.frameLocator( '[name="editor-canvas"]' )
		.locator( '.wp-block-william-health-evidence-list' )
		.waitFor();
	const blocks = await editorBlocks( page );
	expect( blocks.map( ( { name } ) => name ) ).toEqual( [
		'william-health/safety-notice',
		'william-health/evidence-list',
		'william-health/mechanism-diagram',
		'william-health/administration-routes',
	] );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );

	// One edit of the pattern.
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/blocks/${ synced.id }`,
		data: {
			content: content.replace(
				'Side effects and supervision',
				'Side effects, and why supervision matters'
			),
		},
	} );
	for ( const link of links ) {
		await reader.goto( link );
		for ( const selector of OUR_BLOCKS ) {
			await expect( reader.locator( selector ) ).toBeVisible();
		}
		await expect(
			reader.getByRole( 'complementary', {
				name: 'Important: Side effects, and why supervision matters',
			} )
		).toBeVisible();
	}
} );

test( 'a diagram caption can be overridden per instance of a synced pattern', async ( {
	requestUtils,
	createSyncedPattern,
	reader,
	createdPosts,
} ) => {
	const patterns = await requestUtils.rest< Pattern[] >( {
		path: '/wp/v2/block-patterns/patterns',
	} );
	const diagram = patterns
		.find(
			( item ) => item.name === 'william-health-blocks/mechanism-ketamine'
		)!
		// The pattern's diagram is wide, the block's default, which its
		// comment leaves out (as the editor saves it).
		.content.replace(
			'<!-- wp:william-health/mechanism-diagram -->',
			'<!-- wp:william-health/mechanism-diagram {"align":"wide","metadata":{"name":"Mechanism","bindings":{"__default":{"source":"core/pattern-overrides"}}}} -->'
		);
	expect( diagram ).toContain( '"name":"Mechanism"' );
	const synced = await createSyncedPattern(
		'Mechanism with overridable caption',
		diagram
	);
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Overridden caption',
			status: 'publish',
			content: `<!-- wp:block {"ref":${ synced.id },"content":{"Mechanism":{"caption":"Our own caption for this post."}}} /-->`,
		},
	} );
	createdPosts.push( post.id );
	await reader.goto( post.link );
	await expect(
		reader.getByRole( 'figure', {
			name: 'Our own caption for this post.',
		} )
	).toBeVisible();
	await expect(
		reader.locator( '.wp-block-william-health-mechanism-step' )
	).toHaveCount( 6 );
} );

test( 'all four blocks render in Twenty Twenty-Five and pass axe there', async ( {
	requestUtils,
	reader,
	articleUrl,
} ) => {
	await inTwentyTwentyFive( requestUtils, async () => {
		await reader.goto( articleUrl );
		for ( const selector of OUR_BLOCKS ) {
			await expect( reader.locator( selector ) ).toBeVisible();
		}
		expect( await wcagViolations( reader, OUR_BLOCKS ) ).toEqual( [] );
	} );
} );

test( 'with the plugin switched off, every word of the article stays on the page', async ( {
	requestUtils,
	reader,
	articleUrl,
} ) => {
	await requestUtils.deactivatePlugin( 'william-health-blocks' );
	try {
		await reader.goto( articleUrl );
		expect(
			missingSourceSentences( await reader.locator( 'body' ).innerText() )
		).toEqual( [] );
		// The blocks' own words too: the evidence references and the route table.
		await expect( reader.locator( 'body' ) ).toContainText(
			'10.1001/archpsyc.63.8.856'
		);
		await expect( reader.getByRole( 'table' ) ).toContainText(
			'Roughly 45–50%'
		);
	} finally {
		await requestUtils.activatePlugin( 'william-health-blocks' );
	}
} );

test( 'new posts offer the evidence-based article starter, and it inserts valid blocks', async ( {
	admin,
	page,
} ) => {
	await admin.createNewPost();
	const starters = page.getByRole( 'dialog', { name: 'Choose a pattern' } );
	await expect( starters ).toBeVisible();
	await starters
		.getByRole( 'option', { name: /Evidence-based article/ } )
		.click();
	await page
		.frameLocator( '[name="editor-canvas"]' )
		.locator( '.wp-block-william-health-administration-routes' )
		.waitFor();
	const blocks = await editorBlocks( page );
	expect( blocks.filter( ( { isValid } ) => ! isValid ) ).toEqual( [] );
	for ( const name of [
		'william-health/mechanism-diagram',
		'william-health/evidence-list',
		'william-health/safety-notice',
		'william-health/administration-routes',
	] ) {
		expect( blocks.map( ( block ) => block.name ) ).toContain( name );
	}
} );
