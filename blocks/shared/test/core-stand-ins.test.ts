/**
 * The core-block stand-ins save what WordPress 7.1's own blocks save, so
 * markup built with them (the plugin's patterns among it) is valid in the
 * real editor. The expected markup is what the 7.1 editor serializes for
 * the same blocks.
 */
import { createBlock, serialize } from '@wordpress/blocks';

import { registerCoreTestBlocks } from '../test-utils';

// The blocks are built inside each test, once the stand-ins are registered.
beforeAll( registerCoreTestBlocks );

it.each( [
	[
		'a paragraph, without a class',
		() =>
			createBlock( 'core/paragraph', { content: 'Some <em>words</em>' } ),
		'<!-- wp:paragraph -->\n<p>Some <em>words</em></p>\n<!-- /wp:paragraph -->',
	],
	[
		'a heading, with wp-block-heading',
		() =>
			createBlock( 'core/heading', { content: 'Conclusion', level: 3 } ),
		'<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Conclusion</h3>\n<!-- /wp:heading -->',
	],
	[
		'a list, with wp-block-list, and its items without a class',
		() =>
			createBlock( 'core/list', { ordered: true }, [
				createBlock( 'core/list-item', { content: 'One' } ),
			] ),
		'<!-- wp:list {"ordered":true} -->\n<ol class="wp-block-list"><!-- wp:list-item -->\n<li>One</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
	],
	[
		'a group, with wp-block-group',
		() =>
			createBlock( 'core/group', { tagName: 'aside' }, [
				createBlock( 'core/paragraph', { content: 'Inside' } ),
			] ),
		'<!-- wp:group {"tagName":"aside"} -->\n<aside class="wp-block-group"><!-- wp:paragraph -->\n<p>Inside</p>\n<!-- /wp:paragraph --></aside>\n<!-- /wp:group -->',
	],
	[
		'a quote, with wp-block-quote and its citation',
		() =>
			createBlock( 'core/quote', { citation: 'NICE' }, [
				createBlock( 'core/paragraph', { content: 'Quoted' } ),
			] ),
		'<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Quoted</p>\n<!-- /wp:paragraph --><cite>NICE</cite></blockquote>\n<!-- /wp:quote -->',
	],
	[
		'details, with wp-block-details and its summary',
		() =>
			createBlock( 'core/details', { summary: 'More' }, [
				createBlock( 'core/paragraph', { content: 'Hidden' } ),
			] ),
		'<!-- wp:details -->\n<details class="wp-block-details"><summary>More</summary><!-- wp:paragraph -->\n<p>Hidden</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->',
	],
] )( 'saves %s', ( _name, build, expected ) => {
	expect( serialize( [ build() ] ) ).toBe( expected );
} );
