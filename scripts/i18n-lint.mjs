#!/usr/bin/env node
/**
 * Finds words a user would see that do not go through the i18n functions,
 * so they could never be translated:
 *
 * - TypeScript/TSX (blocks/, editor/): text between JSX tags; string values
 *   of the props people read (label, placeholder, help, title, aria-label…)
 *   in JSX and in objects; words passed to sprintf() or a notice directly.
 * - PHP (plugin/, theme/): what a file outputs (its HTML outside PHP tags,
 *   and the literal strings it echoes or prints), read as HTML: text between
 *   tags, readable attributes (aria-label, title, alt, placeholder) and
 *   block attributes people read (label, placeholder, buttonText, content…);
 *   literal labels handed to register_…()/add_…() functions.
 * - The theme's templates and parts (HTML): the same HTML reading.
 * - block.json: an `example` with words (WordPress does not translate it;
 *   core blocks define such examples in index.js with __()).
 * - Every gettext call: a literal text, the right text domain, and a
 *   translator comment where the text has placeholders.
 *
 * Markup, class names, codes and punctuation are not words: only text with
 * a letter counts. `node scripts/i18n-lint.mjs` prints what it finds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { traverse } from '@babel/core';

import {
	DOMAINS,
	SCRIPT_FILE,
	filesUnder,
	parsePhp,
	parseScript,
	phpCallName,
	phpCalls,
	phpString,
	scriptCalls,
	walkPhp,
} from './i18n-extract.mjs';
import { ROOT, log } from './lib/site.mjs';

/**
 * A user-visible string that cannot be translated.
 *
 * @typedef {Object} Finding
 * @property {string} file Path relative to the root.
 * @property {number} line Line, from 1 (0 when unknown).
 * @property {string} text The words, shortened.
 * @property {string} why  What to do.
 */

/**
 * Names of identifier schemes, as citation styles print them before the
 * identifier ("doi:", "PMID:"): the same in every language (Vancouver and
 * AMA keep them in Spanish), so not words to translate.
 */
const IDENTIFIER_SCHEME = /^(?:doi|pmid|pmcid|isbn|issn):?$/i;

/**
 * Text a person reads: it has a letter in it, and is not an identifier
 * scheme's name.
 *
 * @param {string} text Text.
 * @return {boolean} Whether it holds words.
 */
const hasWords = ( text ) =>
	/\p{L}/u.test( text ) && ! IDENTIFIER_SCHEME.test( text.trim() );

/** Props and keys whose values people read or hear. */
export const READABLE_PROPS = new Set( [
	'label',
	'placeholder',
	'help',
	'title',
	'text',
	'description',
	'aria-label',
	'aria-description',
	'alt',
	'message',
	'heading',
	'buttonText',
	'confirmButtonText',
	'cancelButtonText',
	'emptyMessage',
	'tooltip',
] );

/** HTML attributes people read or hear. */
const READABLE_ATTRIBUTES = [
	'aria-label',
	'aria-description',
	'title',
	'alt',
	'placeholder',
];

/** Block attributes (in block comments) people read. */
const READABLE_BLOCK_ATTRIBUTES = new Set( [
	'label',
	'placeholder',
	'buttonText',
	'content',
	'text',
	'alt',
	'caption',
	'title',
	'moreText',
	'showMoreText',
] );

/**
 * @param {string} text Text.
 * @return {string} At most a line of it.
 */
const short = ( text ) => {
	const flat = text.replace( /\s+/g, ' ' ).trim();
	return flat.length > 70 ? `${ flat.slice( 0, 69 ) }…` : flat;
};

/**
 * The line of an offset in a text.
 *
 * @param {string} text   Text.
 * @param {number} offset Offset.
 * @return {number} Line, from 1.
 */
const lineAt = ( text, offset ) => text.slice( 0, offset ).split( '\n' ).length;

/* ---------------------------------------------------------------- HTML */

/** Stands for a value PHP prints (translated or computed): never words. */
const PRINTED = '\u0000';

/**
 * Untranslatable words in HTML (a template, or what a PHP file outputs,
 * with PRINTED where PHP prints a value).
 *
 * @param {string}                     file     Path relative to the root.
 * @param {string}                     html     The HTML.
 * @param {(offset: number) => number} [lineOf] Line of an offset in the source.
 * @return {Finding[]} Findings.
 */
export function htmlFindings(
	file,
	html,
	lineOf = ( offset ) => lineAt( html, offset )
) {
	/** @type {Finding[]} */
	const findings = [];
	// Block delimiters: their attributes, then nothing of them is text.
	let rest = html.replace(
		/<!--\s*wp:[\w/-]+\s+(\{[\s\S]*?\})\s*\/?-->/g,
		( whole, json, offset ) => {
			for ( const match of json.matchAll(
				/"([\w-]+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g
			) ) {
				const [ , key = '', value = '' ] = match;
				const words = value.split( PRINTED ).join( '' );
				if (
					READABLE_BLOCK_ATTRIBUTES.has( key ) &&
					hasWords( words )
				) {
					findings.push( {
						file,
						line: lineOf( offset ),
						text: short( value.split( PRINTED ).join( '…' ) ),
						why: `block attribute "${ key }" is not translatable: print it with esc_attr__() or esc_html__()`,
					} );
				}
			}
			return ' '.repeat( whole.length );
		}
	);
	rest = rest.replace( /<!--[\s\S]*?-->/g, ( whole ) =>
		' '.repeat( whole.length )
	);
	// Scripts and styles hold no words for people; a cited study's
	// reference (authors, the paper's title, journal) is quoted as published,
	// in a version 1 evidence item and in the References list.
	rest = rest.replace(
		/<(script|style)\b[\s\S]*?<\/\1>|<(p)\b[^>]*\bwp-block-william-health-evidence-item__reference\b[^>]*>[\s\S]*?<\/p>|<(li)\b[^>]*\bwp-block-william-health-references__entry\b[^>]*>[\s\S]*?<\/li>/gi,
		( whole ) => ' '.repeat( whole.length )
	);
	rest = rest.replace( /<[^>]*>/g, ( tag, offset ) => {
		for ( const attribute of READABLE_ATTRIBUTES ) {
			const match = new RegExp(
				`\\s${ attribute }\\s*=\\s*(["'])([\\s\\S]*?)\\1`,
				'i'
			).exec( tag );
			const value = match?.[ 2 ] ?? '';
			if ( hasWords( value.split( PRINTED ).join( '' ) ) ) {
				findings.push( {
					file,
					line: lineOf( offset ),
					text: short( value.split( PRINTED ).join( '…' ) ),
					why: `the ${ attribute } attribute is not translatable: print it with esc_attr__()`,
				} );
			}
		}
		return ' '.repeat( tag.length );
	} );
	for ( const match of rest.matchAll( /[^\u0000]+/g ) ) {
		const text = match[ 0 ]
			.replace( /&[#\w]+;/g, ' ' )
			// sprintf() placeholders are filled by PHP.
			.replace( /%(?:\d+\$)?[sdfu]/g, ' ' );
		if ( hasWords( text ) ) {
			findings.push( {
				file,
				line: lineOf( match.index ?? 0 ),
				text: short( text ),
				why: 'text in HTML is not translatable: print it with esc_html__() (or esc_html_e())',
			} );
		}
	}
	return findings;
}

/* ----------------------------------------------------------------- PHP */

/**
 * Functions whose arguments are labels, by position. Not add_role(): role
 * names are stored untranslated and translated where shown
 * (translate_user_role(), with the "User role" context).
 */
const PHP_LABEL_ARGUMENTS = /** @type {Record<string, number[]>} */ ( {
	add_settings_field: [ 1 ],
	add_settings_section: [ 1 ],
	add_menu_page: [ 0, 1 ],
	add_submenu_page: [ 1, 2 ],
	add_options_page: [ 0, 1 ],
	add_management_page: [ 0, 1 ],
	add_theme_page: [ 0, 1 ],
	add_users_page: [ 0, 1 ],
	add_meta_box: [ 1 ],
	wp_add_dashboard_widget: [ 1 ],
} );

/** Functions whose array arguments may hold labels. */
const PHP_REGISTERING =
	/^(register_|add_|wp_add_|wp_register_|wp_localize_script$)/;

/**
 * @typedef {import('./i18n-extract.mjs').Call} Call
 * @typedef {{kind: string, loc?: {start: {line: number, offset: number}}, [key: string]: unknown}} PhpNode
 */

/**
 * What a PHP node outputs, with PRINTED for every value that is not a
 * literal string.
 *
 * @param {unknown} node Expression.
 * @return {string} Output skeleton.
 */
function printedSkeleton( node ) {
	const literal = phpString( node );
	if ( literal !== undefined ) {
		return literal;
	}
	const typed = /** @type {PhpNode} */ ( node );
	if ( typed?.kind === 'bin' && typed.type === '.' ) {
		return printedSkeleton( typed.left ) + printedSkeleton( typed.right );
	}
	return PRINTED;
}

/**
 * Untranslatable words in a PHP file.
 *
 * @param {string} file Path relative to the root.
 * @param {string} code Its text.
 * @return {Finding[]} Findings.
 */
export function phpFindings( file, code ) {
	/** @type {Finding[]} */
	const findings = [];
	// What the file outputs, in order, and where each piece starts.
	/** @type {Array<{text: string, line: number}>} */
	const output = [];
	walkPhp( parsePhp( file, code ), ( raw ) => {
		const node = /** @type {PhpNode} */ ( raw );
		const line = node.loc?.start.line ?? 0;
		if ( node.kind === 'inline' ) {
			output.push( { text: String( node.value ), line } );
			return;
		}
		if ( node.kind === 'echo' || node.kind === 'print' ) {
			const expressions = Array.isArray( node.expressions )
				? node.expressions
				: [ node.expression ];
			output.push( {
				text: expressions.map( printedSkeleton ).join( '' ),
				line,
			} );
			return;
		}
		const fn = phpCallName( /** @type {any} */ ( node ) );
		const args = Array.isArray( node.arguments ) ? node.arguments : [];
		if ( fn === 'printf' && args.length ) {
			output.push( { text: printedSkeleton( args[ 0 ] ), line } );
		}
		if ( fn && PHP_LABEL_ARGUMENTS[ fn ] ) {
			for ( const position of PHP_LABEL_ARGUMENTS[ fn ] ) {
				const value = phpString( args[ position ] );
				if ( value && hasWords( value ) ) {
					findings.push( {
						file,
						line,
						text: short( value ),
						why: `${ fn }()'s label is not translatable: wrap it in __()`,
					} );
				}
			}
		}
		if ( fn && PHP_REGISTERING.test( fn ) ) {
			for ( const arg of args ) {
				walkPhp( arg, ( inner ) => {
					const item = /** @type {PhpNode} */ ( inner );
					if ( item.kind !== 'entry' ) {
						return;
					}
					const key = phpString( item.key );
					const value = phpString( item.value );
					if (
						key &&
						READABLE_PROPS.has( key ) &&
						value &&
						hasWords( value )
					) {
						findings.push( {
							file,
							line: item.loc?.start.line ?? line,
							text: short( value ),
							why: `"${ key }" handed to ${ fn }() is not translatable: wrap it in __()`,
						} );
					}
				} );
			}
		}
	} );
	// One HTML document of all the output, lines kept per piece.
	let html = '';
	/** @type {Array<{start: number, line: number}>} */
	const starts = [];
	for ( const piece of output ) {
		starts.push( { start: html.length, line: piece.line } );
		html += piece.text;
	}
	findings.push(
		...htmlFindings( file, html, ( offset ) => {
			const piece = [ ...starts ]
				.reverse()
				.find( ( item ) => item.start <= offset );
			return piece
				? piece.line +
						lineAt(
							html.slice( piece.start, offset + 1 ),
							offset
						) -
						1
				: 0;
		} )
	);
	return findings;
}

/* ---------------------------------------------------------- TypeScript */

/** Calls whose string arguments people read. */
const SCRIPT_WORD_CALLS =
	/^(sprintf|create(Error|Warning|Success|Info)?Notice)$/;

/**
 * A JSX or object value's literal text, if it is literal.
 *
 * @param {import('@babel/core').types.Node|null|undefined} node Value.
 * @return {string|undefined} The text.
 */
function literalText( node ) {
	if ( ! node ) {
		return undefined;
	}
	if ( node.type === 'StringLiteral' ) {
		return node.value;
	}
	if ( node.type === 'TemplateLiteral' ) {
		return node.quasis
			.map( ( quasi ) => quasi.value.cooked ?? '' )
			.join( ' ' );
	}
	if ( node.type === 'JSXExpressionContainer' ) {
		return node.expression.type === 'JSXEmptyExpression'
			? undefined
			: literalText( node.expression );
	}
	return undefined;
}

/**
 * Untranslatable words in a TypeScript or TSX file.
 *
 * @param {string} file Path relative to the root.
 * @param {string} code Its text.
 * @return {Finding[]} Findings.
 */
export function scriptFindings( file, code ) {
	/** @type {Finding[]} */
	const findings = [];
	/**
	 * @param {import('@babel/core').types.Node} node Where.
	 * @param {string}                           text Words.
	 * @param {string}                           why  What to do.
	 */
	const report = ( node, text, why ) =>
		findings.push( {
			file,
			line: node.loc?.start.line ?? 0,
			text: short( text ),
			why,
		} );
	traverse( parseScript( file, code ), {
		JSXText( nodePath ) {
			if ( hasWords( nodePath.node.value ) ) {
				report(
					nodePath.node,
					nodePath.node.value,
					'text in JSX is not translatable: use { __( … ) }'
				);
			}
		},
		JSXExpressionContainer( nodePath ) {
			// { 'Words' } or { `Words` } as a child.
			if ( nodePath.parent.type === 'JSXAttribute' ) {
				return;
			}
			const text = literalText(
				nodePath.node.expression.type === 'JSXEmptyExpression'
					? null
					: nodePath.node.expression
			);
			if ( text && hasWords( text ) ) {
				report(
					nodePath.node,
					text,
					'text in JSX is not translatable: use { __( … ) }'
				);
			}
		},
		JSXAttribute( nodePath ) {
			const { name, value } = nodePath.node;
			const prop =
				name.type === 'JSXIdentifier' ? name.name : name.name.name;
			const text = literalText( value );
			if ( READABLE_PROPS.has( prop ) && text && hasWords( text ) ) {
				report(
					nodePath.node,
					text,
					`the ${ prop } prop is not translatable: use ${ prop }={ __( … ) }`
				);
			}
		},
		ObjectProperty( nodePath ) {
			const { key, value } = nodePath.node;
			let name;
			if ( key.type === 'Identifier' ) {
				name = key.name;
			} else if ( key.type === 'StringLiteral' ) {
				name = key.value;
			}
			const text =
				value.type === 'StringLiteral' ||
				value.type === 'TemplateLiteral'
					? literalText( value )
					: undefined;
			if (
				name &&
				READABLE_PROPS.has( name ) &&
				text &&
				hasWords( text )
			) {
				report(
					nodePath.node,
					text,
					`"${ name }" is not translatable: use ${ name }: __( … )`
				);
			}
		},
		CallExpression( nodePath ) {
			const { callee, arguments: args } = nodePath.node;
			let fn;
			if ( callee.type === 'Identifier' ) {
				fn = callee.name;
			} else if (
				callee.type === 'MemberExpression' &&
				callee.property.type === 'Identifier'
			) {
				fn = callee.property.name;
			}
			if ( ! fn || ! SCRIPT_WORD_CALLS.test( fn ) ) {
				return;
			}
			for ( const arg of args ) {
				const text =
					arg.type === 'StringLiteral' ||
					arg.type === 'TemplateLiteral'
						? literalText( arg )
						: undefined;
				// Notice kinds ('error', 'warning') and ids are codes.
				const isCode =
					text !== undefined && /^[a-z][\w/-]*$/.test( text );
				if ( text && hasWords( text ) && ! isCode ) {
					report(
						arg,
						text,
						`${ fn }() shows these words untranslated: pass __( … )`
					);
				}
			}
		},
	} );
	return findings;
}

/* --------------------------------------------------------- Gettext calls */

/**
 * Gettext calls that cannot be translated as written.
 *
 * @param {Call[]} calls  Calls of a file.
 * @param {string} domain The text domain they must use.
 * @return {Finding[]} Findings.
 */
export function callFindings( calls, domain ) {
	return calls.flatMap( ( call ) => {
		if ( ! call.entry ) {
			return [
				{
					file: call.file,
					line: call.line,
					text: `${ call.fn }( … )`,
					why: 'the text is not a literal string, so no translation file can hold it',
				},
			];
		}
		if ( call.domain !== domain ) {
			return [
				{
					file: call.file,
					line: call.line,
					text: short( call.entry.msgid ),
					why:
						call.domain === undefined
							? `no text domain: add '${ domain }'`
							: `text domain '${ call.domain }' instead of '${ domain }'`,
				},
			];
		}
		const texts = `${ call.entry.msgid } ${ call.entry.msgidPlural ?? '' }`;
		if (
			/%(?:\d+\$)?[sdfu]/.test( texts ) &&
			! call.entry.comments.length
		) {
			return [
				{
					file: call.file,
					line: call.line,
					text: short( call.entry.msgid ),
					why: 'placeholders without a /* translators: */ comment saying what fills them',
				},
			];
		}
		return [];
	} );
}

/* ----------------------------------------------------------- Everything */

/**
 * Untranslatable words in one file of a domain.
 *
 * @param {string} file   Path relative to the root.
 * @param {string} code   Its text.
 * @param {string} domain Its text domain.
 * @return {Finding[]} Findings.
 */
export function fileFindings( file, code, domain ) {
	if ( file.endsWith( '.php' ) ) {
		return [
			...phpFindings( file, code ),
			...callFindings( phpCalls( file, code ), domain ),
		];
	}
	if ( file.endsWith( '.html' ) ) {
		return htmlFindings( file, code );
	}
	if ( file.endsWith( 'block.json' ) ) {
		const example = JSON.stringify( JSON.parse( code ).example ?? {} );
		const words = [ ...example.matchAll( /"((?:[^"\\]|\\.)*)"/g ) ]
			.map( ( match ) => match[ 1 ] ?? '' )
			.filter( ( text ) => /\s/.test( text ) || /^\p{Lu}/u.test( text ) )
			.filter( ( text ) => hasWords( text ) );
		return words.length
			? [
					{
						file,
						line: lineAt( code, code.indexOf( '"example"' ) ),
						text: short( words.join( ' · ' ) ),
						why: 'WordPress does not translate block.json examples: define the example in index.ts with __()',
					},
				]
			: [];
	}
	return [
		...scriptFindings( file, code ),
		...callFindings( scriptCalls( file, code ).calls, domain ),
	];
}

/**
 * Every file the check reads, with its domain.
 *
 * @return {Array<{file: string, domain: string}>} Files.
 */
export function lintedFiles() {
	return Object.values( DOMAINS ).flatMap( ( sources ) =>
		[
			...filesUnder( sources.folder, /\.(php|html)$/ ),
			...sources.blockRoots.flatMap( ( root ) =>
				filesUnder( root, /^block\.json$/ )
			),
			...sources.scriptRoots.flatMap( ( root ) =>
				filesUnder( root, SCRIPT_FILE )
			),
		].map( ( file ) => ( { file, domain: sources.domain } ) )
	);
}

/**
 * Untranslatable words in the plugin, its blocks and editor code, and the
 * theme.
 *
 * @return {Finding[]} Findings.
 */
export function findUntranslatable() {
	return lintedFiles().flatMap( ( { file, domain } ) =>
		fileFindings(
			file,
			fs.readFileSync( path.join( ROOT, file ), 'utf8' ),
			domain
		)
	);
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	const findings = findUntranslatable();
	for ( const finding of findings ) {
		log(
			`${ finding.file }:${ finding.line }: "${ finding.text }": ${ finding.why }`
		);
	}
	log(
		findings.length
			? `${ findings.length } user-visible strings cannot be translated.`
			: 'Every user-visible string goes through the i18n functions.'
	);
	process.exitCode = findings.length ? 1 : 0;
}
