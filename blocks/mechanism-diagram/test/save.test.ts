/**
 * What the mechanism diagram saves: a figure with a caption, and the chain
 * as an ordered list in reading order with its relation words.
 */
import {
	createBlock,
	registerBlockType,
	switchToBlockType,
	type Block,
} from '@wordpress/blocks';

import diagramMetadata from '../block.json';
import diagramSave from '../save';
import transforms from '../transforms';
import stepMetadata from '../../mechanism-step/block.json';
import stepSave from '../../mechanism-step/save';
import { registerCoreTestBlocks, savedElement } from '../../shared/test-utils';
import { atLeast } from '../../shared/at-least';

const DIAGRAM = 'william-health/mechanism-diagram';
const STEP = 'william-health/mechanism-step';

beforeAll( () => {
	registerCoreTestBlocks();
	registerBlockType(
		JSON.parse( JSON.stringify( diagramMetadata ) ) as never,
		{
			edit: () => null,
			save: diagramSave,
			transforms,
		}
	);
	registerBlockType( JSON.parse( JSON.stringify( stepMetadata ) ) as never, {
		edit: () => null,
		save: stepSave,
	} );
} );

const chain = () =>
	createBlock( DIAGRAM, { caption: 'How ketamine works.' }, [
		createBlock( STEP, {
			label: 'Ketamine',
			kind: 'drug',
			kindLabel: 'Drug',
		} ),
		createBlock( STEP, {
			label: 'NMDA receptors',
			kind: 'receptor',
			kindLabel: 'Receptor',
			relation: 'blocks',
			relationText: 'blocks',
			description: 'Glutamate signalling changes',
		} ),
		createBlock( STEP, {
			label: 'Rapid relief',
			kind: 'outcome',
			kindLabel: 'Outcome',
			relation: 'leads-to',
			relationText: 'leads to',
		} ),
	] );

it( 'is a figure named by its caption', () => {
	const figure = savedElement( chain() );
	expect( figure.tagName ).toBe( 'FIGURE' );
	expect( figure.querySelector( 'figcaption' )?.textContent ).toBe(
		'How ketamine works.'
	);
} );

it( 'holds the chain as an ordered list in reading order, with relation words', () => {
	const steps = Array.from(
		savedElement( chain() ).querySelectorAll( 'ol > li' )
	);
	expect( steps.map( ( step ) => step.textContent ) ).toEqual( [
		'Ketamine Drug',
		'blocks NMDA receptors Receptor Glutamate signalling changes',
		'leads to Rapid relief Outcome',
	] );
	expect( steps.map( ( step ) => step.className ) ).toEqual( [
		'wp-block-william-health-mechanism-step is-kind-drug',
		'wp-block-william-health-mechanism-step is-kind-receptor',
		'wp-block-william-health-mechanism-step is-kind-outcome',
	] );
} );

it( 'contains nothing a reader needs script or SVG for', () => {
	const figure = savedElement( chain() );
	expect( figure.querySelector( 'svg, script, canvas, img' ) ).toBeNull();
} );

it( 'turns a core list into a chain and back without losing words', () => {
	const list = createBlock( 'core/list', { ordered: true }, [
		createBlock( 'core/list-item', { content: 'Ketamine' } ),
		createBlock( 'core/list-item', { content: 'NMDA receptors' } ),
	] );
	const [ diagram ] = atLeast(
		switchToBlockType( list, DIAGRAM ) as Block[],
		1
	);
	expect(
		diagram.innerBlocks.map( ( step ) => String( step.attributes.label ) )
	).toEqual( [ 'Ketamine', 'NMDA receptors' ] );
	expect( String( diagram.innerBlocks[ 1 ]?.attributes.relationText ) ).toBe(
		'leads to'
	);

	const [ back ] = atLeast(
		switchToBlockType( chain(), 'core/list' ) as Block[],
		1
	);
	expect(
		back.innerBlocks.map( ( item ) => String( item.attributes.content ) )
	).toEqual( [
		'Ketamine',
		'blocks NMDA receptors: Glutamate signalling changes',
		'leads to Rapid relief',
	] );
} );
