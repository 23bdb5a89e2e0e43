/**
 * The References list: an ordered list whose order is the citation numbers,
 * each entry with the id the markers link to, its fields and its links
 * back to the text. Static, so it outlives the plugin.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import { useBlockProps } from '@wordpress/block-editor';

import { entryAnchor, isSafeId } from '../shared/citation/markers';
import { Backlinks, ReferenceText } from './entry';
import type { ReferencesAttributes } from './types';
import metadata from './block.json';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

export default function save( {
	attributes,
}: {
	attributes: ReferencesAttributes;
} ) {
	const { references, citationStyle, backText } = attributes;
	return (
		<div
			{ ...useBlockProps.save( {
				className:
					citationStyle === 'ama'
						? 'is-citation-style-ama'
						: undefined,
			} ) }
		>
			{ references.length > 0 && (
				<ol className={ `${ C }__list` }>
					{ references.map( ( entry ) => (
						<li
							key={ entry.id }
							id={
								isSafeId( entry.id )
									? entryAnchor( entry.id )
									: undefined
							}
							data-ref={ entry.id }
							className={ `${ C }__entry` }
						>
							<ReferenceText
								entry={ entry }
								citationStyle={ citationStyle }
							/>
							<Backlinks entry={ entry } backText={ backText } />
						</li>
					) ) }
				</ol>
			) }
		</div>
	);
}
