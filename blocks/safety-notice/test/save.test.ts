/**
 * What the safety notice saves: the markup readers and screen readers get.
 */
import {
	createBlock,
	registerBlockType,
	unregisterBlockType,
} from '@wordpress/blocks';

import metadata from '../block.json';
import { LEVEL_VALUES, getLevel } from '../levels';
import save from '../save';
import type { SafetyNoticeAttributes } from '../types';
import { registerCoreTestBlocks, savedElement } from '../../shared/test-utils';

const NAME = 'william-health/safety-notice';

beforeAll( () => {
	registerCoreTestBlocks();
	registerBlockType< SafetyNoticeAttributes >(
		JSON.parse( JSON.stringify( metadata ) ) as never,
		{ edit: () => null, save }
	);
} );
afterAll( () => unregisterBlockType( NAME ) );

function render( attributes: Partial< SafetyNoticeAttributes > ): HTMLElement {
	const block = createBlock(
		NAME,
		{
			headingId: 'notice-1',
			heading: 'Possible side effects',
			...attributes,
		},
		[
			createBlock( 'core/paragraph', {
				content: 'Dissociation and nausea.',
			} ),
		]
	);
	return savedElement( block );
}

describe.each( LEVEL_VALUES )( 'a %s notice', ( level ) => {
	const label = getLevel( level ).label;
	let notice: HTMLElement;
	beforeAll( () => {
		notice = render( { level, label } );
	} );

	it( 'is a complementary landmark named by its heading', () => {
		expect( notice.tagName ).toBe( 'ASIDE' );
		const heading = notice.querySelector( 'h3' );
		expect( heading?.id ).toBe( 'notice-1' );
		expect( notice.getAttribute( 'aria-labelledby' ) ).toBe( 'notice-1' );
	} );

	it( 'tells screen readers the level before the heading', () => {
		const heading = notice.querySelector( 'h3' ) as HTMLElement;
		const prefix = heading.firstElementChild as HTMLElement;
		expect( prefix.textContent ).toBe( `${ label }: ` );
		expect( prefix.className ).toContain( 'screen-reader-text' );
		expect( heading.textContent ).toBe(
			`${ label }: Possible side effects`
		);
	} );

	it( 'shows the label to sighted readers without repeating it to screen readers', () => {
		const badge = notice.querySelector(
			'.wp-block-william-health-safety-notice__badge'
		) as HTMLElement;
		expect( badge.textContent ).toBe( label );
		expect( badge.getAttribute( 'aria-hidden' ) ).toBe( 'true' );
	} );

	it( 'is a static note: never an alert, never dismissible', () => {
		expect( notice.querySelector( '[role="alert"]' ) ).toBeNull();
		expect( notice.getAttribute( 'role' ) ).toBeNull();
		expect( notice.querySelector( 'button' ) ).toBeNull();
		expect( notice.className ).toContain( `is-level-${ level }` );
	} );
} );

describe( 'optional lines', () => {
	it( 'leaves out the action and crisis line when they are empty', () => {
		const notice = render( {} );
		expect(
			notice.querySelector(
				'.wp-block-william-health-safety-notice__action'
			)
		).toBeNull();
		expect(
			notice.querySelector(
				'.wp-block-william-health-safety-notice__crisis'
			)
		).toBeNull();
	} );

	it( 'links a phone number with tel:', () => {
		const notice = render( {
			crisisText: 'In crisis? Call',
			crisisContact: '+1 (800) 273-8255',
		} );
		const link = notice.querySelector( 'a' ) as HTMLAnchorElement;
		expect( link.getAttribute( 'href' ) ).toBe( 'tel:+18002738255' );
		expect( link.textContent ).toBe( '+1 (800) 273-8255' );
	} );

	it( 'shows a javascript: address as text, never as a link', () => {
		const notice = render( {
			crisisText: 'Help',
			crisisContact: 'javascript:alert(1)',
		} );
		expect( notice.querySelector( 'a' ) ).toBeNull();
		expect(
			notice.querySelector(
				'.wp-block-william-health-safety-notice__crisis-contact'
			)?.textContent
		).toBe( 'javascript:alert(1)' );
	} );

	it( 'uses the chosen heading level', () => {
		expect(
			render( { headingLevel: 2 } ).querySelector( 'h2' )
		).not.toBeNull();
	} );
} );

describe( 'types and block.json', () => {
	it( 'declare the same attributes', () => {
		const declared: Array< keyof SafetyNoticeAttributes > = [
			'level',
			'label',
			'headingId',
			'heading',
			'headingLevel',
			'action',
			'crisisText',
			'crisisContact',
		];
		expect( Object.keys( metadata.attributes ).sort() ).toEqual(
			[ ...declared ].sort()
		);
		expect( metadata.attributes.level.enum ).toEqual( [ ...LEVEL_VALUES ] );
	} );
} );
