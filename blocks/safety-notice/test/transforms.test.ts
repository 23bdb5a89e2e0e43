/**
 * Transforms into and out of the safety notice keep every word.
 */
import {
	createBlock,
	registerBlockType,
	switchToBlockType,
	type Block,
} from '@wordpress/blocks';

import metadata from '../block.json';
import save from '../save';
import transforms from '../transforms';
import { atLeast } from '../../shared/at-least';
import { registerCoreTestBlocks } from '../../shared/test-utils';

const NAME = 'william-health/safety-notice';

beforeAll( () => {
	registerCoreTestBlocks();
	registerBlockType( JSON.parse( JSON.stringify( metadata ) ) as never, {
		edit: () => null,
		save,
		transforms,
	} );
} );

function only( result: Block[] | null ): Block {
	expect( result ).toHaveLength( 1 );
	return atLeast( result ?? [], 1 )[ 0 ];
}

const contents = ( blocks: Block[] ) =>
	blocks.map( ( block ) => String( block.attributes.content ) );

it( 'turns selected paragraphs into one notice holding them all', () => {
	const notice = only(
		switchToBlockType(
			[
				createBlock( 'core/paragraph', {
					content: 'First <strong>risk</strong>.',
				} ),
				createBlock( 'core/paragraph', { content: 'Second.' } ),
			],
			NAME
		)
	);
	expect( notice.name ).toBe( NAME );
	expect( contents( notice.innerBlocks ) ).toEqual( [
		'First <strong>risk</strong>.',
		'Second.',
	] );
} );

it( 'takes a group’s leading heading as the notice heading', () => {
	const group = createBlock( 'core/group', {}, [
		createBlock( 'core/heading', { content: 'Side effects' } ),
		createBlock( 'core/paragraph', { content: 'Nausea.' } ),
	] );
	const notice = only( switchToBlockType( group, NAME ) );
	expect( String( notice.attributes.heading ) ).toBe( 'Side effects' );
	expect( contents( notice.innerBlocks ) ).toEqual( [ 'Nausea.' ] );
} );

it( 'keeps a quote’s citation as a paragraph', () => {
	const quote = createBlock( 'core/quote', { citation: 'NHS' }, [
		createBlock( 'core/paragraph', { content: 'Quoted.' } ),
	] );
	const notice = only( switchToBlockType( quote, NAME ) );
	expect( contents( notice.innerBlocks ) ).toEqual( [ 'Quoted.', 'NHS' ] );
} );

it( 'turns a details block’s summary into the heading', () => {
	const details = createBlock( 'core/details', { summary: 'When to call' }, [
		createBlock( 'core/paragraph', { content: 'Now.' } ),
	] );
	const notice = only( switchToBlockType( details, NAME ) );
	expect( String( notice.attributes.heading ) ).toBe( 'When to call' );
	expect( contents( notice.innerBlocks ) ).toEqual( [ 'Now.' ] );
} );

it( 'turns a notice into a group that still names the level, action and crisis line', () => {
	const notice = createBlock(
		NAME,
		{
			level: 'urgent',
			label: 'Ask a doctor',
			heading: 'Chest pain',
			action: 'Stop treatment.',
			crisisText: 'Call',
			crisisContact: '111',
		},
		[ createBlock( 'core/paragraph', { content: 'Rare.' } ) ]
	);
	const group = only( switchToBlockType( notice, 'core/group' ) );
	expect( group.name ).toBe( 'core/group' );
	expect( group.innerBlocks.map( ( block ) => block.name ) ).toEqual( [
		'core/heading',
		'core/paragraph',
		'core/paragraph',
		'core/paragraph',
	] );
	expect( contents( group.innerBlocks ) ).toEqual( [
		'Ask a doctor: Chest pain',
		'Rare.',
		'Stop treatment.',
		'Call 111',
	] );
} );
