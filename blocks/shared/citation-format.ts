/**
 * A reference in Vancouver (ICMJE, NLM's Citing Medicine; the default) or
 * AMA (Manual of Style, 11th ed.), as parts the References block's save()
 * renders: each field in its own element, punctuation between them. Pure
 * functions, no markup; tests/php/fixtures/lookup/expected.json holds the
 * outputs for the lookup's fixtures.
 *
 * A field's `text` may differ from what the author stored (`value`): six
 * authors then "et al", elided or expanded pages, the year alone in AMA. What
 * the block reads back must be the stored value, never the shown text.
 */
import { checkDoi, checkPmcid, checkPmid } from './identifiers';
import { checkWebAddress, type LinkCheck } from './links';
import type { CitationStyle, Reference } from './reference';

/** One name of the lookup's `authorList` (initials without dots). */
export type AuthorName = {
	family: string;
	given: string;
	suffix: string;
	/** A group's name, whole; '' for a person. */
	literal: string;
};

export type CitationField =
	| 'authors'
	| 'title'
	| 'journal'
	| 'year'
	| 'volume'
	| 'issue'
	| 'pages'
	| 'doi';

/** Punctuation and words of the style between fields. */
export type CitationText = { kind: 'text'; text: string };

export type CitationFieldPart = {
	kind: 'field';
	field: CitationField;
	/** What readers see. */
	text: string;
	/** The field as the reference holds it. */
	value: string;
	/** AMA sets journal titles in italics; Vancouver uses none. */
	italic: boolean;
	/** A checked identifier's address, or null. */
	href: string | null;
};

export type CitationPart = CitationText | CitationFieldPart;

/** An identifier shown after the citation, linked when it passes its check. */
export type ReferenceLink = {
	field: 'doi' | 'pmid' | 'pmcid' | 'url';
	/** "doi:", "PMID:", "PMCID:"; '' for a web address. */
	label: string;
	value: string;
	href: string | null;
};

export type FormattedReference = {
	/** The entry in the style: the §6.4 strings of the notes, part by part. */
	citation: CitationPart[];
	/** Identifiers the style does not print inside the entry. */
	links: ReferenceLink[];
};

/** Vancouver lists six authors, then "et al" (ICMJE). */
const VANCOUVER_AUTHORS = 6;
/** AMA lists up to six; past six, the first three and "et al". */
const AMA_ALL_UP_TO = 6;
const AMA_SHOWN = 3;

const ET_AL = /^et\.?\s*al\.?$/i;
// A token of initials alone ("J.", "J. K."): the list is "Surname, Initials", not Vancouver.
const INITIALS_ONLY = /^(?:\p{Lu}\.?\s*)+$/u;
const PAGE_RANGE = /([A-Za-z]*)(\d+)\s*[-–—]\s*([A-Za-z]*)(\d+)/g;

/**
 * How many names the style shows, or null to show them all.
 *
 * @param count Names known.
 * @param more  Whether the list already said "et al" (there were more).
 * @param style The style.
 */
function shownCount(
	count: number,
	more: boolean,
	style: CitationStyle
): number | null {
	if ( style === 'ama' ) {
		return count > AMA_ALL_UP_TO || ( more && count > AMA_SHOWN )
			? AMA_SHOWN
			: null;
	}
	return count > VANCOUVER_AUTHORS ? VANCOUVER_AUTHORS : null;
}

/**
 * One name as both styles write it: "Zarate CA Jr", or a group whole.
 *
 * @param name A name of the lookup's list.
 */
export function formatName( name: AuthorName ): string {
	if ( name.literal.trim() ) {
		return name.literal.trim();
	}
	return [ name.family, name.given, name.suffix ]
		.map( ( part ) => part.trim() )
		.filter( Boolean )
		.join( ' ' );
}

/**
 * Authors from the lookup's list, without the final full stop: persons
 * joined by commas, a group after a semicolon ("Doe JF; Laser ROP Study
 * Group"), cut to the style's number and "et al".
 *
 * @param authorList The names, in order.
 * @param style      Vancouver or AMA.
 */
export function formatAuthors(
	authorList: AuthorName[],
	style: CitationStyle
): string {
	const names = authorList.filter( ( name ) => formatName( name ) !== '' );
	const shown = shownCount( names.length, false, style );
	const kept = shown === null ? names : names.slice( 0, shown );
	const text = kept
		.map( ( name, index ) => {
			if ( index === 0 ) {
				return formatName( name );
			}
			const group =
				name.literal.trim() || kept[ index - 1 ]?.literal.trim();
			return `${ group ? '; ' : ', ' }${ formatName( name ) }`;
		} )
		.join( '' );
	return shown === null ? text : `${ text }, et al`;
}

/**
 * A reference's authors as the style shows them. The field holds what the
 * author sees or typed (the lookup writes it in Vancouver); a Vancouver list
 * of names is cut again to the style's number. Anything else (one name, a
 * "Surname, Initials" list) is shown as typed.
 *
 * @param authors The reference's `authors`.
 * @param style   Vancouver or AMA.
 */
export function formatAuthorText(
	authors: string,
	style: CitationStyle
): string {
	const typed = authors.trim();
	// ['Xu J', ',', 'Qu S', ';', 'Group']: names at even places, separators between.
	const tokens = typed.split( /\s*([,;])\s*/ );
	const names = tokens.filter( ( _token, index ) => index % 2 === 0 );
	const more =
		names.length > 1 && ET_AL.test( names[ names.length - 1 ] ?? '' );
	if ( more ) {
		names.pop();
	}
	if ( names.some( ( name ) => name === '' || INITIALS_ONLY.test( name ) ) ) {
		return typed;
	}
	const shown = shownCount( names.length, more, style );
	if ( shown === null ) {
		return typed;
	}
	const kept = names
		.slice( 0, shown )
		.map( ( name, index ) =>
			index === 0 ? name : `${ tokens[ index * 2 - 1 ] } ${ name }`
		)
		.join( '' );
	return `${ kept }, et al`;
}

/**
 * Page ranges as NLM prints them, leading digits the end shares with the
 * start dropped: 304-310 → 304-10, 1199-1205 → 1199-205, S12-S19 → S12-9.
 * Single pages and e-locators stay as they are.
 *
 * @param pages The reference's `pages`.
 */
export function elidePages( pages: string ): string {
	return pages
		.trim()
		.replace(
			PAGE_RANGE,
			(
				range,
				prefix: string,
				start: string,
				endPrefix: string,
				end: string
			) => {
				if ( endPrefix && endPrefix !== prefix ) {
					return range;
				}
				if ( start === end ) {
					return `${ prefix }${ start }`;
				}
				// Already elided (304-10), or nothing to drop (99-101).
				if (
					end.length !== start.length ||
					Number( end ) < Number( start )
				) {
					return `${ prefix }${ start }-${ end }`;
				}
				let same = 0;
				while (
					same < end.length - 1 &&
					start[ same ] === end[ same ]
				) {
					same++;
				}
				return `${ prefix }${ start }-${ end.slice( same ) }`;
			}
		);
}

/**
 * Page ranges in full, as AMA prints them: 856-64 → 856-864, 428-9 → 428-429.
 *
 * @param pages The reference's `pages`.
 */
export function expandPages( pages: string ): string {
	return pages
		.trim()
		.replace(
			PAGE_RANGE,
			(
				range,
				prefix: string,
				start: string,
				endPrefix: string,
				end: string
			) => {
				if ( endPrefix && endPrefix !== prefix ) {
					return range;
				}
				const full =
					end.length < start.length
						? start.slice( 0, start.length - end.length ) + end
						: end;
				return Number( full ) < Number( start )
					? range
					: `${ prefix }${ start }-${ endPrefix }${ full }`;
			}
		);
}

/**
 * The year of a reference's date ("2021 May" → "2021"), for AMA and for
 * anything that needs the year alone. The lookup fills `year` with the date
 * of the issue as NLM writes it, which Vancouver prints whole.
 *
 * @param year The reference's `year`.
 */
export function publicationYear( year: string ): string {
	return /\b\d{4}\b/.exec( year )?.[ 0 ] ?? year.trim();
}

/**
 * The whole entry as plain text, e.g. for a copy button or a test.
 *
 * @param parts A formatted citation.
 */
export function citationText( parts: CitationPart[] ): string {
	return parts.map( ( part ) => part.text ).join( '' );
}

const text = ( value: string ): CitationText => ( {
	kind: 'text',
	text: value,
} );

const hrefOf = ( check: LinkCheck ) => ( check.valid ? check.href : null );

/**
 * A reference in a style.
 *
 * @param reference The reference.
 * @param style     Vancouver (default) or AMA.
 */
export function formatReference(
	reference: Reference,
	style: CitationStyle = 'vancouver'
): FormattedReference {
	const ama = style === 'ama';
	const field = (
		name: CitationField,
		shown: string,
		extra: Partial< Pick< CitationFieldPart, 'italic' | 'href' > > = {}
	): CitationFieldPart => ( {
		kind: 'field',
		field: name,
		text: shown,
		value: reference[ name ],
		italic: false,
		href: null,
		...extra,
	} );

	const groups: CitationPart[][] = [];
	const authors = formatAuthorText( reference.authors, style );
	if ( authors ) {
		groups.push( [ field( 'authors', authors ) ] );
	}
	const title = reference.title.trim();
	if ( title ) {
		groups.push( [ field( 'title', title ) ] );
	}
	const journal = reference.journal.trim();
	if ( journal ) {
		groups.push( [ field( 'journal', journal, { italic: ama } ) ] );
	}

	// Year;volume(issue):pages
	const source: CitationPart[] = [];
	const year = ama
		? publicationYear( reference.year )
		: reference.year.trim();
	const volume = reference.volume.trim();
	const issue = reference.issue.trim();
	const pages = ama
		? expandPages( reference.pages )
		: elidePages( reference.pages );
	if ( year ) {
		source.push( field( 'year', year ) );
	}
	if ( year && ( volume || issue ) ) {
		source.push( text( ';' ) );
	}
	if ( volume ) {
		source.push( field( 'volume', volume ) );
	}
	if ( issue ) {
		source.push( text( '(' ), field( 'issue', issue ), text( ')' ) );
	}
	if ( pages ) {
		if ( source.length ) {
			source.push( text( ':' ) );
		}
		source.push( field( 'pages', pages ) );
	}
	if ( source.length ) {
		groups.push( source );
	}

	// Each group ends with a full stop, unless its text already does.
	const citation = groups.flatMap( ( group, index ) => {
		const last = group[ group.length - 1 ]?.text ?? '';
		const stopped = /[.?!]$/.test( last );
		const after = index === groups.length - 1 ? '' : ' ';
		return [ ...group, text( ( stopped ? '' : '.' ) + after ) ];
	} );

	const doi = reference.doi.trim();
	if ( ama && doi ) {
		// AMA: "doi:10.xxxx" with no final full stop.
		if ( citation.length ) {
			citation.push( text( ' ' ) );
		}
		citation.push(
			text( 'doi:' ),
			field( 'doi', doi, { href: hrefOf( checkDoi( doi ) ) } )
		);
	}

	// The identifiers after the entry, each linked when its check passes;
	// AMA has already printed the DOI inside the entry.
	const linked: Array<
		[ ReferenceLink[ 'field' ], string, ( value: string ) => LinkCheck ]
	> = [
		[ 'doi', 'doi:', checkDoi ],
		[ 'pmid', 'PMID:', checkPmid ],
		[ 'pmcid', 'PMCID:', checkPmcid ],
		[ 'url', '', checkWebAddress ],
	];
	const links: ReferenceLink[] = [];
	for ( const [ name, label, check ] of linked ) {
		const value = reference[ name ].trim();
		if ( value && ! ( ama && name === 'doi' ) ) {
			links.push( {
				field: name,
				label,
				value,
				href: hrefOf( check( value ) ),
			} );
		}
	}
	return { citation, links };
}
