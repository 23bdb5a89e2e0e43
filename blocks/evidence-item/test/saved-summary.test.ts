/**
 * The study summary is saved words: items saved before counts were grouped
 * ("12500 participants") load valid and keep their words; new words are
 * written only when the author changes the study.
 */
import fs from 'node:fs';
import path from 'node:path';

import {
	getSaveContent,
	parse,
	registerBlockType,
	serialize,
} from '@wordpress/blocks';

import listMetadata from '../../evidence-list/block.json';
import listSave from '../../evidence-list/save';
import { registerCoreTestBlocks } from '../../shared/test-utils';
import metadata from '../block.json';
import deprecated from '../deprecated';
import save from '../save';
import { describeStudy } from '../study';
import { atLeast } from '../../shared/at-least';

const FIXTURE = path.join(
	__dirname,
	'fixtures/v1-ungrouped-participants.html'
);

beforeAll( () => {
	registerCoreTestBlocks();
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

it( 'loads an item saved with an ungrouped count as valid, keeping its words', () => {
	const markup = fs.readFileSync( FIXTURE, 'utf8' );
	const [ list ] = atLeast( parse( markup ), 1 );
	const [ item ] = atLeast( list.innerBlocks, 1 );
	expect( list.isValid ).toBe( true );
	expect( item.isValid ).toBe( true );
	expect( item.attributes.participants ).toBe( 12500 );
	expect( item.attributes.summary ).toBe(
		'Cohort study, 12500 participants'
	);
	// The item held its own source (version 1): it is kept for the editor
	// to move into the References list, and meanwhile saved as it was, so
	// saving again unchanged gives the same markup.
	expect( item.attributes.legacySource ).toEqual(
		expect.objectContaining( { doi: '10.1136/bmj.f3646' } )
	);
	expect( serialize( [ list ] ) ).toBe( markup.trim() );
	// The migration is announced, as core announces every one.
	expect( console ).toHaveInformed();
} );

it( 'writes the grouped count once the author changes the study', () => {
	const [ list ] = atLeast( parse( fs.readFileSync( FIXTURE, 'utf8' ) ), 1 );
	const [ item ] = atLeast( list.innerBlocks, 1 );
	// As the sidebar does: the study changed, its words written anew.
	const study = {
		design: 'cohort',
		participants: Number( item.attributes.participants ),
		certainty: 'moderate',
	} as const;
	const attributes = {
		...item.attributes,
		...study,
		summary: describeStudy( study ),
	};
	expect( getSaveContent( item.name, attributes, [] ) ).toContain(
		'Cohort study, 12,500 participants, certainty of evidence: moderate'
	);
	expect( console ).toHaveInformed();
} );
