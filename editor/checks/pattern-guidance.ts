/**
 * "Guidance from a pattern is still here": the plugin's starter and
 * skeleton patterns fill every field with real text saying what to write
 * there (as core's patterns do), and left in place it reads as content.
 * The guidance is taken from the patterns as the editor received them, in
 * the author's language, and compared with each block's own text fields:
 * a field that is a guidance text, or still holds one of its longer
 * sentences or clauses, is reported once per block.
 */
import { getBlockType, parse, type Block } from '@wordpress/blocks';
import { __, sprintf } from '@wordpress/i18n';

import { blockTexts } from './block-text';
import { eachBlock, type Check, type Guidance, type Problem } from './check';

/** The patterns whose text is guidance, not content (the example article's is content). */
export const GUIDANCE_PATTERNS = [
	'william-health-blocks/starter-evidence-article',
	'william-health-blocks/safety-notice-skeleton',
	'william-health-blocks/evidence-skeleton',
	'william-health-blocks/mechanism-skeleton',
	'william-health-blocks/routes-skeleton',
];

/**
 * Texts of those patterns that are meant to stay: the starter's section
 * headings are the article's outline, and an arrow's relation words are the
 * preset vocabulary ("leads to").
 */
const KEPT_BLOCKS = [ 'core/heading' ];
const KEPT_FIELDS: Record< string, string[] > = {
	'william-health/mechanism-step': [ 'relationText' ],
};

/** A clause this long is specific enough to be recognised inside other words. */
const MIN_PHRASE_WORDS = 6;

export type PatternSource = { name: string; content: string };

/**
 * The text fields of a block that count for guidance.
 *
 * @param block A block.
 */
function guidanceFields( block: Block ): string[] {
	if ( KEPT_BLOCKS.includes( block.name ) ) {
		return [];
	}
	const kept = KEPT_FIELDS[ block.name ] ?? [];
	return blockTexts( block )
		.filter( ( { field } ) => ! kept.includes( field ) )
		.map( ( { text } ) => text );
}

/**
 * The sentences of a text, and their clauses (split at colons and
 * semicolons), that are long enough to recognise. Sentence and word
 * boundaries come from Intl.Segmenter, so they hold in every language.
 *
 * @param text Plain text.
 */
export function phrasesOf( text: string ): string[] {
	const sentences = new Intl.Segmenter( undefined, {
		granularity: 'sentence',
	} );
	const words = new Intl.Segmenter( undefined, { granularity: 'word' } );
	const wordCount = ( phrase: string ) =>
		Array.from( words.segment( phrase ) ).filter(
			( segment ) => segment.isWordLike
		).length;
	return Array.from( sentences.segment( text ) )
		.flatMap( ( { segment } ) => [
			segment,
			...segment.split( /(?<=[:;：；])/ ),
		] )
		.map( ( phrase ) => phrase.trim() )
		.filter( ( phrase ) => wordCount( phrase ) >= MIN_PHRASE_WORDS );
}

/**
 * The guidance in blocks parsed from the guidance patterns.
 *
 * @param blocks The patterns' blocks.
 */
export function guidanceFromBlocks( blocks: readonly Block[] ): Guidance {
	const texts = new Set< string >();
	eachBlock( blocks, ( block ) => {
		guidanceFields( block ).forEach( ( text ) => texts.add( text ) );
	} );
	const phrases = new Set(
		Array.from( texts ).flatMap( ( text ) => phrasesOf( text ) )
	);
	return { texts, phrases: Array.from( phrases ) };
}

/**
 * The guidance of the plugin's guidance patterns among the registered ones.
 *
 * @param patterns The registered patterns, with their content.
 */
export function guidanceFromPatterns(
	patterns: readonly PatternSource[]
): Guidance {
	return guidanceFromBlocks(
		patterns
			.filter( ( pattern ) => GUIDANCE_PATTERNS.includes( pattern.name ) )
			.flatMap( ( pattern ) => parse( pattern.content ) )
	);
}

/**
 * The guidance a text still holds, or '' for none.
 *
 * @param text     A field's text.
 * @param guidance The patterns' guidance.
 */
function guidanceIn( text: string, guidance: Guidance ): string {
	if ( guidance.texts.has( text ) ) {
		return text;
	}
	return guidance.phrases.find( ( phrase ) => text.includes( phrase ) ) ?? '';
}

/**
 * The start of a long text, cut at a space, for quoting in a message.
 *
 * @param text Plain text.
 */
function excerpt( text: string ): string {
	const MAX = 48;
	if ( text.length <= MAX ) {
		return text;
	}
	const cut = text.slice( 0, MAX );
	const space = cut.lastIndexOf( ' ' );
	return `${ space > MAX / 2 ? cut.slice( 0, space ) : cut }…`;
}

export const patternGuidanceLeft: Check = {
	name: 'pattern-guidance-left',
	run: ( blocks, { guidance } ) => {
		const problems: Problem[] = [];
		if ( ! guidance || guidance.texts.size === 0 ) {
			return problems;
		}
		eachBlock( blocks, ( block ) => {
			const found = guidanceFields( block )
				.map( ( text ) => guidanceIn( text, guidance ) )
				.find( Boolean );
			if ( ! found ) {
				return;
			}
			problems.push( {
				clientId: block.clientId,
				message: sprintf(
					/* translators: 1: the block's name, such as "Paragraph" or "Evidence item", 2: the start of the guidance it still holds. */
					__(
						'%1$s: “%2$s” is guidance from a pattern, and readers would take it for content. Write your own words over it.',
						'william-health-blocks'
					),
					getBlockType( block.name )?.title ?? block.name,
					excerpt( found )
				),
			} );
		} );
		return problems;
	},
};
