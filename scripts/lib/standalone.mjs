/**
 * Finds code that reads outside the repository: a user's clone has nothing
 * beside it, so a relative path that climbs out of the root, a home-folder
 * path or the seed notes' folder works only on a developer's machine.
 */
import path from 'node:path';

/** Files whose text runs or configures something; prose may name any path. */
const CODE_FILE =
	/(\.(?:[cm]?[jt]sx?|php|json|sh|ya?ml)|^\.ci\/run|\/\.ci\/run)$/;

/** A quoted string; paths in code are always written as one. */
const STRING_LITERAL = /(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g;

/** Bases a path may be joined to, by the name the code gives them. */
const ROOT_NAMES = /^(ROOT|root|repoRoot|projectRoot)$/;

/** The home and temporary folders belong to the machine, not the project. */
const MACHINE_FOLDERS = [
	/\bos\.(homedir|tmpdir)\s*\(/,
	/\b(homedir|tmpdir)\s*\(\s*\)/,
	/process\.env\.(HOME|TMPDIR)\b/,
	/\$(HOME|TMPDIR)\b/,
	/(['"`])~\//,
];

/**
 * A place that reads outside the repository.
 *
 * @typedef {Object} Finding
 * @property {string} file Path relative to the root, with slashes.
 * @property {number} line Line number, from 1.
 * @property {string} text The line, trimmed.
 * @property {string} why  What it reaches.
 */

/**
 * Whether a tracked file is code or configuration (prose may name any path).
 *
 * @param {string} file Path relative to the root, with slashes.
 * @return {boolean} True for files the checks read.
 */
export const isCodeFile = ( file ) => CODE_FILE.test( file );

/**
 * Whether a code file's text names a path outside the repository.
 *
 * @param {string} file Path of the file, relative to the root, with slashes.
 * @param {string} text The file's text.
 * @return {Finding[]} Findings.
 */
export function escapingPaths( file, text ) {
	if ( ! isCodeFile( file ) ) {
		return [];
	}
	/** @type {Finding[]} */
	const findings = [];
	const directory = path.posix.dirname( file );
	const lines = text.split( '\n' );
	lines.forEach( ( line, index ) => {
		// Comments read nothing.
		if ( /^\s*(\/\/|\/?\*|#(?!!))/.test( line ) ) {
			return;
		}
		/** @param {string} why What the line reaches. */
		const report = ( why ) =>
			findings.push( { file, line: index + 1, text: line.trim(), why } );
		if ( /shared\/seed\b/.test( line ) ) {
			report( 'names the seed folder beside the repository' );
			return;
		}
		if ( MACHINE_FOLDERS.some( ( pattern ) => pattern.test( line ) ) ) {
			report( 'reads or writes the home or temporary folder' );
			return;
		}
		// The literal's content group always takes part, if only as ''.
		for ( const [ whole, , value = '' ] of line.matchAll(
			STRING_LITERAL
		) ) {
			if ( ! /(^|\/)\.\.(\/|$)/.test( value ) ) {
				continue;
			}
			// path.join( ROOT, '..' ) climbs from the root, anything else
			// from the file's own folder (imports, __dirname). A call may
			// put its base on the line before.
			const before = `${ lines[ index - 1 ] ?? '' }\n${ line.slice(
				0,
				line.indexOf( whole )
			) }`;
			const base = /\b(\w+)\s*,\s*$/.exec( before )?.[ 1 ] ?? '';
			const from = ROOT_NAMES.test( base ) ? '.' : directory;
			const resolved = path.posix.normalize(
				path.posix.join( from, value )
			);
			if ( resolved === '..' || resolved.startsWith( '../' ) ) {
				report( `"${ value }" leads outside the repository` );
			}
		}
	} );
	return findings;
}
