/**
 * Unit-test helpers: a block's saved markup as an element, and the core
 * blocks our blocks hold or transform into, registered with minimal settings
 * (their save output is all that matters).
 */
import { InnerBlocks, RichText } from '@wordpress/block-editor';
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
 * stand-ins unless already registered.
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
	const text =
		( tagName: keyof HTMLElementTagNameMap ) =>
		( { attributes }: { attributes: Content } ) =>
			createElement( RichText.Content, {
				tagName,
				value: attributes.content ?? '',
			} );
	const container = ( tagName: string ) => () =>
		createElement( tagName, null, createElement( InnerBlocks.Content ) );

	define( 'core/paragraph', {
		title: 'Paragraph',
		category: 'text',
		attributes: {
			content: { type: 'string', source: 'html', selector: 'p' },
		},
		save: text( 'p' ),
	} );
	define( 'core/heading', {
		title: 'Heading',
		category: 'text',
		attributes: {
			content: {
				type: 'string',
				source: 'html',
				selector: 'h1,h2,h3,h4,h5,h6',
			},
			level: { type: 'number', default: 2 },
		},
		save: ( {
			attributes,
		}: {
			attributes: Content & { level?: number };
		} ) =>
			createElement( RichText.Content, {
				tagName:
					`h${ attributes.level ?? 2 }` as `h${ 1 | 2 | 3 | 4 | 5 | 6 }`,
				value: attributes.content ?? '',
			} ),
	} );
	define( 'core/list-item', {
		title: 'List item',
		category: 'text',
		attributes: {
			content: { type: 'string', source: 'html', selector: 'li' },
		},
		save: text( 'li' ),
	} );
	define( 'core/list', {
		title: 'List',
		category: 'text',
		attributes: { ordered: { type: 'boolean', default: false } },
		save: ( { attributes }: { attributes: { ordered?: boolean } } ) =>
			createElement(
				attributes.ordered ? 'ol' : 'ul',
				null,
				createElement( InnerBlocks.Content )
			),
	} );
	define( 'core/group', {
		title: 'Group',
		category: 'design',
		attributes: { tagName: { type: 'string', default: 'div' } },
		save: ( { attributes }: { attributes: { tagName?: string } } ) =>
			container( attributes.tagName ?? 'div' )(),
	} );
	define( 'core/quote', {
		title: 'Quote',
		category: 'text',
		attributes: {
			citation: { type: 'string', source: 'html', selector: 'cite' },
		},
		save: container( 'blockquote' ),
	} );
	define( 'core/details', {
		title: 'Details',
		category: 'text',
		attributes: {
			summary: { type: 'string', source: 'html', selector: 'summary' },
		},
		save: container( 'details' ),
	} );
}
