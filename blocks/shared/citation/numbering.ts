/**
 * Citation numbers in the order of first citation (Vancouver), computed in
 * the editor from the post's blocks and written into the saved markup:
 * every marker's number (rich text in any block, evidence items' studies)
 * and the References list's order and backlinks. Moving or deleting text
 * renumbers; a reference cited nowhere keeps its entry, after the cited
 * ones.
 *
 * Reading order comes from what each top-level block saves (its inner
 * blocks included), as readers meet the markers; it is cached per block
 * object, so typing in one block serializes only that block again.
 */
import { getBlockType, getSaveContent, type Block } from '@wordpress/blocks';
import {
	RichTextData,
	create,
	toHTMLString,
	type RichTextValue,
} from '@wordpress/rich-text';

import type { SavedReference } from '../../references/types';
import {
	CITATION_CLASS,
	CITATION_FORMAT,
	citationsInHtml,
	isSafeId,
	markerInnerHtml,
	markerLabel,
	newId,
	type Citation,
} from './markers';
import { entriesOf, findReferencesBlock } from './references';

/** The attributes of a block that cites one reference as a whole. */
export const WHOLE_BLOCK_CITATION = [ 'refId', 'citeId', 'citeNumber' ];

export type AttributeUpdate = {
	clientId: string;
	attributes: Record< string, unknown >;
};

export type NumberingPlan = {
	/** Each cited reference's number. */
	numbers: ReadonlyMap< string, number >;
	/** Blocks whose markers show the wrong number or share an id. */
	markers: AttributeUpdate[];
	/** The References list in its new order with its backlinks, if changed. */
	references?: AttributeUpdate;
	/** Entries of the list that nothing cites, in list order. */
	unused: SavedReference[];
	/** Markers citing a source the list lacks, by top-level block. */
	missing: Array< { ref: string; clientId: string } >;
};

const saved = new WeakMap< Block, Citation[] >();

/**
 * The markers a block and its inner blocks save, in reading order.
 *
 * @param block A block from the editor (its inner blocks included).
 */
export function blockCitations( block: Block ): Citation[] {
	let citations = saved.get( block );
	if ( ! citations && ! citesItself( block ) ) {
		// Nothing of its own makes a marker: its markers are its inner
		// blocks', in their order (each kept per block), and none without.
		// No need to save it to look: typing in a long route table would save
		// all of it per character, and in an evidence item its whole list.
		citations = ( block.innerBlocks ?? [] ).flatMap( blockCitations );
		saved.set( block, citations );
	}
	if ( ! citations ) {
		let html = '';
		try {
			html = getSaveContent(
				block.name,
				block.attributes,
				block.innerBlocks ?? []
			);
		} catch {
			// A block whose save fails cites nothing we can number.
		}
		citations = citationsInHtml( html );
		saved.set( block, citations );
	}
	return citations;
}

/**
 * Whether a block's own attributes make a marker: a marker in any of its
 * text (table cells included), or a citation of the whole block (an
 * evidence item's source).
 *
 * @param block A block.
 */
function citesItself( block: Block ): boolean {
	return (
		!! block.attributes.refId ||
		Object.values( block.attributes ).some( holdsMarker )
	);
}

/**
 * Whether a value, or any value inside it, is text with a marker.
 *
 * @param value An attribute value.
 */
function holdsMarker( value: unknown ): boolean {
	if ( citingRichText( value ) ) {
		return true;
	}
	if ( Array.isArray( value ) ) {
		return value.some( holdsMarker );
	}
	return (
		typeof value === 'object' &&
		value !== null &&
		! ( value instanceof RichTextData ) &&
		Object.values( value ).some( holdsMarker )
	);
}

/**
 * A rich-text attribute value (an HTML string or RichTextData) that holds
 * a marker, with its HTML; null for anything else.
 *
 * @param value An attribute value, or a value inside one (table cells).
 */
function citingRichText(
	value: unknown
): { value: string | RichTextData; html: string } | null {
	if ( typeof value !== 'string' && ! ( value instanceof RichTextData ) ) {
		return null;
	}
	const html = value.toString();
	return html.includes( CITATION_CLASS ) ? { value, html } : null;
}

type Rewrite = {
	numbers: ReadonlyMap< string, number >;
	/** Whether a marker id, met here, must be replaced (taken before). */
	isTaken: ( id: string ) => boolean;
	/** Every marker id in the post, for making new ones. */
	taken: Set< string >;
};

/**
 * A rich-text value with its markers numbered and their ids unique, or
 * null when nothing changes.
 *
 * @param value   The attribute value.
 * @param html    Its HTML.
 * @param rewrite What the numbers are and which ids are taken.
 */
function renumberRichText(
	value: string | RichTextData,
	html: string,
	rewrite: Rewrite
): string | RichTextData | null {
	const record: RichTextValue = create( { html } );
	let changed = false;
	record.replacements.forEach( ( replacement, index ) => {
		if ( replacement?.type !== CITATION_FORMAT ) {
			return;
		}
		const ref = replacement.attributes?.ref ?? '';
		let id = replacement.attributes?.id ?? '';
		if ( ! isSafeId( id ) || rewrite.isTaken( id ) ) {
			id = newId( 'cite-', rewrite.taken );
		}
		rewrite.taken.add( id );
		const follows =
			index > 0 &&
			record.replacements[ index - 1 ]?.type === CITATION_FORMAT;
		const innerHTML = markerInnerHtml(
			ref,
			rewrite.numbers.get( ref ),
			follows
		);
		if (
			innerHTML !== replacement.innerHTML ||
			id !== replacement.attributes?.id
		) {
			record.replacements[ index ] = {
				...replacement,
				attributes: { ...replacement.attributes, ref, id },
				innerHTML,
			};
			changed = true;
		}
	} );
	if ( ! changed ) {
		return null;
	}
	const next = toHTMLString( { value: record } );
	return typeof value === 'string'
		? next
		: RichTextData.fromHTMLString( next );
}

/**
 * A value with every marker inside it renumbered (rich text, or arrays and
 * objects holding rich text, such as table cells); the same value when
 * nothing changes.
 *
 * @param value   An attribute value.
 * @param rewrite What the numbers are and which ids are taken.
 */
function renumberValue( value: unknown, rewrite: Rewrite ): unknown {
	const richText = citingRichText( value );
	if ( richText ) {
		return (
			renumberRichText( richText.value, richText.html, rewrite ) ?? value
		);
	}
	if ( Array.isArray( value ) ) {
		const next = value.map( ( item ) => renumberValue( item, rewrite ) );
		return next.some( ( item, index ) => item !== value[ index ] )
			? next
			: value;
	}
	if (
		value &&
		typeof value === 'object' &&
		Object.getPrototypeOf( value ) === Object.prototype
	) {
		const entries = Object.entries( value );
		const next = entries.map( ( [ key, item ] ) => [
			key,
			renumberValue( item, rewrite ),
		] );
		return next.some(
			( [ , item ], index ) => item !== entries[ index ]?.[ 1 ]
		)
			? Object.fromEntries( next )
			: value;
	}
	return value;
}

/**
 * Whether a block type cites one reference as a whole, with the attributes
 * WHOLE_BLOCK_CITATION (an evidence item's study).
 *
 * @param name A block name.
 */
function citesAsAWhole( name: string ): boolean {
	const attributes = getBlockType( name )?.attributes ?? {};
	return WHOLE_BLOCK_CITATION.every( ( key ) => key in attributes );
}

/**
 * The attribute changes that number a block's own markers.
 *
 * @param block   A block.
 * @param rewrite What the numbers are and which ids are taken.
 */
function renumberAttributes(
	block: Block,
	rewrite: Rewrite
): Record< string, unknown > {
	const changes: Record< string, unknown > = {};
	if ( citesAsAWhole( block.name ) ) {
		const ref = String( block.attributes.refId ?? '' );
		if ( ref ) {
			let id = String( block.attributes.citeId ?? '' );
			if ( ! isSafeId( id ) || rewrite.isTaken( id ) ) {
				id = newId( 'cite-', rewrite.taken );
				changes.citeId = id;
			}
			rewrite.taken.add( id );
			const number = markerLabel( rewrite.numbers.get( ref ), false );
			if ( block.attributes.citeNumber !== number ) {
				changes.citeNumber = number;
			}
		}
	}
	for ( const [ key, value ] of Object.entries( block.attributes ) ) {
		const next = renumberValue( value, rewrite );
		if ( next !== value ) {
			changes[ key ] = next;
		}
	}
	return changes;
}

/**
 * Every attribute change that numbers the markers of a block and its inner
 * blocks, in reading order.
 *
 * @param block   A top-level block.
 * @param rewrite What the numbers are and which ids are taken.
 */
function renumberTree( block: Block, rewrite: Rewrite ): AttributeUpdate[] {
	const changes = renumberAttributes( block, rewrite );
	const own = Object.keys( changes ).length
		? [ { clientId: block.clientId, attributes: changes } ]
		: [];
	return [
		...own,
		...( block.innerBlocks ?? [] ).flatMap( ( inner ) =>
			renumberTree( inner, rewrite )
		),
	];
}

/**
 * Whether two lists of entries are the same, in the same order, with the
 * same backlinks.
 *
 * @param a Entries.
 * @param b Other entries.
 */
function sameEntries( a: SavedReference[], b: SavedReference[] ): boolean {
	return (
		a.length === b.length &&
		a.every(
			( entry, index ) =>
				entry.id === b[ index ]?.id &&
				JSON.stringify( entry.backlinks ?? [] ) ===
					JSON.stringify( b[ index ]?.backlinks ?? [] )
		)
	);
}

/**
 * What numbering the post's citations needs: the markers to rewrite first;
 * once they are right, the References list's order and backlinks.
 *
 * @param blocks The post's top-level blocks, inner blocks included.
 */
export function planNumbering( blocks: readonly Block[] ): NumberingPlan {
	const referencesBlock = findReferencesBlock( blocks );
	const entries = entriesOf( referencesBlock );
	const known = new Set( entries.map( ( entry ) => entry.id ) );

	const perBlock = blocks.map( blockCitations );
	const order: string[] = [];
	const missing: NumberingPlan[ 'missing' ] = [];
	const firstBlockOf = new Map< string, number >();
	perBlock.forEach( ( citations, blockIndex ) => {
		for ( const { ref, marker } of citations ) {
			if ( ! known.has( ref ) ) {
				missing.push( {
					ref,
					clientId: blocks[ blockIndex ]?.clientId ?? '',
				} );
			} else if ( ! order.includes( ref ) ) {
				order.push( ref );
			}
			if ( marker && ! firstBlockOf.has( marker ) ) {
				firstBlockOf.set( marker, blockIndex );
			}
		}
	} );
	const numbers = new Map(
		order.map( ( ref, index ) => [ ref, index + 1 ] )
	);

	// A top-level block is rewritten when one of its markers shows another
	// number, has no usable id or shares one with a marker before it.
	const taken = new Set( firstBlockOf.keys() );
	const markers = perBlock.flatMap( ( citations, blockIndex ) => {
		const seen = new Set< string >();
		const stale = citations.some( ( citation ) => {
			const duplicate =
				! isSafeId( citation.marker ) ||
				seen.has( citation.marker ) ||
				firstBlockOf.get( citation.marker ) !== blockIndex;
			seen.add( citation.marker );
			return (
				duplicate ||
				citation.label !==
					markerLabel( numbers.get( citation.ref ), citation.follows )
			);
		} );
		const block = blocks[ blockIndex ];
		if ( ! stale || ! block ) {
			return [];
		}
		const met = new Set< string >();
		return renumberTree( block, {
			numbers,
			taken,
			isTaken: ( id ) => {
				const first = firstBlockOf.get( id );
				const before =
					met.has( id ) ||
					( first !== undefined && first < blockIndex );
				met.add( id );
				return before;
			},
		} );
	} );

	const unused = entries.filter( ( entry ) => ! numbers.has( entry.id ) );
	const plan: NumberingPlan = { numbers, markers, unused, missing };
	if ( ! referencesBlock || markers.length ) {
		// The list follows the markers once they are numbered and unique.
		return plan;
	}
	const places = new Map< string, string[] >();
	for ( const { ref, marker } of perBlock.flat() ) {
		places.set( ref, [ ...( places.get( ref ) ?? [] ), marker ] );
	}
	const byId = new Map( entries.map( ( entry ) => [ entry.id, entry ] ) );
	const ordered: SavedReference[] = [
		...order.flatMap( ( ref ) => byId.get( ref ) ?? [] ),
		...unused,
	].map( ( entry ) => ( {
		...entry,
		backlinks: ( places.get( entry.id ) ?? [] ).map( ( marker ) => ( {
			href: `#${ marker }`,
		} ) ),
	} ) );
	if ( ! sameEntries( ordered, entries ) ) {
		plan.references = {
			clientId: referencesBlock.clientId,
			attributes: { references: ordered },
		};
	}
	return plan;
}
