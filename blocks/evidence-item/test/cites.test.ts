/**
 * Evidence items cite their study's entry in the References list: they are
 * numbered with the text's citations in reading order, and items saved when
 * they held their own source (version 1) load valid, keep it, and have it
 * moved into the References list (one entry per source, reused by DOI or
 * PMID, none typed twice).
 */
import fs from 'node:fs';
import path from 'node:path';

import { createBlock, parse, registerBlockType } from '@wordpress/blocks';

import listMetadata from '../../evidence-list/block.json';
import listSave from '../../evidence-list/save';
import { entriesOf } from '../../shared/citation/references';
import {
	marker,
	paragraph,
	referencesBlock,
	registerCitationTestBlocks,
	settle,
} from '../../shared/citation/test-utils';
import metadata from '../block.json';
import deprecated from '../deprecated';
import { planLegacyMove } from '../legacy-sources';
import save from '../save';
import { atLeast } from '../../shared/at-least';

const LIST = 'william-health/evidence-list';
const ITEM = 'william-health/evidence-item';

beforeAll( () => {
	registerCitationTestBlocks();
	registerBlockType( JSON.parse( JSON.stringify( listMetadata ) ) as never, {
		edit: () => null,
		save: listSave,
	} );
	registerBlockType( JSON.parse( JSON.stringify( metadata ) ) as never, {
		edit: () => null,
		save,
		deprecated,
	} );
} );

/** The evidence list saved by version 1: two items, each with its source. */
const V1 = fs.readFileSync(
	path.join( __dirname, 'fixtures/v1-full-list.html' ),
	'utf8'
);

it( 'numbers an item’s study with the text’s citations, in reading order', () => {
	const { blocks } = settle( [
		paragraph( `Lithium helps.${ marker( 'rgedd', 'cite-aaaaa', '?' ) }` ),
		createBlock( LIST, {}, [
			createBlock( ITEM, { finding: 'Fewer suicides.', refId: 'rcipr' } ),
			createBlock( ITEM, { finding: 'Fewer relapses.', refId: 'rgedd' } ),
		] ),
		referencesBlock( [
			{ id: 'rcipr', title: 'Cipriani 2013' },
			{ id: 'rgedd', title: 'Geddes 2004' },
		] ),
	] );
	const [ first, second ] = atLeast(
		atLeast( blocks, 2 )[ 1 ].innerBlocks,
		2
	);
	expect( [
		first.attributes.citeNumber,
		second.attributes.citeNumber,
	] ).toEqual( [ '2', '1' ] );
	// Each item's marker got an id, which the entry links back to.
	expect( first.attributes.citeId ).toMatch( /^cite-[a-z0-9]{5}$/ );
	expect(
		entriesOf( blocks[ 2 ] ).map( ( { id, backlinks } ) => [
			id,
			backlinks?.map( ( { href } ) => href ),
		] )
	).toEqual( [
		[ 'rgedd', [ '#cite-aaaaa', `#${ second.attributes.citeId }` ] ],
		[ 'rcipr', [ `#${ first.attributes.citeId }` ] ],
	] );
} );

it( 'loads a version 1 list valid, each item keeping its source until the editor moves it', () => {
	const [ list ] = atLeast( parse( V1 ), 1 );
	expect( list.isValid ).toBe( true );
	const [ cipriani, geddes ] = atLeast( list.innerBlocks, 2 );
	expect( cipriani.isValid ).toBe( true );
	expect( cipriani.attributes.refId ).toBe( '' );
	expect( cipriani.attributes.legacySource ).toEqual( {
		authors: 'Cipriani A, Hawton K, Stockton S, Geddes JR',
		title: 'Lithium in the prevention of suicide in mood disorders: updated systematic review and meta-analysis',
		journal: 'BMJ',
		year: '2013',
		doi: '10.1136/bmj.f3646',
		pmid: '23814104',
		url: 'https://www.bmj.com/content/346/bmj.f3646',
	} );
	// A bad identifier is kept as typed.
	expect( geddes.attributes.legacySource ).toEqual(
		expect.objectContaining( { doi: 'not a DOI' } )
	);
	// The migration is announced, as core announces every one.
	expect( console ).toHaveInformed();
} );

it( 'moves version 1 sources into a new References list, one entry per source', () => {
	const [ list ] = atLeast( parse( V1 ), 1 );
	const move = planLegacyMove( [ list ] );
	expect( move?.listClientId ).toBeUndefined();
	expect( move?.entries.map( ( { title, doi } ) => [ title, doi ] ) ).toEqual(
		[
			[
				'Lithium in the prevention of suicide in mood disorders: updated systematic review and meta-analysis',
				'10.1136/bmj.f3646',
			],
			[ '', 'not a DOI' ],
		]
	);
	expect( move?.items.map( ( { clientId } ) => clientId ) ).toEqual(
		list.innerBlocks.map( ( { clientId } ) => clientId )
	);
	expect( console ).toHaveInformed();
} );

it( 'reuses an entry the list already has for the same DOI: nothing typed twice', () => {
	const [ list ] = atLeast( parse( V1 ), 1 );
	const references = referencesBlock( [
		{
			id: 'rcipr',
			title: 'Cipriani 2013',
			doi: 'https://doi.org/10.1136/BMJ.F3646',
		},
	] );
	const move = planLegacyMove( [ list, references ] );
	expect( move?.listClientId ).toBe( references.clientId );
	expect( move?.items[ 0 ]?.refId ).toBe( 'rcipr' );
	expect( move?.entries ).toHaveLength( 2 );
	expect( move?.entries[ 0 ]?.id ).toBe( 'rcipr' );
	expect( console ).toHaveInformed();
} );

it( 'has nothing to move once every item cites the list', () => {
	expect(
		planLegacyMove( [
			createBlock( LIST, {}, [
				createBlock( ITEM, { finding: 'x', refId: 'rcipr' } ),
			] ),
		] )
	).toBeNull();
} );
