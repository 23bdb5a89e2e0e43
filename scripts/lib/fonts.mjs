/**
 * The theme's web fonts, made from the licensed source fonts in `fonts/`:
 * what `npm run fonts` writes and what `scripts/test/fonts.test.mjs` checks.
 *
 * The heading face is one static weight (700). The theme sets every text in
 * its heading family at 700 (headings, site title, navigation, buttons,
 * category links, the notice badge), so one instance is all a page loads;
 * the variable font with the 200–800 axis weighed 2.5 times as much.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { ROOT } from './site.mjs';

/**
 * subset-font's one function (the package ships no types).
 *
 * @typedef {Object} SubsetOptions
 * @property {'woff2'|'sfnt'} targetFormat    Output format.
 * @property {string[]}       [keepFeatures]  OpenType features to keep.
 * @property {boolean}        [keepAllGlyphs] Keep every glyph (text must be empty).
 *
 * @typedef {(font: Buffer, text: string, options: SubsetOptions) => Promise<Buffer>} SubsetFont
 */

/**
 * @return {SubsetFont} harfbuzz's hb-subset (WebAssembly) through subset-font.
 */
function loadSubsetFont() {
	const require = createRequire( import.meta.url );
	// The one untyped import: CommonJS without declarations.
	return /** @type {SubsetFont} */ ( require( 'subset-font' ) );
}

/**
 * @param {number} first First code point.
 * @param {number} last  Last code point, included.
 * @return {string} Every character between them.
 */
const codePoints = ( first, last ) =>
	Array.from( { length: last - first + 1 }, ( _, index ) =>
		String.fromCodePoint( first + index )
	).join( '' );

/**
 * The characters a heading may hold: Basic Latin, Latin-1 (Spanish ¿ ¡ ñ),
 * Latin Extended-A (names such as Dvořák, Łukasz, Özgür), and the
 * punctuation articles use (– — ‘ ’ “ ” · … ‰ ′ ″ ‹ › € ™ −). Characters
 * the source font lacks are simply not in the subset; browsers draw them in
 * the fallback font.
 */
export const HEADING_TEXT = [
	codePoints( 0x20, 0x7e ),
	codePoints( 0xa0, 0xff ),
	codePoints( 0x100, 0x17f ),
	codePoints( 0x2010, 0x2027 ),
	codePoints( 0x2030, 0x203a ),
	'\u20ac\u2122\u2212',
].join( '' );

/**
 * The features browsers apply by default. The source's others (aalt, case,
 * frac, ordn, pnum, sups, tnum) need CSS the theme never writes.
 */
export const HEADING_FEATURES = [ 'kern', 'ccmp', 'mark', 'mkmk' ];

export const HEADING_SOURCE = path.join(
	ROOT,
	'fonts/atkinson-hyperlegible-next/AtkinsonHyperlegibleNext-Bold.ttf'
);
/** Relative to the theme folder, as theme.json and functions.php name it. */
export const HEADING_FONT_FILE =
	'assets/fonts/atkinson-hyperlegible-next/atkinson-hyperlegible-next-700-latin-ext.woff2';
export const HEADING_OUTPUT = path.join( ROOT, 'theme', HEADING_FONT_FILE );

/**
 * The heading font as the theme serves it, made from the source font.
 *
 * @return {Promise<Buffer>} WOFF2 bytes; the same bytes on every run.
 */
export async function headingFont() {
	return loadSubsetFont()( fs.readFileSync( HEADING_SOURCE ), HEADING_TEXT, {
		targetFormat: 'woff2',
		keepFeatures: HEADING_FEATURES,
	} );
}

/**
 * The whole source font as WOFF2, every glyph kept: what serving the
 * licensed font without subsetting would cost, for the printed comparison.
 *
 * @return {Promise<Buffer>} WOFF2 bytes.
 */
export async function headingSourceAsWoff2() {
	return loadSubsetFont()( fs.readFileSync( HEADING_SOURCE ), '', {
		targetFormat: 'woff2',
		keepAllGlyphs: true,
	} );
}
