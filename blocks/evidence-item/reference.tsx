/**
 * A study's reference, formatted the same in the editor and on the page:
 * Authors. Title. Journal. Year. doi: link. PMID: link. Link.
 *
 * Each field's own element holds exactly what the author typed, so the block
 * reads it back from the markup (KSES filters comment attributes as HTML,
 * which would mangle "p < 0.05"); punctuation stays outside those elements.
 * Identifiers that fail their check are shown as text, not linked.
 */
import { checkWebAddress } from '../shared/links';
import { checkDoi, checkPmid } from '../shared/identifiers';
import type { StudySource } from './types';

const C = 'wp-block-william-health-evidence-item';

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
 * Whether any source field is filled in. Takes the block's attributes as
 * they are: only the source fields count.
 *
 * @param source The source fields (an evidence item's attributes).
 */
export function hasSource( source: StudySource ): boolean {
	return SOURCE_FIELDS.some( ( field ) => source[ field ].trim() !== '' );
}

/**
 * The full stop after a part, unless the author's text already ends one.
 * @param text
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

export function Reference( { source }: { source: StudySource } ) {
	const { authors, title, journal, year, doi, pmid, url } = source;
	const hrefOf = ( check: ReturnType< typeof checkDoi > ) =>
		check.valid ? check.href : null;
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
					href={ hrefOf( checkDoi( doi ) ) }
				/>
			) }
			{ pmid && (
				<Identifier
					field="pmid"
					prefix="PMID: "
					value={ pmid }
					href={ hrefOf( checkPmid( pmid ) ) }
				/>
			) }
			{ url && (
				<Identifier
					field="url"
					prefix=""
					value={ url }
					href={ hrefOf( checkWebAddress( url ) ) }
				/>
			) }
		</>
	);
}
