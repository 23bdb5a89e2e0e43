/**
 * Writes a pattern definition as the plugin's PHP pattern file: the header
 * core reads, then the markup our blocks' save() writes for the definition's
 * blocks, with every marked string printed by PHP, translated and escaped for
 * where it stands. Needs the real block types (registered on import) and
 * runs in Jest, where save() runs as in the editor.
 */
import { createBlock, serialize, type Block } from '@wordpress/blocks';

import '../blocks/administration-routes';
import '../blocks/evidence-item';
import '../blocks/evidence-list';
import '../blocks/mechanism-diagram';
import '../blocks/mechanism-step';
import '../blocks/references';
import '../blocks/safety-notice';
import { registerCoreTestBlocks } from '../blocks/shared/test-utils';
import { collectMarks, TOKEN, TOKEN_PART, type Mark } from './marks';
import { phpString, TEXT_DOMAIN } from './php-code';
import type { BlockTemplate, PatternDefinition, PatternHeader } from './types';

registerCoreTestBlocks();

type Segment = { markup: string } | { part: PatternDefinition };

/**
 * Where a marked string stands in the markup: text, an attribute value, or
 * a string of a block comment's attributes (JSON).
 */
type Place = 'text' | 'attribute' | 'comment';

/**
 * The file name under plugin/patterns/ (and of the module under patterns/),
 * without extension: the slug's name.
 *
 * @param definition A pattern.
 */
export function patternName( definition: PatternDefinition ): string {
	return definition.header.slug.replace( /^william-health-blocks\//, '' );
}

const toBlock = ( [
	name,
	attributes = {},
	inner = [],
]: BlockTemplate ): Block =>
	createBlock( name, attributes, inner.map( toBlock ) );

/**
 * The definition's blocks saved, top-level block by block, the parts it
 * requires, and the marks its tokens stand for.
 *
 * @param definition A pattern.
 */
function build( definition: PatternDefinition ): {
	segments: Segment[];
	marks: Mark[];
} {
	const { value: items, marks } = collectMarks( definition.content );
	const segments = items.map( ( item ): Segment => {
		if ( ! Array.isArray( item ) ) {
			return { part: item };
		}
		const markup = serialize( [ toBlock( item ) ] );
		if ( /<\?|\?>/.test( markup ) ) {
			throw new Error(
				`Saved markup holds "<?" or "?>", which PHP would read as code: ${ markup }`
			);
		}
		return { markup };
	} );
	return { segments, marks };
}

/**
 * Replaces every token of the saved markup with what `print` gives for its
 * mark, telling it whether the token stands in text, in an attribute value
 * or in a string of a block comment's attributes (JSON). A token elsewhere
 * in a block comment or inside a tag fails: PHP cannot be printed there.
 *
 * @param markup Saved markup with tokens.
 * @param marks  The marks, by token number.
 * @param print  What stands in for a mark.
 * @param used   Collects the numbers of the marks found.
 */
function replaceMarks(
	markup: string,
	marks: Mark[],
	print: ( mark: Mark, place: Place ) => string,
	used: Set< number >
): string {
	let state: 'text' | 'comment' | 'json' | 'tag' | 'value' = 'text';
	let quote = '';
	let output = '';
	let start = 0;
	const fail = ( mark: Mark | undefined, where: string ) => {
		const words = mark?.kind === 'text' ? mark.text : mark?.code;
		const near = markup.slice( Math.max( 0, start - 80 ), start );
		throw new Error(
			`The marked string "${ words }" lands ${ where }, where PHP cannot print it: …${ near }`
		);
	};
	for ( let index = 0; index < markup.length; ) {
		TOKEN.lastIndex = index;
		const token = TOKEN.exec( markup );
		if ( token ) {
			const mark = marks[ Number( token[ 1 ] ) ];
			start = index;
			if ( ! mark ) {
				fail( mark, 'with no mark behind it' );
			} else if ( state === 'comment' ) {
				fail(
					mark,
					'in a block comment outside a string of its attributes'
				);
			} else if ( state === 'tag' ) {
				fail( mark, 'inside a tag, outside an attribute value' );
			} else {
				const places = {
					json: 'comment',
					value: 'attribute',
					text: 'text',
				} as const;
				const printed = print( mark, places[ state ] );
				// PHP drops a line break right after "?>": print it twice.
				const lineBreak =
					printed.endsWith( '?>' ) &&
					markup.charAt( index + token[ 0 ].length ) === '\n';
				output += lineBreak ? `${ printed }\n` : printed;
				used.add( Number( token[ 1 ] ) );
			}
			index += token[ 0 ].length;
			continue;
		}
		const char = markup.charAt( index );
		if ( state === 'json' && char === '\\' ) {
			// An escape: the next character cannot end the string.
			output += markup.slice( index, index + 2 );
			index += 2;
			continue;
		}
		if ( state === 'text' && markup.startsWith( '<!--', index ) ) {
			state = 'comment';
		} else if ( state === 'comment' && markup.startsWith( '-->', index ) ) {
			state = 'text';
			output += '-->';
			index += 3;
			continue;
		} else if ( state === 'comment' && char === '"' ) {
			state = 'json';
		} else if ( state === 'json' && char === '"' ) {
			state = 'comment';
		} else if ( state === 'text' && char === '<' ) {
			state = 'tag';
		} else if ( state === 'tag' && ( char === '"' || char === "'" ) ) {
			state = 'value';
			quote = char;
		} else if ( state === 'tag' && char === '>' ) {
			state = 'text';
		} else if ( state === 'value' && char === quote ) {
			state = 'tag';
		}
		output += char;
		index += 1;
	}
	if ( TOKEN_PART.test( output ) ) {
		throw new Error(
			`A marked string was cut or changed by save(): ${ output }`
		);
	}
	return output;
}

/**
 * The pattern's markup with every mark replaced, after checking that each
 * mark made it into the saved markup.
 *
 * @param definition A pattern.
 * @param print      What stands in for a mark.
 * @param part       What stands in for a required part.
 */
function render(
	definition: PatternDefinition,
	print: ( mark: Mark, place: Place ) => string,
	part: ( definition: PatternDefinition ) => string
): string {
	const { segments, marks } = build( definition );
	const used = new Set< number >();
	const content = segments.map( ( segment ) =>
		'part' in segment
			? part( segment.part )
			: replaceMarks( segment.markup, marks, print, used )
	);
	marks.forEach( ( mark, number ) => {
		if ( ! used.has( number ) ) {
			const words = mark.kind === 'text' ? mark.text : mark.code;
			throw new Error(
				`The marked string "${ words }" of ${ definition.header.slug } is nowhere in the saved markup: save() changed or dropped it.`
			);
		}
	} );
	return content.join( '\n\n' );
}

/**
 * The PHP that prints a mark, escaped for its place.
 *
 * @param mark  A marked string.
 * @param place Text or attribute value.
 */
function phpFor( mark: Mark, place: Place ): string {
	const domain = phpString( TEXT_DOMAIN );
	if ( place === 'comment' ) {
		// Encoded as core encodes block attributes, without the quotes.
		let value: string;
		if ( mark.kind === 'php' ) {
			value = mark.code;
		} else if ( mark.context === undefined ) {
			value = `__( ${ phpString( mark.text ) }, ${ domain } )`;
		} else {
			value = `_x( ${ phpString( mark.text ) }, ${ phpString(
				mark.context
			) }, ${ domain } )`;
		}
		return `<?php echo substr( serialize_block_attributes( ${ value } ), 1, -1 ); ?>`;
	}
	const escape = place === 'attribute' ? 'esc_attr' : 'esc_html';
	let call: string;
	if ( mark.kind === 'php' ) {
		call = `${ escape }( ${ mark.code } )`;
	} else if ( mark.context === undefined ) {
		call = `${ escape }__( ${ phpString( mark.text ) }, ${ domain } )`;
	} else {
		call = `${ escape }_x( ${ phpString( mark.text ) }, ${ phpString(
			mark.context
		) }, ${ domain } )`;
	}
	return `<?php echo ${ call }; ?>`;
}

/**
 * Plain text escaped as `esc_html()` and `esc_attr()` escape it: quotes
 * included, entities already in the text left as they are.
 *
 * @param text Plain text.
 */
export function escapeLikeWordPress( text: string ): string {
	return text
		.replace( /&(?!(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/gi, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' )
		.replace( /"/g, '&quot;' )
		.replace( /'/g, '&#039;' );
}

/**
 * Plain text as a string of block attributes in a block comment, without
 * its quotes: JSON, escaped as the block serializer and WordPress 7.1's
 * `serialize_block_attributes()` escape it.
 *
 * @param text Plain text.
 */
export function encodeForComment( text: string ): string {
	return JSON.stringify( text )
		.slice( 1, -1 )
		.replaceAll( '\\\\', '\\u005c' )
		.replaceAll( '--', '\\u002d\\u002d' )
		.replaceAll( '<', '\\u003c' )
		.replaceAll( '>', '\\u003e' )
		.replaceAll( '&', '\\u0026' )
		.replaceAll( '\\"', '\\u0022' );
}

const englishFor = ( mark: Mark, place: Place ) => {
	const english = mark.kind === 'php' ? mark.english : mark.text;
	return place === 'comment'
		? encodeForComment( english )
		: escapeLikeWordPress( english );
};

/**
 * What the pattern's content is on an English site with the default date
 * format: what WordPress registers there.
 *
 * @param definition A pattern.
 */
export function englishContent( definition: PatternDefinition ): string {
	return render( definition, englishFor, englishContent );
}

function headerLines( header: PatternHeader ): string[] {
	const fields: Array< [ string, string | string[] | undefined ] > = [
		[ 'Title', header.title ],
		[ 'Slug', header.slug ],
		[ 'Categories', header.categories ],
		[ 'Keywords', header.keywords ],
		[ 'Block Types', header.blockTypes ],
		[ 'Post Types', header.postTypes ],
		[ 'Inserter', header.inserter === false ? 'no' : undefined ],
		[ 'Description', header.description ],
	];
	return fields.flatMap( ( [ name, value ] ) => {
		if ( value === undefined ) {
			return [];
		}
		const text = Array.isArray( value ) ? value.join( ', ' ) : value;
		if ( /[\r\n]|\*\//.test( text ) ) {
			throw new Error(
				`${ name } must be one line without "*/": ${ text }`
			);
		}
		return [ ` * ${ name }: ${ text }` ];
	} );
}

/**
 * The pattern's PHP file: a line saying it is generated, the header, then
 * the saved markup with PHP printing every marked string.
 *
 * @param definition A pattern.
 */
export function patternFile( definition: PatternDefinition ): string {
	const name = patternName( definition );
	const content = render(
		definition,
		phpFor,
		( part ) =>
			`<?php require __DIR__ . ${ phpString(
				`/${ patternName( part ) }.php`
			) }; ?>`
	);
	return [
		`<?php // Generated from patterns/${ name }.ts by \`npm run patterns:update\`: edit that file, not this one.`,
		'/**',
		...headerLines( definition.header ),
		' *',
		' * @package WilliamHealthBlocks',
		' */',
		'',
		'?>',
		`${ content }\n`,
	].join( '\n' );
}
