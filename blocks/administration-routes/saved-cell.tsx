/**
 * A body cell of the saved table. The markup is what RichText.Content
 * writes, but the cell is a plain element holding its HTML: on every
 * change of a post the editor looks through each changed block's
 * RichText.Content values for footnotes, parsing each value into a
 * document, and a 20-row table is 160 values parsed per typed character.
 * A cell with a footnote stays RichText.Content, so its footnote keeps its
 * number.
 */
import { RichText } from '@wordpress/block-editor';

import type { bodyCellProps } from './table-parts';

type SavedCellProps = ReturnType< typeof bodyCellProps > & {
	/** The cell's HTML ('' for an empty cell). */
	value: string;
	'data-empty'?: string;
};

// What core's footnote format saves, and looks for.
const FOOTNOTE = 'data-fn=';

export default function SavedCell( {
	tagName: Tag,
	value,
	...props
}: SavedCellProps ) {
	if ( value.includes( FOOTNOTE ) ) {
		return (
			<RichText.Content tagName={ Tag } value={ value } { ...props } />
		);
	}
	return (
		<Tag
			{ ...props }
			dangerouslySetInnerHTML={ value ? { __html: value } : undefined }
		/>
	);
}
