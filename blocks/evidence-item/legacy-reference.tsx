/**
 * The reference line version 1 of the evidence item printed from its own
 * source fields: Authors. Title. Journal. Year. doi: link. PMID: link.
 * Link. Frozen (its link rules included) so that markup saved by version 1
 * keeps parsing; today's save prints it too for an item whose source the
 * editor has not yet moved into the References list.
 *
 * Each field's element holds exactly what the author typed; punctuation
 * stays outside. Identifiers that failed version 1's check are text.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import type { StudySource } from './types';
import metadata from './block.json';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

const SOURCE_FIELDS: Array< keyof StudySource > = [
	'authors',
	'title',
	'journal',
	'year',
	'doi',
	'pmid',
	'url',
];

/**
 * Whether any source field is filled in.
 *
 * @param source The source fields.
 */
export function hasLegacySource( source: Partial< StudySource > ): boolean {
	return SOURCE_FIELDS.some(
		( field ) => ( source[ field ] ?? '' ).trim() !== ''
	);
}

/**
 * Version 1's doi.org link, or null.
 *
 * @param value The typed DOI.
 */
function doiHref( value: string ): string | null {
	const doi = value
		.trim()
		.replace( /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '' );
	return /^10\.\d{4,9}(?:\.\d+)*\/\S+$/.test( doi )
		? `https://doi.org/${ doi }`
		: null;
}

/**
 * Version 1's PubMed link, or null.
 *
 * @param value The typed PMID.
 */
function pmidHref( value: string ): string | null {
	const pmid = value.trim().replace( /^PMID:\s*/i, '' );
	return /^\d{1,9}$/.test( pmid )
		? `https://pubmed.ncbi.nlm.nih.gov/${ pmid }/`
		: null;
}

/**
 * Version 1's link for a web address: http(s) only, or null.
 *
 * @param value The typed address.
 */
function urlHref( value: string ): string | null {
	try {
		const url = new URL( value.trim() );
		return [ 'http:', 'https:' ].includes( url.protocol ) ? url.href : null;
	} catch {
		return null;
	}
}

/**
 * The full stop after a part, unless the author's text already ends one.
 *
 * @param text A field's value.
 */
const stop = ( text: string ) => ( /[.?!]\s*$/.test( text ) ? ' ' : '. ' );

function Part( {
	field,
	value,
	tagName: Tag = 'span',
}: {
	field: string;
	value: string;
	tagName?: 'span' | 'cite';
} ) {
	return (
		<>
			<Tag className={ `${ C }__${ field }` }>{ value }</Tag>
			{ stop( value ) }
		</>
	);
}

function Identifier( {
	field,
	prefix,
	value,
	href,
}: {
	field: string;
	prefix: string;
	value: string;
	href: string | null;
} ) {
	const text = (
		<span className={ `${ C }__${ field }-value` }>{ value }</span>
	);
	return (
		<span className={ `${ C }__${ field }` }>
			{ prefix }
			{ href ? <a href={ href }>{ text }</a> : text }{ ' ' }
		</span>
	);
}

export function LegacyReference( { source }: { source: StudySource } ) {
	const { authors, title, journal, year, doi, pmid, url } = source;
	return (
		<>
			{ authors && <Part field="authors" value={ authors } /> }
			{ title && <Part field="title" value={ title } /> }
			{ journal && (
				<Part field="journal" value={ journal } tagName="cite" />
			) }
			{ year && <Part field="year" value={ year } /> }
			{ doi && (
				<Identifier
					field="doi"
					prefix="doi: "
					value={ doi }
					href={ doiHref( doi ) }
				/>
			) }
			{ pmid && (
				<Identifier
					field="pmid"
					prefix="PMID: "
					value={ pmid }
					href={ pmidHref( pmid ) }
				/>
			) }
			{ url && (
				<Identifier
					field="url"
					prefix=""
					value={ url }
					href={ urlHref( url ) }
				/>
			) }
		</>
	);
}
