/**
 * Reads every translatable string of the plugin and the theme from their
 * sources, as WP-CLI's `make-pot` would (it cannot run here):
 *
 * - PHP: the gettext functions (`__`, `_e`, `_x`, `_ex`, `_n`, `_nx`, the
 *   `_noop` forms and the `esc_html`/`esc_attr` ones) with their
 *   translator comments, parsed with php-parser (an AST, not a regex);
 * - TypeScript and TSX: `__`, `_x`, `_n`, `_nx`, parsed with Babel and read
 *   with @wordpress/babel-plugin-makepot's own string and translator-comment
 *   helpers, the ones Gutenberg's build uses;
 * - headers WordPress translates: the plugin's and the theme's (no context),
 *   and patterns' Title and Description ("Pattern title", "Pattern
 *   description" contexts, as core's pattern registration translates them);
 * - block.json and theme.json (and style variations) through the i18n
 *   schemas core translates them with (wp-includes/block-i18n.json and
 *   theme-i18n.json, copied below).
 *
 * Only calls with the domain's text domain are kept; a call with another or
 * no domain is reported by scripts/i18n-lint.mjs instead.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parseSync, traverse } from '@babel/core';
// @ts-expect-error -- The plugin ships no types; its two helpers are typed below.
import makepot from '@wordpress/babel-plugin-makepot';
import { Engine } from 'php-parser';

import { ROOT } from './lib/site.mjs';

/**
 * One translatable string.
 *
 * @typedef {Object} Entry
 * @property {string}   msgid         The source text.
 * @property {string}   [msgctxt]     Its context.
 * @property {string}   [msgidPlural] The plural form.
 * @property {string[]} references    Files it comes from, relative to the root.
 * @property {string[]} comments      Translator comments.
 */

/**
 * A text domain's strings, in the order they were first found.
 *
 * @typedef {Map<string, Entry>} Catalog
 */

/**
 * A place a gettext call was found, with what it says.
 *
 * @typedef {Object} Call
 * @property {string}           fn     Function name.
 * @property {string}           file   Path relative to the root.
 * @property {number}           line   Line, from 1.
 * @property {string|undefined} domain Its text domain, if literal.
 * @property {Entry|null}       entry  The string, null where not literal.
 */

/**
 * Arguments of the gettext functions, by position, as WP-CLI reads them.
 *
 * @type {Record<string, Array<'msgid'|'msgctxt'|'msgidPlural'|'domain'|null>>}
 */
export const PHP_FUNCTIONS = {
	__: [ 'msgid', 'domain' ],
	_e: [ 'msgid', 'domain' ],
	esc_html__: [ 'msgid', 'domain' ],
	esc_html_e: [ 'msgid', 'domain' ],
	esc_attr__: [ 'msgid', 'domain' ],
	esc_attr_e: [ 'msgid', 'domain' ],
	esc_xml__: [ 'msgid', 'domain' ],
	esc_xml_e: [ 'msgid', 'domain' ],
	_x: [ 'msgid', 'msgctxt', 'domain' ],
	_ex: [ 'msgid', 'msgctxt', 'domain' ],
	esc_html_x: [ 'msgid', 'msgctxt', 'domain' ],
	esc_attr_x: [ 'msgid', 'msgctxt', 'domain' ],
	esc_xml_x: [ 'msgid', 'msgctxt', 'domain' ],
	_n: [ 'msgid', 'msgidPlural', null, 'domain' ],
	_n_noop: [ 'msgid', 'msgidPlural', 'domain' ],
	_nx: [ 'msgid', 'msgidPlural', null, 'msgctxt', 'domain' ],
	_nx_noop: [ 'msgid', 'msgidPlural', 'msgctxt', 'domain' ],
};

/** @type {Record<string, Array<'msgid'|'msgctxt'|'msgidPlural'|'domain'|null>>} */
export const JS_FUNCTIONS = {
	__: [ 'msgid', 'domain' ],
	_x: [ 'msgid', 'msgctxt', 'domain' ],
	_n: [ 'msgid', 'msgidPlural', null, 'domain' ],
	_nx: [ 'msgid', 'msgidPlural', null, 'msgctxt', 'domain' ],
};

/** Core's wp-includes/block-i18n.json: block.json keys and their contexts. */
export const BLOCK_I18N_SCHEMA = {
	title: 'block title',
	description: 'block description',
	keywords: [ 'block keyword' ],
	styles: [ { label: 'block style label' } ],
	variations: [
		{
			title: 'block variation title',
			description: 'block variation description',
			keywords: [ 'block variation keyword' ],
		},
	],
};

/** The settings part of core's wp-includes/theme-i18n.json. */
const THEME_SETTINGS_SCHEMA = {
	typography: {
		fontSizes: [ { name: 'Font size name' } ],
		fontFamilies: [ { name: 'Font family name' } ],
	},
	color: {
		palette: [ { name: 'Color name' } ],
		gradients: [ { name: 'Gradient name' } ],
		duotone: [ { name: 'Duotone name' } ],
	},
	spacing: { spacingSizes: [ { name: 'Space size name' } ] },
	dimensions: {
		aspectRatios: [ { name: 'Aspect ratio name' } ],
		dimensionSizes: [ { name: 'Dimension size name' } ],
	},
	shadow: { presets: [ { name: 'Shadow name' } ] },
	border: { radiusSizes: [ { name: 'Border radius size name' } ] },
};

/** Core's wp-includes/theme-i18n.json. */
export const THEME_I18N_SCHEMA = {
	title: 'Style variation name',
	description: 'Style variation description',
	settings: {
		...THEME_SETTINGS_SCHEMA,
		blocks: { '*': THEME_SETTINGS_SCHEMA },
	},
	customTemplates: [ { title: 'Custom template name' } ],
	templateParts: [ { title: 'Template part name' } ],
};

/**
 * Where a domain's strings live.
 *
 * @typedef {Object} DomainSources
 * @property {string}   domain      Text domain.
 * @property {string}   folder      The plugin or theme folder.
 * @property {string}   headerFile  File with the plugin or theme header.
 * @property {string[]} headers     Header names WordPress translates.
 * @property {string}   headerOwner "plugin" or "theme", for the comments.
 * @property {string[]} scriptRoots Folders of TypeScript sources.
 * @property {string[]} blockRoots  Folders holding block.json files.
 * @property {string[]} themeJson   theme.json and style variation files.
 * @property {string}   potFile     The .pot file written.
 * @property {string}   filePrefix  What a locale's files start with: plugins'
 *                                  local files carry the domain
 *                                  (william-health-blocks-es_ES.mo), a theme's
 *                                  are the bare locale (es_ES.mo), as
 *                                  load_theme_textdomain() looks them up.
 */

/** @type {Record<'plugin'|'theme', DomainSources>} */
export const DOMAINS = {
	plugin: {
		domain: 'william-health-blocks',
		folder: 'plugin',
		headerFile: 'plugin/william-health-blocks.php',
		headers: [
			'Plugin Name',
			'Plugin URI',
			'Description',
			'Author',
			'Author URI',
		],
		headerOwner: 'plugin',
		scriptRoots: [ 'blocks', 'editor' ],
		blockRoots: [ 'blocks' ],
		themeJson: [],
		potFile: 'plugin/languages/william-health-blocks.pot',
		filePrefix: 'william-health-blocks-',
	},
	theme: {
		domain: 'william-inc',
		folder: 'theme',
		headerFile: 'theme/style.css',
		headers: [
			'Theme Name',
			'Theme URI',
			'Description',
			'Author',
			'Author URI',
		],
		headerOwner: 'theme',
		scriptRoots: [],
		blockRoots: [],
		themeJson: [ 'theme/theme.json', 'theme/styles' ],
		potFile: 'theme/languages/william-inc.pot',
		filePrefix: '',
	},
};

/** Folders never read: build output, dependencies, tests. */
const SKIPPED_FOLDERS = new Set( [
	'build',
	'node_modules',
	'test',
	'tests',
	'languages',
] );

/**
 * Files under a folder whose names match, sorted, relative to the root.
 *
 * @param {string} folder Folder relative to the root.
 * @param {RegExp} name   File name pattern.
 * @return {string[]} Paths relative to the root, with slashes.
 */
export function filesUnder( folder, name ) {
	const absolute = path.join( ROOT, folder );
	if ( ! fs.existsSync( absolute ) ) {
		return [];
	}
	if ( fs.statSync( absolute ).isFile() ) {
		return name.test( path.basename( folder ) ) ? [ folder ] : [];
	}
	/** @type {string[]} */
	const found = [];
	for ( const entry of fs.readdirSync( absolute, { withFileTypes: true } ) ) {
		const relative = path.posix.join( folder, entry.name );
		if ( entry.isDirectory() ) {
			if ( ! SKIPPED_FOLDERS.has( entry.name ) ) {
				found.push( ...filesUnder( relative, name ) );
			}
		} else if ( name.test( entry.name ) ) {
			found.push( relative );
		}
	}
	return found.sort();
}

/** TypeScript sources that ship: no tests, no test helpers, no types. */
export const SCRIPT_FILE = /^(?!.*(?:\.test|test-utils|\.d)\.tsx?$).*\.tsx?$/;

/**
 * The key of an entry in a catalog.
 *
 * @param {{msgctxt?: string, msgid: string}} entry Entry.
 * @return {string} Key.
 */
export const entryKey = ( entry ) =>
	`${ entry.msgctxt ?? '' }\u0004${ entry.msgid }`;

/**
 * Adds a string to a catalog, merging references and comments.
 *
 * @param {Catalog} catalog Catalog.
 * @param {Entry}   entry   The string.
 */
export function addEntry( catalog, entry ) {
	const key = entryKey( entry );
	const known = catalog.get( key );
	if ( ! known ) {
		catalog.set( key, {
			...entry,
			references: [ ...entry.references ],
			comments: [ ...entry.comments ],
		} );
		return;
	}
	for ( const reference of entry.references ) {
		if ( ! known.references.includes( reference ) ) {
			known.references.push( reference );
		}
	}
	for ( const comment of entry.comments ) {
		if ( ! known.comments.includes( comment ) ) {
			known.comments.push( comment );
		}
	}
	known.msgidPlural ??= entry.msgidPlural;
}

/**
 * The translator comment in a comment's text, if it is one.
 *
 * @param {string} text Comment text with or without its delimiters.
 * @return {string|undefined} The comment, on one line.
 */
function translatorComment( text ) {
	const body = text
		.replace( /^\s*(\/\/|\/\*+|#)/, '' )
		.replace( /\*\/\s*$/, '' );
	const match = /^\s*translators:\s*([\s\S]+)/i.exec( body );
	return match?.[ 1 ]
		?.split( '\n' )
		.map( ( line ) => line.replace( /^\s*\*\s?/, '' ).trim() )
		.filter( Boolean )
		.join( ' ' );
}

/**
 * Builds an entry from a call's arguments read by position.
 *
 * @param {Array<'msgid'|'msgctxt'|'msgidPlural'|'domain'|null>} spec    Argument roles.
 * @param {Array<string|undefined>}                              values  Literal arguments (undefined where not literal).
 * @param {string}                                               file    Reference.
 * @param {string|undefined}                                     comment Translator comment.
 * @return {{entry: Entry|null, domain: string|undefined}} The string, null when its text is not literal.
 */
function entryFromArguments( spec, values, file, comment ) {
	/** @type {Partial<Record<'msgid'|'msgctxt'|'msgidPlural'|'domain', string>>} */
	const read = {};
	let literal = true;
	spec.forEach( ( role, index ) => {
		if ( ! role ) {
			return;
		}
		const value = values[ index ];
		if ( value === undefined ) {
			if ( role !== 'domain' ) {
				literal = false;
			}
			return;
		}
		read[ role ] = value;
	} );
	if ( ! literal || ! read.msgid ) {
		return { entry: null, domain: read.domain };
	}
	return {
		domain: read.domain,
		entry: {
			msgid: read.msgid,
			...( read.msgctxt !== undefined && { msgctxt: read.msgctxt } ),
			...( read.msgidPlural !== undefined && {
				msgidPlural: read.msgidPlural,
			} ),
			references: [ file ],
			comments: comment ? [ comment ] : [],
		},
	};
}

/* ------------------------------------------------------------------ PHP */

const php = new Engine( {
	parser: { extractDoc: true, php8: true, suppressErrors: false },
	ast: { withPositions: true },
	lexer: { short_tags: false },
} );

/**
 * A PHP node as the walker sees it.
 *
 * @typedef {{kind: string, loc?: {start: {line: number}}, leadingComments?: Array<{value: string}>, [key: string]: unknown}} PhpNode
 */

/**
 * @param {unknown} value Anything.
 * @return {value is PhpNode} Whether it is a php-parser node.
 */
const isPhpNode = ( value ) =>
	typeof value === 'object' &&
	value !== null &&
	typeof ( /** @type {{kind?: unknown}} */ ( value ).kind ) === 'string';

/**
 * Parses a PHP file.
 *
 * @param {string} file Path relative to the root.
 * @param {string} code Its text.
 * @return {PhpNode} The program node.
 */
export function parsePhp( file, code ) {
	return /** @type {PhpNode} */ (
		/** @type {unknown} */ ( php.parseCode( code, file ) )
	);
}

/**
 * Visits every node of a PHP tree with its ancestors.
 *
 * @param {PhpNode}                                       node      Node.
 * @param {(node: PhpNode, ancestors: PhpNode[]) => void} visit     Visitor.
 * @param {PhpNode[]}                                     ancestors Ancestors, nearest last.
 */
export function walkPhp( node, visit, ancestors = [] ) {
	visit( node, ancestors );
	const path_ = [ ...ancestors, node ];
	for ( const [ key, value ] of Object.entries( node ) ) {
		if ( key === 'loc' || key === 'leadingComments' ) {
			continue;
		}
		if ( Array.isArray( value ) ) {
			for ( const item of value ) {
				if ( isPhpNode( item ) ) {
					walkPhp( item, visit, path_ );
				}
			}
		} else if ( isPhpNode( value ) ) {
			walkPhp( value, visit, path_ );
		}
	}
}

/**
 * A PHP expression's value when it is a string literal (or literals joined
 * with `.`), else undefined.
 *
 * @param {unknown} node Expression.
 * @return {string|undefined} Its value.
 */
export function phpString( node ) {
	if ( ! isPhpNode( node ) ) {
		return undefined;
	}
	if ( node.kind === 'string' ) {
		return String( node.value );
	}
	if ( node.kind === 'nowdoc' || node.kind === 'encapsed' ) {
		return node.kind === 'nowdoc' ? String( node.value ) : undefined;
	}
	if ( node.kind === 'bin' && node.type === '.' ) {
		const left = phpString( node.left );
		const right = phpString( node.right );
		return left === undefined || right === undefined
			? undefined
			: left + right;
	}
	return undefined;
}

/**
 * The name of a called function, for plain calls.
 *
 * @param {PhpNode} node A node.
 * @return {string|undefined} Function name.
 */
export function phpCallName( node ) {
	if ( node.kind !== 'call' || ! isPhpNode( node.what ) ) {
		return undefined;
	}
	return node.what.kind === 'name' ? String( node.what.name ) : undefined;
}

/**
 * The translator comment of a call: on the call, or on the statement or
 * expression it starts, up to the line before the call.
 *
 * @param {PhpNode}   node      The call.
 * @param {PhpNode[]} ancestors Its ancestors.
 * @return {string|undefined} Comment.
 */
function phpTranslatorComment( node, ancestors ) {
	const line = node.loc?.start.line ?? 0;
	for ( const candidate of [ node, ...[ ...ancestors ].reverse() ] ) {
		const start = candidate.loc?.start.line ?? 0;
		if ( candidate !== node && start < line - 1 ) {
			break;
		}
		for ( const comment of [
			...( candidate.leadingComments ?? [] ),
		].reverse() ) {
			const text = translatorComment( comment.value );
			if ( text ) {
				return text;
			}
		}
	}
	return undefined;
}

/**
 * Every gettext call of a PHP file.
 *
 * @param {string} file Path relative to the root.
 * @param {string} code Its text.
 * @return {Call[]} Calls, in order.
 */
export function phpCalls( file, code ) {
	/** @type {Call[]} */
	const calls = [];
	walkPhp( parsePhp( file, code ), ( node, ancestors ) => {
		const fn = phpCallName( node );
		// Own keys only: a call of toString() is no gettext function.
		const spec =
			fn && Object.hasOwn( PHP_FUNCTIONS, fn )
				? PHP_FUNCTIONS[ fn ]
				: undefined;
		if ( ! fn || ! spec ) {
			return;
		}
		const args = Array.isArray( node.arguments ) ? node.arguments : [];
		const { entry, domain } = entryFromArguments(
			spec,
			args.map( phpString ),
			file,
			phpTranslatorComment( node, ancestors )
		);
		calls.push( {
			fn,
			file,
			line: node.loc?.start.line ?? 0,
			domain,
			entry,
		} );
	} );
	return calls;
}

/* ------------------------------------------------------ TypeScript (Babel) */

/** @type {{getNodeAsString: (node: unknown) => string, getExtractedComment: (path: unknown) => string|undefined}} */
const makepotHelpers = makepot;

/**
 * Parses TypeScript or TSX with Babel (syntax only, nothing is compiled).
 *
 * @param {string} file Path relative to the root.
 * @param {string} code Its text.
 * @return {import('@babel/core').types.File} The tree.
 */
export function parseScript( file, code ) {
	const ast = parseSync( code, {
		filename: path.join( ROOT, file ),
		configFile: false,
		babelrc: false,
		sourceType: 'module',
		parserOpts: {
			plugins: file.endsWith( '.tsx' )
				? [ 'typescript', 'jsx' ]
				: [ 'typescript' ],
		},
	} );
	if ( ! ast ) {
		throw new Error( `${ file }: Babel could not parse it.` );
	}
	return ast;
}

/**
 * Every gettext call of a TypeScript file, and the files it imports.
 *
 * @param {string} file Path relative to the root.
 * @param {string} code Its text.
 * @return {{calls: Call[], imports: string[]}} Calls and relative import specifiers.
 */
export function scriptCalls( file, code ) {
	/** @type {Call[]} */
	const calls = [];
	/** @type {string[]} */
	const imports = [];
	traverse( parseScript( file, code ), {
		ImportDeclaration( nodePath ) {
			const source = nodePath.node.source.value;
			if ( source.startsWith( '.' ) ) {
				imports.push( source );
			}
		},
		CallExpression( nodePath ) {
			const { callee } = nodePath.node;
			let fn;
			if ( callee.type === 'Identifier' ) {
				fn = callee.name;
			} else if (
				callee.type === 'MemberExpression' &&
				callee.property.type === 'Identifier'
			) {
				fn = callee.property.name;
			}
			const spec =
				fn && Object.hasOwn( JS_FUNCTIONS, fn )
					? JS_FUNCTIONS[ fn ]
					: undefined;
			if ( ! fn || ! spec ) {
				return;
			}
			const values = nodePath.node.arguments.map( ( arg ) => {
				const value = makepotHelpers.getNodeAsString( arg );
				return value === '' &&
					! ( arg.type === 'StringLiteral' && arg.value === '' )
					? undefined
					: value;
			} );
			const { entry, domain } = entryFromArguments(
				spec,
				values,
				file,
				makepotHelpers.getExtractedComment( nodePath )
			);
			calls.push( {
				fn,
				file,
				line: nodePath.node.loc?.start.line ?? 0,
				domain,
				entry,
			} );
		},
	} );
	return { calls, imports };
}

/* ------------------------------------------------------- Headers and JSON */

/**
 * A header's value, read as WordPress's get_file_data() reads it.
 *
 * @param {string} code   The file's text.
 * @param {string} header Header name.
 * @return {string} Value, '' when absent.
 */
export function fileHeader( code, header ) {
	const escaped = header.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' );
	const match = new RegExp(
		`^(?:[ \\t]*<\\?php)?[ \\t\\/*#@]*${ escaped }:(.*)$`,
		'mi'
	).exec( code.slice( 0, 8192 ).replace( /\r/g, '\n' ) );
	return ( match?.[ 1 ] ?? '' ).replace( /\s*(?:\*\/|\?>).*/, '' ).trim();
}

/**
 * Strings of a JSON document per an i18n schema (core's way: a string's
 * context is the schema's string at the same place; arrays apply their
 * one item's schema to each element; "*" matches any key).
 *
 * @param {unknown} schema Schema part.
 * @param {unknown} value  Document part.
 * @return {Array<{msgid: string, msgctxt: string}>} Strings.
 */
export function stringsBySchema( schema, value ) {
	if ( typeof schema === 'string' ) {
		return typeof value === 'string' && value !== ''
			? [ { msgid: value, msgctxt: schema } ]
			: [];
	}
	if ( Array.isArray( schema ) ) {
		return Array.isArray( value )
			? value.flatMap( ( item ) => stringsBySchema( schema[ 0 ], item ) )
			: [];
	}
	if (
		typeof schema !== 'object' ||
		schema === null ||
		typeof value !== 'object' ||
		value === null ||
		Array.isArray( value )
	) {
		return [];
	}
	const schemaRecord = /** @type {Record<string, unknown>} */ ( schema );
	const valueRecord = /** @type {Record<string, unknown>} */ ( value );
	return Object.entries( valueRecord ).flatMap( ( [ key, part ] ) => {
		const sub =
			key in schemaRecord ? schemaRecord[ key ] : schemaRecord[ '*' ];
		return sub === undefined ? [] : stringsBySchema( sub, part );
	} );
}

/**
 * @param {string} file Path relative to the root.
 * @return {string} Its text.
 */
const read = ( file ) => fs.readFileSync( path.join( ROOT, file ), 'utf8' );

/**
 * Everything one text domain's sources say, in order.
 *
 * @param {DomainSources} sources The domain.
 * @return {{catalog: Catalog, calls: Call[], imports: Map<string, string[]>}} Its strings, every gettext call found, and each script file's relative imports.
 */
export function extractDomain( sources ) {
	/** @type {Catalog} */
	const catalog = new Map();
	/** @type {Call[]} */
	const calls = [];
	/** @type {Map<string, string[]>} */
	const imports = new Map();
	const { domain } = sources;

	// The header first, as WP-CLI orders it.
	const headerCode = read( sources.headerFile );
	for ( const header of sources.headers ) {
		const value = fileHeader( headerCode, header );
		if ( value ) {
			addEntry( catalog, {
				msgid: value,
				references: [ sources.headerFile ],
				comments: [ `${ header } of the ${ sources.headerOwner }` ],
			} );
		}
	}

	for ( const file of filesUnder( sources.folder, /\.php$/ ) ) {
		const code = read( file );
		if ( /^[^/]+\/patterns\//.test( file ) ) {
			for ( const [ header, context ] of /** @type {const} */ ( [
				[ 'Title', 'Pattern title' ],
				[ 'Description', 'Pattern description' ],
			] ) ) {
				const value = fileHeader( code, header );
				if ( value ) {
					addEntry( catalog, {
						msgid: value,
						msgctxt: context,
						references: [ file ],
						comments: [],
					} );
				}
			}
		}
		for ( const call of phpCalls( file, code ) ) {
			calls.push( call );
			if ( call.entry && call.domain === domain ) {
				addEntry( catalog, call.entry );
			}
		}
	}

	for ( const root of sources.blockRoots ) {
		for ( const file of filesUnder( root, /^block\.json$/ ) ) {
			const metadata = JSON.parse( read( file ) );
			if ( metadata.textdomain !== domain ) {
				continue;
			}
			for ( const string of stringsBySchema(
				BLOCK_I18N_SCHEMA,
				metadata
			) ) {
				addEntry( catalog, {
					...string,
					references: [ file ],
					comments: [],
				} );
			}
		}
	}

	for ( const root of sources.themeJson ) {
		for ( const file of filesUnder( root, /\.json$/ ) ) {
			for ( const string of stringsBySchema(
				THEME_I18N_SCHEMA,
				JSON.parse( read( file ) )
			) ) {
				addEntry( catalog, {
					...string,
					references: [ file ],
					comments: [],
				} );
			}
		}
	}

	for ( const root of sources.scriptRoots ) {
		for ( const file of filesUnder( root, SCRIPT_FILE ) ) {
			const found = scriptCalls( file, read( file ) );
			imports.set( file, found.imports );
			for ( const call of found.calls ) {
				calls.push( call );
				if ( call.entry && call.domain === domain ) {
					addEntry( catalog, call.entry );
				}
			}
		}
	}
	return { catalog, calls, imports };
}
