/**
 * Citation markers: the superscript number a claim carries, linking to its
 * entry in the References list. In rich text a marker is an object of the
 * `william-health/citation` format (like core's footnote); evidence items
 * save the same element for the study behind them. The number is computed
 * in the editor and saved in the markup, so readers need no script:
 *
 *     <sup class="william-health-citation" data-ref="r7k2q" id="cite-x9a1b">
 *         <a href="#ref-r7k2q">3</a>
 *     </sup>
 *
 * A marker right after another one starts with a comma (",4"), so two
 * citations read "3,4" rather than "34", with or without our styles.
 */
export const CITATION_FORMAT = 'william-health/citation';
export const CITATION_CLASS = 'william-health-citation';

/** What a marker shows while its reference is not in the References list. */
export const UNKNOWN_NUMBER = '?';

/** One marker as saved: the reference it cites and its own id. */
export type Citation = {
	/** The reference id (the entry's `data-ref`). */
	ref: string;
	/** The marker's id, which the entry's backlink targets. */
	marker: string;
	/** The marker's text as saved (",3" after another marker). */
	label: string;
	/** Whether it directly follows another marker. */
	follows: boolean;
};

// Ids are made by this code (newId) from lower-case letters and digits;
// anything else in markup is not used in an address.
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Whether a value is an id this code could have made, safe in an address.
 *
 * @param value An id read from markup or attributes.
 */
export function isSafeId( value: unknown ): value is string {
	return typeof value === 'string' && ID.test( value );
}

/**
 * The id of a reference's entry in the References list.
 *
 * @param ref A reference id.
 */
export function entryAnchor( ref: string ): string {
	return `ref-${ ref }`;
}

/**
 * A new id with a prefix, not among those taken: short, lower case, never
 * a number alone.
 *
 * @param prefix Such as "r" for a reference or "cite-" for a marker.
 * @param taken  Ids already in use.
 */
export function newId( prefix: string, taken: ReadonlySet< string > ): string {
	let id = '';
	while ( ! id || taken.has( id ) ) {
		id = `${ prefix }${ Math.random().toString( 36 ).slice( 2, 7 ) }`;
		if ( id.length < prefix.length + 5 ) {
			id = '';
		}
	}
	return id;
}

/**
 * The text a marker shows: its number, with a comma before it when it
 * follows another marker.
 *
 * @param number  The reference's number, or undefined when unknown.
 * @param follows Whether it directly follows another marker.
 */
export function markerLabel(
	number: number | undefined,
	follows: boolean
): string {
	return `${ follows ? ',' : '' }${ number ?? UNKNOWN_NUMBER }`;
}

/**
 * The inside of a marker's `<sup>`: the separator and the link.
 *
 * @param ref     The reference id.
 * @param number  Its number, or undefined when it is not in the list.
 * @param follows Whether it directly follows another marker.
 */
export function markerInnerHtml(
	ref: string,
	number: number | undefined,
	follows: boolean
): string {
	const href = isSafeId( ref ) ? `#${ entryAnchor( ref ) }` : '#';
	// A number or "?": nothing to escape.
	const link = `<a href="${ href }">${ number ?? UNKNOWN_NUMBER }</a>`;
	return `${ follows ? ',' : '' }${ link }`;
}

/**
 * The markers in saved HTML, in reading order.
 *
 * @param html Saved block HTML.
 */
export function citationsInHtml( html: string ): Citation[] {
	if ( ! html.includes( CITATION_CLASS ) ) {
		return [];
	}
	// A template's content is inert: nothing loads and no script runs.
	const template = document.createElement( 'template' );
	template.innerHTML = html;
	return Array.from(
		template.content.querySelectorAll< HTMLElement >(
			`sup.${ CITATION_CLASS }[data-ref]`
		)
	).map( ( element ) => {
		const previous = element.previousSibling;
		return {
			ref: element.dataset.ref ?? '',
			marker: element.id,
			label: element.textContent ?? '',
			follows:
				previous instanceof HTMLElement &&
				previous.matches( `sup.${ CITATION_CLASS }` ),
		};
	} );
}

/**
 * Where a new marker goes for a caret at `caret`: right after the claim's
 * last word. A caret after spaces ("…scores |", where End often leaves it)
 * would put the marker after them, where it can start a line of its own.
 *
 * @param text  The field's text.
 * @param caret The caret's offset.
 */
export function markerPlace( text: string, caret: number ): number {
	let place = caret;
	while ( place > 0 && /[ \u00a0]/.test( text.charAt( place - 1 ) ) ) {
		place--;
	}
	return place;
}
