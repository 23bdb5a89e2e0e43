/**
 * An author writing about any treatment starts from our patterns: the
 * starter article and one pattern per block are topic-neutral skeletons with
 * guidance, every block of them is valid, and the ketamine article is only
 * offered as a clearly named example.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { closeStartDialogs } from '../utils/editor';

type Pattern = {
	name: string;
	title: string;
	content: string;
	categories?: string[];
	inserter?: boolean;
};

type EditorBlock = {
	name: string;
	isValid: boolean;
	innerBlocks: EditorBlock[];
};

type WordPressGlobal = {
	blocks: { parse: ( content: string ) => EditorBlock[] };
	data: {
		select: ( store: 'core/block-editor' ) => {
			getBlocks: () => EditorBlock[];
		};
		dispatch: ( store: 'core/block-editor' ) => {
			resetBlocks: ( blocks: EditorBlock[] ) => void;
		};
	};
};

/** Words of the ketamine article that a topic-neutral pattern must not hold. */
const ARTICLE_WORDS =
	/ketamine|esketamine|spravato|nmda|ampa|bdnf|glutamate|depress|anxiety/i;

const STARTER = 'william-health-blocks/starter-evidence-article';
const SKELETONS = [
	'william-health-blocks/safety-notice-skeleton',
	'william-health-blocks/evidence-skeleton',
	'william-health-blocks/mechanism-skeleton',
	'william-health-blocks/routes-skeleton',
];
/** The example article's own parts: it requires them, the inserter does not offer them. */
const EXAMPLE_PARTS = [
	'william-health-blocks/side-effects-notice',
	'william-health-blocks/evidence-ketamine',
	'william-health-blocks/mechanism-ketamine',
];
const OUR_BLOCKS = [
	'william-health/mechanism-diagram',
	'william-health/evidence-list',
	'william-health/safety-notice',
	'william-health/administration-routes',
];

/**
 * Every block in the editor, nested ones included, that did not parse as
 * valid, by name; and the names of all blocks.
 *
 * @param page An editor page.
 */
async function editorBlockTree( page: Page ) {
	return page.evaluate( () => {
		const { wp } = window as Window &
			typeof globalThis & { wp: WordPressGlobal };
		const all: EditorBlock[] = [];
		const walk = ( blocks: EditorBlock[] ) =>
			blocks.forEach( ( block ) => {
				all.push( block );
				walk( block.innerBlocks );
			} );
		walk( wp.data.select( 'core/block-editor' ).getBlocks() );
		return {
			names: all.map( ( { name } ) => name ),
			invalid: all
				.filter( ( { isValid } ) => ! isValid )
				.map( ( { name } ) => name ),
		};
	} );
}

test( 'a new post starts from the topic-neutral starter, picked with the mouse, and every block is valid', async ( {
	admin,
	page,
} ) => {
	await admin.createNewPost();
	const chooser = page.getByRole( 'dialog', { name: 'Choose a pattern' } );
	const options = chooser.getByRole( 'option' );
	// The starter comes first; the ketamine article is offered as an example.
	await expect( options.first() ).toHaveAccessibleName(
		/^Evidence-based article/,
		{ timeout: 30_000 }
	);
	await expect(
		chooser.getByRole( 'option', {
			name: /^Example: Ketamine for severe depression and anxiety/,
		} )
	).toBeVisible();
	await options.first().click();

	const canvas = page.frameLocator( '[name="editor-canvas"]' );
	await canvas
		.locator( '.wp-block-william-health-administration-routes' )
		.waitFor();
	const { names, invalid } = await editorBlockTree( page );
	expect( invalid ).toEqual( [] );
	for ( const name of OUR_BLOCKS ) {
		expect( names ).toContain( name );
	}
	// Guidance, not facts: what to write where, about no treatment in particular.
	const text = await canvas.locator( '.wp-block-post-content' ).innerText();
	expect( text ).toContain( 'Start with what readers most need to know' );
	expect( text ).toContain( 'Name the risk in a few words' );
	expect( text ).not.toMatch( ARTICLE_WORDS );
} );

test( 'each pattern of the "Evidence-based health" category inserts with every block valid', async ( {
	admin,
	page,
	requestUtils,
} ) => {
	const registered = await requestUtils.rest< Pattern[] >( {
		path: '/wp/v2/block-patterns/patterns',
	} );
	const offered = registered.filter(
		( pattern ) =>
			( pattern.categories ?? [] ).includes( 'william-health' ) &&
			pattern.inserter !== false
	);
	const byName = ( name: string ) => {
		const pattern = registered.find( ( item ) => item.name === name );
		expect( pattern, name ).toBeTruthy();
		return pattern!;
	};

	// The starter and one pattern per block, about no treatment in particular.
	for ( const name of [ STARTER, ...SKELETONS ] ) {
		expect( offered.map( ( pattern ) => pattern.name ) ).toContain( name );
		expect( byName( name ).content, name ).not.toMatch( ARTICLE_WORDS );
	}
	// The example keeps its slug and says it is one; its parts stay registered
	// (the example requires them) but are not offered on their own.
	expect( byName( 'william-health-blocks/ketamine-article' ).title ).toMatch(
		/^Example: /
	);
	for ( const name of EXAMPLE_PARTS ) {
		expect( byName( name ).inserter, name ).toBe( false );
	}

	await admin.createNewPost();
	await closeStartDialogs( page );

	// One through the inserter's Patterns tab, by mouse, as an author does.
	await page
		.getByRole( 'button', { name: 'Block Inserter', exact: true } )
		.click();
	const inserter = page.getByRole( 'region', { name: 'Block Library' } );
	await inserter.getByRole( 'tab', { name: 'Patterns' } ).click();
	await inserter
		.getByRole( 'tab', { name: 'Evidence-based health' } )
		.or( inserter.getByRole( 'button', { name: 'Evidence-based health' } ) )
		.click();
	const list = page.getByRole( 'listbox', {
		name: 'Evidence-based health',
	} );
	for ( const name of EXAMPLE_PARTS ) {
		await expect(
			list.getByRole( 'option', { name: byName( name ).title } )
		).toHaveCount( 0 );
	}
	await list
		.getByRole( 'option', { name: 'Safety notice with guidance' } )
		.click();
	const canvas = page.frameLocator( '[name="editor-canvas"]' );
	await expect(
		canvas.locator( '.wp-block-william-health-safety-notice' )
	).toContainText( 'Name the risk in a few words' );
	let tree = await editorBlockTree( page );
	expect( tree.names ).toContain( 'william-health/safety-notice' );
	expect( tree.invalid ).toEqual( [] );

	// The rest from their registered content, each into an empty post.
	for ( const pattern of offered ) {
		await page.evaluate( ( content ) => {
			const { wp } = window as Window &
				typeof globalThis & { wp: WordPressGlobal };
			wp.data
				.dispatch( 'core/block-editor' )
				.resetBlocks( wp.blocks.parse( content ) );
		}, pattern.content );
		tree = await editorBlockTree( page );
		expect( tree.names.length, pattern.name ).toBeGreaterThan( 0 );
		expect( tree.invalid, pattern.name ).toEqual( [] );
	}
} );
