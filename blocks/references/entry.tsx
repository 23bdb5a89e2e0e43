/**
 * One reference as readers see it, the same in save() and the editor: each
 * field in its own element, identifiers linked when valid, then the links
 * back to every place in the text that cites it.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import { Fragment } from '@wordpress/element';

import { toReference } from '../shared/citation/references';
import { referenceParts } from './parts';
import type { CitationStyle, SavedReference } from './types';
import metadata from './block.json';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

/**
 * Letters naming the places of a reference cited more than once.
 *
 * @param index The place's index among the reference's backlinks.
 */
function letter( index: number ): string {
	return index < 26
		? String.fromCharCode( 97 + index )
		: `${ letter( Math.floor( index / 26 ) - 1 ) }${ letter( index % 26 ) }`;
}

export function ReferenceText( {
	entry,
	citationStyle,
}: {
	entry: SavedReference;
	citationStyle: CitationStyle;
} ) {
	return (
		<>
			{ referenceParts( toReference( entry ), citationStyle ).map(
				( part, index ) => {
					if ( ! part.field ) {
						return part.text;
					}
					const value = (
						<span
							key={ index }
							className={ `${ C }__${ part.field }` }
							data-value={ part.value }
						>
							{ part.text }
						</span>
					);
					return part.href ? (
						<a key={ index } href={ part.href }>
							{ value }
						</a>
					) : (
						value
					);
				}
			) }
		</>
	);
}

/**
 * "↩" back to the one place that cites a reference, or "↩ a b c" for
 * several; each link is named by the saved wording ("Back to the text a").
 *
 * @param props          The entry and the wording.
 * @param props.entry    The reference.
 * @param props.backText The links' accessible name.
 */
export function Backlinks( {
	entry,
	backText,
}: {
	entry: SavedReference;
	backText: string;
} ) {
	const backlinks = entry.backlinks ?? [];
	if ( ! backlinks.length ) {
		return null;
	}
	// A space from the entry, in the markup: it reads right unstyled.
	const [ only ] = backlinks;
	if ( only && backlinks.length === 1 ) {
		return (
			<span className={ `${ C }__backlinks` }>
				{ ' ' }
				<a
					className={ `${ C }__backlink` }
					href={ only.href }
					aria-label={ backText || undefined }
				>
					↩
				</a>
			</span>
		);
	}
	return (
		<span className={ `${ C }__backlinks` }>
			{ ' ' }
			<span aria-hidden="true">↩</span>
			{ backlinks.map( ( { href }, index ) => (
				<Fragment key={ href + index }>
					{ ' ' }
					<a
						className={ `${ C }__backlink` }
						href={ href }
						aria-label={
							backText
								? `${ backText } ${ letter( index ) }`
								: undefined
						}
					>
						{ letter( index ) }
					</a>
				</Fragment>
			) ) }
		</span>
	);
}
