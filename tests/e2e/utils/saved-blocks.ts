/**
 * Valid block markup for posts that tests create over REST, taken from the
 * full-content fixtures that save() itself wrote (tests/fixtures/blocks/,
 * kept current by the full-content unit test). Only hostile markup is
 * written by hand (utils/markup.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve( __dirname, '../../fixtures/blocks' );

export type FixtureName =
	| 'administration-routes'
	| 'evidence-item'
	| 'evidence-list'
	| 'mechanism-diagram'
	| 'mechanism-step'
	| 'references'
	| 'safety-notice'
	/** One notice per level (tests/fixtures/blocks/full-content.ts). */
	| 'safety-notice__levels';

/** A block as the fixture's .json records what the editor parsed. */
export type SavedBlockSummary = {
	name: string;
	isValid: boolean;
	attributes: Record< string, unknown >;
	innerBlocks: SavedBlockSummary[];
};

/**
 * What the editor parses from a fixture: its top-level blocks, so tests can
 * expect the texts the fixture holds instead of restating them.
 *
 * @param name The fixture, by block name.
 */
export function savedBlockSummaries( name: FixtureName ): SavedBlockSummary[] {
	return JSON.parse(
		fs.readFileSync(
			path.join( FIXTURES, `william-health__${ name }.json` ),
			'utf8'
		)
	) as SavedBlockSummary[];
}

/**
 * A fixture's saved markup, with some of its words or attributes changed.
 * Each text to replace must be in the fixture: if save() changes, the test
 * fails here instead of quietly testing other markup.
 *
 * @param name         The block's fixture, by block name.
 * @param replacements Pairs of [text in the fixture, its replacement].
 */
export function savedBlock(
	name: FixtureName,
	replacements: Array< [ string, string ] > = []
): string {
	let markup = fs.readFileSync(
		path.join( FIXTURES, `william-health__${ name }.serialized.html` ),
		'utf8'
	);
	for ( const [ from, to ] of replacements ) {
		if ( ! markup.includes( from ) ) {
			throw new Error( `The ${ name } fixture has no "${ from }".` );
		}
		markup = markup.split( from ).join( to );
	}
	return markup;
}
