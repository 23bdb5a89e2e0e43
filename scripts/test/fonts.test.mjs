/**
 * The heading font the theme serves is the one `npm run fonts` makes from
 * the source font, small, one weight, and every text set in its family asks
 * for that weight (another would be drawn from the 700 face anyway, or make
 * a later change quietly need a second file).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
	HEADING_FONT_FILE,
	HEADING_OUTPUT,
	headingFont,
} from '../lib/fonts.mjs';
import { ROOT } from '../lib/site.mjs';

/** The heading font's ceiling: 12.8 KB today (the variable font was 34.0 KB). */
const HEADING_FONT_CEILING = 14 * 1024;
const HEADING_FAMILY = 'var:preset|font-family|heading';

/**
 * @typedef {{fontFamily?: string, fontWeight?: string}} Typography
 * @typedef {{typography?: Typography}} StyleNode
 * @typedef {{fontFamily: string, fontWeight: string, fontDisplay: string, src: string[]}} FontFace
 * @typedef {{slug: string, fontFace?: FontFace[]}} FontFamily
 * @typedef {Object} ThemeJson
 * @property {{typography: {fontFamilies: FontFamily[]}}}                               settings Settings.
 * @property {{elements: Record<string, StyleNode>, blocks: Record<string, StyleNode>}} styles   Styles.
 */

/** @type {ThemeJson} */
const themeJson = JSON.parse(
	fs.readFileSync( path.join( ROOT, 'theme/theme.json' ), 'utf8' )
);

test( 'the committed heading font is what npm run fonts makes', async () => {
	const made = await headingFont();
	assert.ok(
		fs.readFileSync( HEADING_OUTPUT ).equals( made ),
		`${ path.relative( ROOT, HEADING_OUTPUT ) } differs from the script's output: run npm run fonts and commit it.`
	);
	assert.ok(
		made.length <= HEADING_FONT_CEILING,
		`The heading font is ${ made.length } B, over its ceiling of ${ HEADING_FONT_CEILING } B.`
	);
} );

test( 'theme.json declares that file, at weight 700, never swapped in late', () => {
	const heading = themeJson.settings.typography.fontFamilies.find(
		( family ) => family.slug === 'heading'
	);
	assert.deepEqual(
		heading?.fontFace?.map( ( face ) => ( {
			weight: face.fontWeight,
			display: face.fontDisplay,
			src: face.src,
		} ) ),
		[
			{
				weight: '700',
				display: 'optional',
				src: [ `file:./${ HEADING_FONT_FILE }` ],
			},
		]
	);
	const functions = fs.readFileSync(
		path.join( ROOT, 'theme/functions.php' ),
		'utf8'
	);
	assert.ok(
		functions.includes( `'${ HEADING_FONT_FILE }'` ),
		'functions.php preloads another file than theme.json declares.'
	);
} );

test( 'every style in the heading family asks for weight 700', () => {
	const { elements, blocks } = themeJson.styles;
	const inHeadingFamily = Object.entries( { ...elements, ...blocks } ).filter(
		( [ , node ] ) => node.typography?.fontFamily === HEADING_FAMILY
	);
	assert.ok( inHeadingFamily.length >= 4 );
	for ( const [ name, node ] of inHeadingFamily ) {
		assert.equal( node.typography?.fontWeight, '700', name );
	}
} );
