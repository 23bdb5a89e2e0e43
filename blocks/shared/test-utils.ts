/**
 * Unit-test helpers: a block's saved markup as an element, and the core
 * blocks our blocks hold or transform into, registered with what their save
 * needs (their saved markup is all that matters).
 */
import {
	InnerBlocks,
	RichText,
	useBlockProps,
	useInnerBlocksProps,
} from '@wordpress/block-editor';
import {
	getBlockType,
	getSaveContent,
	registerBlockType,
	type Block,
} from '@wordpress/blocks';
import { createElement } from '@wordpress/element';

type Content = { content?: string };

/**
 * The outer element of what a block saves, inner blocks included.
 *
 * @param block A block made with createBlock.
 */
export function savedElement( block: Block ): HTMLElement {
	const container = document.createElement( 'div' );
	container.innerHTML = getSaveContent(
		block.name,
		block.attributes,
		block.innerBlocks
	);
	return container.firstElementChild as HTMLElement;
}

/**
 * Registers paragraph, heading, list, list item, group, quote and details
 * stand-ins unless already registered. Each saves what WordPress 7.1's own
 * block saves (packages/block-library/src/<block>/save.js and the
 * `className` support of its block.json), so markup built with them, such as
 * the plugin's patterns, is valid in the real editor; their editing is left
 * out.
 */
export function registerCoreTestBlocks(): void {
	const define = (
		name: string,
		settings: Parameters< typeof registerBlockType >[ 1 ]
	) => {
		if ( ! getBlockType( name ) ) {
			registerBlockType( name, { apiVersion: 3, ...settings } as never );
		}
	};
	// No `wp-block-paragraph` / `wp-block-list-item` class: their block.json
	// switches the generated class name off.
	const noClassName = { className: false };

	define( 'core/paragraph', {
		title: 'Paragraph',
		category: 'text',
		supports: noClassName,
		attributes: {
			content: { type: 'rich-text', source: 'rich-text', selector: 'p' },
			direction: { type: 'string', enum: [ 'ltr', 'rtl' ] },
		},
		save: ( {
			attributes,
		}: {
			attributes: Content & { direction?: 'ltr' | 'rtl' };
		} ) =>
			createElement(
				'p',
				useBlockProps.save( { dir: attributes.direction } ),
				createElement( RichText.Content, {
					value: attributes.content ?? '',
				} )
			),
	} );
	define( 'core/heading', {
		title: 'Heading',
		category: 'text',
		attributes: {
			content: {
				type: 'rich-text',
				source: 'rich-text',
				selector: 'h1,h2,h3,h4,h5,h6',
			},
			level: { type: 'number', default: 2 },
		},
		// <h2 class="wp-block-heading">.
		save: ( {
			attributes,
		}: {
			attributes: Content & { level?: number };
		} ) =>
			createElement(
				`h${ attributes.level ?? 2 }`,
				useBlockProps.save(),
				createElement( RichText.Content, {
					value: attributes.content ?? '',
				} )
			),
	} );
	define( 'core/list-item', {
		title: 'List item',
		category: 'text',
		supports: noClassName,
		attributes: {
			content: { type: 'rich-text', source: 'rich-text', selector: 'li' },
		},
		save: ( { attributes }: { attributes: Content } ) =>
			createElement(
				'li',
				useBlockProps.save(),
				createElement( RichText.Content, {
					value: attributes.content ?? '',
				} ),
				createElement( InnerBlocks.Content )
			),
	} );
	define( 'core/list', {
		title: 'List',
		category: 'text',
		attributes: {
			ordered: { type: 'boolean', default: false },
			start: { type: 'number' },
			reversed: { type: 'boolean' },
		},
		// <ul class="wp-block-list">.
		save: ( {
			attributes,
		}: {
			attributes: {
				ordered?: boolean;
				start?: number;
				reversed?: boolean;
			};
		} ) =>
			createElement(
				attributes.ordered ? 'ol' : 'ul',
				useBlockProps.save( {
					reversed: attributes.reversed,
					start: attributes.start,
				} ),
				createElement( InnerBlocks.Content )
			),
	} );
	define( 'core/group', {
		title: 'Group',
		category: 'design',
		attributes: { tagName: { type: 'string', default: 'div' } },
		// <div class="wp-block-group">: layout classes are added on the server.
		save: ( { attributes }: { attributes: { tagName?: string } } ) =>
			createElement(
				attributes.tagName ?? 'div',
				useInnerBlocksProps.save( useBlockProps.save() )
			),
	} );
	define( 'core/quote', {
		title: 'Quote',
		category: 'text',
		attributes: {
			citation: {
				type: 'rich-text',
				source: 'rich-text',
				selector: 'cite',
			},
		},
		save: ( { attributes }: { attributes: { citation?: string } } ) =>
			createElement(
				'blockquote',
				useBlockProps.save(),
				createElement( InnerBlocks.Content ),
				! RichText.isEmpty( attributes.citation ?? '' ) &&
					createElement( RichText.Content, {
						tagName: 'cite',
						value: attributes.citation ?? '',
					} )
			),
	} );
	define( 'core/details', {
		title: 'Details',
		category: 'text',
		attributes: {
			summary: {
				type: 'rich-text',
				source: 'rich-text',
				selector: 'summary',
			},
			showContent: { type: 'boolean', default: false },
		},
		save: ( {
			attributes,
		}: {
			attributes: { summary?: string; showContent?: boolean };
		} ) =>
			createElement(
				'details',
				{ ...useBlockProps.save(), open: attributes.showContent },
				createElement(
					'summary',
					null,
					createElement( RichText.Content, {
						value: attributes.summary || 'Details',
					} )
				),
				createElement( InnerBlocks.Content )
			),
	} );
}
