/**
 * A study's reference, formatted the same in the editor and on the page:
 * Authors. Title. Journal. Year. doi: link. PMID: link. Link.
 * Identifiers that fail their check are shown as text, not linked.
 */
import { checkWebAddress } from '../shared/links';
import { checkDoi, checkPmid, normalizeDoi } from '../shared/identifiers';
import type { StudySource } from './types';

const C = 'wp-block-william-health-evidence-item';

export function hasSource( source: StudySource ): boolean {
	return Object.values( source ).some( ( value ) => value.trim() !== '' );
}

function withStop( text: string ): string {
	const trimmed = text.trim();
	return /[.?!]$/.test( trimmed ) ? trimmed : `${ trimmed }.`;
}

export function Reference( { source }: { source: StudySource } ) {
	const { authors, title, journal, year, doi, pmid, url } = source;
	const doiCheck = doi ? checkDoi( doi ) : null;
	const pmidCheck = pmid ? checkPmid( pmid ) : null;
	const urlCheck = url ? checkWebAddress( url ) : null;
	return (
		<>
			{ authors && (
				<span className={ `${ C }__authors` }>
					{ withStop( authors ) }{ ' ' }
				</span>
			) }
			{ title && (
				<span className={ `${ C }__title` }>
					{ withStop( title ) }{ ' ' }
				</span>
			) }
			{ journal && (
				<>
					<cite className={ `${ C }__journal` }>
						{ journal.trim() }
					</cite>
					.{ ' ' }
				</>
			) }
			{ year && (
				<span className={ `${ C }__year` }>{ withStop( year ) } </span>
			) }
			{ doiCheck && (
				<span className={ `${ C }__doi` }>
					{ 'doi: ' }
					{ doiCheck.valid ? (
						<a href={ doiCheck.href }>{ normalizeDoi( doi ) }</a>
					) : (
						doi
					) }{ ' ' }
				</span>
			) }
			{ pmidCheck && (
				<span className={ `${ C }__pmid` }>
					{ 'PMID: ' }
					{ pmidCheck.valid ? (
						<a href={ pmidCheck.href }>
							{ pmid.trim().replace( /^PMID:\s*/i, '' ) }
						</a>
					) : (
						pmid
					) }{ ' ' }
				</span>
			) }
			{ urlCheck && (
				<span className={ `${ C }__url` }>
					{ urlCheck.valid ? (
						<a href={ urlCheck.href }>{ url.trim() }</a>
					) : (
						url
					) }
				</span>
			) }
		</>
	);
}
