/**
 * plugin/wpml-config.xml against the saved markup of every full-content
 * fixture: for each of our blocks, what its declared paths select (as WPML
 * reads them: XPath over the block's own HTML, inner blocks left out) must
 * be exactly the author's words of that block, as the editor parsed them
 * (.json): nothing missing, and no code, date, identifier or quoted
 * reference among them. And a post translated through those paths (the
 * same words always translated the same way) loads with no invalid block.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse, type Block } from '@wordpress/blocks';

import '../../administration-routes';
import '../../evidence-item';
import '../../evidence-list';
import '../../mechanism-diagram';
import '../../mechanism-step';
import '../../safety-notice';
import { registerCoreTestBlocks } from '../test-utils';

const ROOT = path.resolve( __dirname, '../../..' );
const FIXTURES = path.join( ROOT, 'tests/fixtures/blocks' );

type ParsedBlock = {
	blockName: string | null;
	innerHTML: string;
	innerBlocks: ParsedBlock[];
};

type EditorBlock = {
	name: string;
	attributes: Record< string, unknown >;
	innerBlocks: EditorBlock[];
};

/**
 * Attributes that hold no words to translate, and why. Everything else a
 * block of ours holds as a string is the author's words.
 */
const NOT_WORDS: Record< string, string > = {
	level: 'a notice level code',
	headingLevel: 'a number',
	headingId: 'an element id',
	anchor: 'an element id',
	align: 'a layout code',
	asOf: 'an ISO date (the words are asOfText)',
	key: 'a column code',
	hidden: 'a flag',
	routeCode: 'a route code',
	statusCode: 'a regulatory status code',
	sortable: 'a flag',
	design: 'a study design code (the words are the summary)',
	participants: 'a number',
	certainty: 'a GRADE code (the words are the summary)',
	relation: 'a relation code (the words are relationText)',
	kind: 'a kind code (the words are kindLabel)',
	authors: 'a reference is quoted as published',
	title: 'a reference is quoted as published',
	journal: 'a reference is quoted as published',
	year: 'a reference is quoted as published',
	doi: 'an identifier',
	pmid: 'an identifier',
	url: 'an address',
	volume: 'a reference is quoted as published',
	issue: 'a reference is quoted as published',
	pages: 'a reference is quoted as published',
	pmcid: 'an identifier',
	id: 'an element id',
	href: 'an address',
	citationStyle: 'a citation style code',
	refId: 'a reference id',
	citeId: 'an element id',
	citeNumber: 'a number the editor writes',
	// Known gap: a WPML translation keeps the backlinks' accessible name in
	// the source language (it is written from the block comment, which WPML
	// would have to translate in step with the markup).
	backText: 'the backlinks’ accessible name, written by the editor',
	crisisContact: 'a telephone number or address, linked as written',
};

/**
 * Texts save() writes twice: the copy must be offered too, or readers of
 * the translation would meet the original in it.
 */
const COPIES: Record<
	string,
	( attributes: Record< string, unknown > ) => string[]
> = {
	// The screen-reader prefix of the heading repeats the label.
	'william-health/safety-notice': ( attributes ) =>
		attributes.label ? [ `${ String( attributes.label ) }:` ] : [],
};

/**
 * The author's words among a block's attributes, searched through arrays
 * and objects (the route table's columns and cells).
 *
 * @param value An attribute value.
 * @param name  Its name.
 */
function words( value: unknown, name = '' ): string[] {
	if ( name in NOT_WORDS ) {
		return [];
	}
	if ( typeof value === 'string' ) {
		return value.trim() ? [ value.trim() ] : [];
	}
	if ( Array.isArray( value ) ) {
		return value.flatMap( ( item ) => words( item ) );
	}
	if ( value && typeof value === 'object' ) {
		return Object.entries( value ).flatMap( ( [ key, item ] ) =>
			words( item, key )
		);
	}
	return [];
}

/** The declared paths, by block type. */
function declaredPaths(): Map< string, string[] > {
	const xml = new DOMParser().parseFromString(
		fs.readFileSync( path.join( ROOT, 'plugin/wpml-config.xml' ), 'utf8' ),
		'application/xml'
	);
	expect( xml.getElementsByTagName( 'parsererror' ) ).toHaveLength( 0 );
	const paths = new Map< string, string[] >();
	for ( const block of Array.from(
		xml.getElementsByTagName( 'gutenberg-block' )
	) ) {
		// Block comment attributes of ours are all codes: none is declared.
		expect( block.getElementsByTagName( 'key' ) ).toHaveLength( 0 );
		paths.set(
			block.getAttribute( 'type' ) ?? '',
			Array.from( block.getElementsByTagName( 'xpath' ) ).map(
				( item ) => item.textContent ?? ''
			)
		);
	}
	return paths;
}

/**
 * What a path selects in a block's HTML: an element's inner HTML (its
 * inline formatting kept, as WPML sends it), an attribute's value.
 *
 * @param html  The block's own HTML.
 * @param xpath The path.
 */
function select( html: string, xpath: string ): string[] {
	const doc = new DOMParser().parseFromString(
		`<!DOCTYPE html><html><body>${ html }</body></html>`,
		'text/html'
	);
	const result = doc.evaluate(
		xpath,
		doc,
		null,
		XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
		null
	);
	const found: string[] = [];
	for ( let index = 0; index < result.snapshotLength; index++ ) {
		const node = result.snapshotItem( index );
		const text =
			node instanceof Element
				? node.innerHTML
				: ( node?.nodeValue ?? '' );
		if ( text.trim() ) {
			found.push( text.trim() );
		}
	}
	return found;
}

type Pair = { parsed: ParsedBlock; editor: EditorBlock };

/**
 * Our blocks in a fixture, the raw grammar beside the editor's attributes
 * (both trees have the same shape).
 *
 * @param parsed The raw blocks.
 * @param editor The editor's blocks.
 */
function ourBlocks( parsed: ParsedBlock[], editor: EditorBlock[] ): Pair[] {
	const blocks = parsed.filter( ( block ) => block.blockName );
	expect( blocks.map( ( block ) => block.blockName ) ).toEqual(
		editor.map( ( block ) => block.name )
	);
	return blocks.flatMap( ( block, index ) => {
		const inEditor = editor[ index ];
		if ( ! inEditor ) {
			throw new Error( `The editor has no block ${ index }.` );
		}
		return [
			...( block.blockName?.startsWith( 'william-health/' )
				? [ { parsed: block, editor: inEditor } ]
				: [] ),
			...ourBlocks( block.innerBlocks, inEditor.innerBlocks ),
		];
	} );
}

const FIXTURE_NAMES = fs
	.readdirSync( FIXTURES )
	.filter( ( file ) => file.endsWith( '.parsed.json' ) )
	.map( ( file ) => file.replace( /\.parsed\.json$/, '' ) );

const read = < T >( file: string ): T =>
	JSON.parse( fs.readFileSync( path.join( FIXTURES, file ), 'utf8' ) );

const unique = ( texts: string[] ) => [ ...new Set( texts ) ].sort();

type Mismatch = {
	fixture: string;
	block: string;
	/** The author's words no path selects. */
	missing: string[];
	/** What paths select that is not the author's words. */
	extra: string[];
};

/**
 * Where the paths do not select exactly the author's words, fixture by
 * fixture and block by block.
 *
 * @param paths The declared paths, by block type.
 */
function mismatches( paths: Map< string, string[] > ): Mismatch[] {
	return FIXTURE_NAMES.flatMap( ( fixture ) =>
		ourBlocks(
			read< ParsedBlock[] >( `${ fixture }.parsed.json` ),
			read< EditorBlock[] >( `${ fixture }.json` )
		).flatMap( ( { parsed, editor } ) => {
			const selected = unique(
				( paths.get( editor.name ) ?? [] ).flatMap( ( xpath ) =>
					select( parsed.innerHTML, xpath )
				)
			);
			const expected = unique( [
				...words( editor.attributes ),
				...( COPIES[ editor.name ]?.( editor.attributes ) ?? [] ),
			] );
			const missing = expected.filter(
				( text ) => ! selected.includes( text )
			);
			const extra = selected.filter(
				( text ) => ! expected.includes( text )
			);
			return missing.length || extra.length
				? [ { fixture, block: editor.name, missing, extra } ]
				: [];
		} )
	);
}

/**
 * The declared paths with one block type's paths changed.
 *
 * @param paths  The declared paths.
 * @param type   Block type.
 * @param change What to do with its paths.
 */
const changed = (
	paths: Map< string, string[] >,
	type: string,
	change: ( xpaths: string[] ) => string[]
) => new Map( [ ...paths, [ type, change( paths.get( type ) ?? [] ) ] ] );

/**
 * A stand-in translator, consistent as a translation memory is: the same
 * words always become the same words (each word spelt backwards).
 *
 * @param text Source words.
 */
const translate = ( text: string ) =>
	text.replace( /\p{L}+/gu, ( word ) => [ ...word ].reverse().join( '' ) );

/**
 * A saved post as WPML writes its translation: in each block of ours,
 * every part a declared path selects gets its translation (an element's
 * words, its inline markup kept; an attribute's value); nothing else
 * changes.
 *
 * @param html     The saved post.
 * @param paths    The declared paths, by block type.
 * @param override A translator for some words instead (to plant a mistake).
 */
function translatedPost(
	html: string,
	paths: Map< string, string[] >,
	override: ( text: string ) => string | undefined = () => undefined
): string {
	const doc = new DOMParser().parseFromString(
		`<!DOCTYPE html><html><body>${ html }</body></html>`,
		'text/html'
	);
	const snapshot = ( xpath: string, context: Node ) => {
		const result = doc.evaluate(
			xpath,
			context,
			null,
			XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
			null
		);
		return Array.from( { length: result.snapshotLength }, ( _, index ) =>
			result.snapshotItem( index )
		);
	};
	const translated = ( text: string ) =>
		override( text ) ?? translate( text );
	for ( const [ type, xpaths ] of paths ) {
		const root = `wp-block-${ type.replace( '/', '-' ) }`;
		// Each block's own root, as WPML reads each block on its own.
		for ( const block of snapshot(
			`//*[contains(concat(' ', @class, ' '), ' ${ root } ')]`,
			doc
		) ) {
			for ( const xpath of xpaths ) {
				for ( const node of snapshot( `.${ xpath }`, block! ) ) {
					if ( node instanceof Attr ) {
						node.value = translated( node.value );
						continue;
					}
					const walker = doc.createTreeWalker(
						node!,
						NodeFilter.SHOW_TEXT
					);
					for (
						let text = walker.nextNode();
						text;
						text = walker.nextNode()
					) {
						text.nodeValue = translated( text.nodeValue ?? '' );
					}
				}
			}
		}
	}
	return doc.body.innerHTML;
}

/**
 * Blocks that would not load in the editor, inner blocks included.
 *
 * @param blocks Parsed blocks.
 */
const invalid = ( blocks: Block[] ): string[] =>
	blocks.flatMap( ( block ) => [
		...( block.isValid ? [] : [ block.name ] ),
		...invalid( block.innerBlocks ),
	] );

describe( 'wpml-config.xml', () => {
	const paths = declaredPaths();

	it( 'declares every block type of ours, and only those', () => {
		const types = fs
			.readdirSync( path.join( ROOT, 'blocks' ) )
			.filter( ( folder ) =>
				fs.existsSync(
					path.join( ROOT, 'blocks', folder, 'block.json' )
				)
			)
			.map(
				( folder ) =>
					read< { name: string } >(
						path.join( '../../../blocks', folder, 'block.json' )
					).name
			);
		expect( [ ...paths.keys() ].sort() ).toEqual( types.sort() );
	} );

	it( 'lets each language have its own site crisis line (an admin text)', () => {
		const xml = new DOMParser().parseFromString(
			fs.readFileSync(
				path.join( ROOT, 'plugin/wpml-config.xml' ),
				'utf8'
			),
			'application/xml'
		);
		const [ option ] = Array.from(
			xml.querySelectorAll( 'admin-texts > key' )
		);
		const settings = fs.readFileSync(
			path.join( ROOT, 'plugin/includes/settings.php' ),
			'utf8'
		);
		// The option the plugin registers, and the fields it keeps.
		expect( settings ).toContain(
			`'${ option?.getAttribute( 'name' ) }',`
		);
		const fields = Array.from(
			option?.querySelectorAll( ':scope > key' ) ?? []
		).map( ( key ) => key.getAttribute( 'name' ) );
		expect( fields ).toEqual( [ 'text', 'contact' ] );
		for ( const field of fields ) {
			expect( settings ).toMatch(
				new RegExp( `'${ field }'\\s*=> sanitize_text_field` )
			);
		}
	} );

	it( 'selects exactly the author’s words in every full-content fixture', () => {
		// One per block type, and the one of a notice per level.
		expect( FIXTURE_NAMES ).toHaveLength( 8 );
		expect( mismatches( paths ) ).toEqual( [] );
	} );

	it( 'has no path that selects nothing in every fixture', () => {
		const htmls = FIXTURE_NAMES.flatMap( ( fixture ) =>
			ourBlocks(
				read< ParsedBlock[] >( `${ fixture }.parsed.json` ),
				read< EditorBlock[] >( `${ fixture }.json` )
			)
		);
		const dead = [ ...paths ].flatMap( ( [ type, xpaths ] ) =>
			xpaths.filter(
				( xpath ) =>
					! htmls.some(
						( pair ) =>
							pair.editor.name === type &&
							select( pair.parsed.innerHTML, xpath ).length > 0
					)
			)
		);
		expect( dead ).toEqual( [] );
	} );

	it( 'gives translated posts that load with no invalid block, in the translated words', () => {
		registerCoreTestBlocks();
		for ( const fixture of FIXTURE_NAMES ) {
			const saved = fs.readFileSync(
				path.join( FIXTURES, `${ fixture }.serialized.html` ),
				'utf8'
			);
			const translated = translatedPost( saved, paths );
			const hasWords = ourBlocks(
				read< ParsedBlock[] >( `${ fixture }.parsed.json` ),
				read< EditorBlock[] >( `${ fixture }.json` )
			).some( ( { editor } ) => words( editor.attributes ).length > 0 );
			if ( hasWords ) {
				expect( translated ).not.toBe( saved );
			}
			const blocks = parse( translated );
			expect( { fixture, invalid: invalid( blocks ) } ).toEqual( {
				fixture,
				invalid: [],
			} );
		}
		const [ notice ] = parse(
			translatedPost(
				fs.readFileSync(
					path.join(
						FIXTURES,
						'william-health__safety-notice.serialized.html'
					),
					'utf8'
				),
				paths
			)
		);
		expect( notice?.attributes.label ).toBe( 'ksA a rotcod' );
		// A repeated text translated two ways (a cell's data-label unlike
		// its column heading) is caught: the block no longer loads.
		const routes = translatedPost(
			fs.readFileSync(
				path.join(
					FIXTURES,
					'william-health__administration-routes.serialized.html'
				),
				'utf8'
			),
			paths,
			( text ) =>
				text === 'Interactions' ? 'Interacciones' : undefined
		).replace( 'data-label="Interacciones"', 'data-label="Otras"' );
		expect( invalid( parse( routes ) ) ).toEqual( [
			'william-health/administration-routes',
		] );
		// What the block validator says about it.
		expect( console ).toHaveErrored();
		expect( console ).toHaveWarned();
	} );

	it( 'fails for a path that selects a code or a quoted reference, or a missing path', () => {
		const routes = 'william-health/administration-routes';
		const item = 'william-health/evidence-item';
		expect(
			mismatches(
				changed( paths, routes, ( xpaths ) => [
					...xpaths,
					'//tbody/tr/@data-route',
				] )
			).flatMap( ( mismatch ) => mismatch.extra )
		).toContain( 'oral' );
		expect(
			mismatches(
				changed( paths, 'william-health/references', ( xpaths ) => [
					...xpaths,
					"//*[contains(@class, '__authors')]",
				] )
			).flatMap( ( mismatch ) => mismatch.extra )
		).toContain( 'Cipriani A, Hawton K, Stockton S, Geddes JR' );
		expect(
			mismatches(
				changed( paths, item, ( xpaths ) =>
					xpaths.filter(
						( xpath ) => ! xpath.includes( '__summary' )
					)
				)
			).flatMap( ( mismatch ) => mismatch.missing )
		).toContain(
			'Meta-analysis, 6674 participants, certainty of evidence: moderate'
		);
	} );
} );
