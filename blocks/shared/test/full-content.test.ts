/**
 * Full-content fixtures, as Gutenberg keeps them for its own blocks: for each
 * of our block types, the saved HTML of a block with every field filled
 * (tests/fixtures/blocks/<name>.html), and of the few posts of several
 * blocks that e2e tests publish (<block>__<variant>.html); what the editor
 * parses from it (.json), the raw block grammar (.parsed.json) and what it
 * saves again (.serialized.html). A change of save() output fails here
 * until the fixtures are written again on purpose:
 *
 *     npm run fixtures:update
 *
 * Content already published in the old markup then needs a deprecation.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse as parseGrammar } from '@wordpress/block-serialization-default-parser';
import { parse, serialize, type Block } from '@wordpress/blocks';

import '../../administration-routes';
import '../../evidence-item';
import '../../evidence-list';
import '../../mechanism-diagram';
import '../../mechanism-step';
import '../../references';
import '../../safety-notice';
import { registerCoreTestBlocks } from '../test-utils';
import {
	fullContentBlocks,
	fullContentPosts,
} from '../../../tests/fixtures/blocks/full-content';

const FIXTURES = path.resolve( __dirname, '../../../tests/fixtures/blocks' );
const UPDATE = process.env.WILLIAM_UPDATE_FIXTURES === '1';

type Summary = {
	name: string;
	isValid: boolean;
	attributes: Record< string, unknown >;
	innerBlocks: Summary[];
};

/**
 * A parsed block as the fixtures record it: name, validity, attributes
 * (rich text as its HTML) and inner blocks.
 *
 * @param block A parsed block.
 */
function summary( block: Block ): Summary {
	return {
		name: block.name,
		isValid: block.isValid,
		attributes: JSON.parse( JSON.stringify( block.attributes ) ),
		innerBlocks: block.innerBlocks.map( summary ),
	};
}

const read = ( file: string ) =>
	fs.readFileSync( path.join( FIXTURES, file ), 'utf8' );
const json = ( value: unknown ) => `${ JSON.stringify( value, null, '\t' ) }\n`;

// The fixtures are built when the file loads, to name the tests.
registerCoreTestBlocks();
const blocks = fullContentBlocks();

it( 'has one full-content fixture for each of the seven block types', () => {
	expect( Object.keys( blocks ).sort() ).toEqual( [
		'william-health__administration-routes',
		'william-health__evidence-item',
		'william-health__evidence-list',
		'william-health__mechanism-diagram',
		'william-health__mechanism-step',
		'william-health__references',
		'william-health__safety-notice',
	] );
} );

const fixtures: Record< string, Block[] > = {
	...Object.fromEntries(
		Object.entries( blocks ).map( ( [ name, block ] ) => [
			name,
			[ block ],
		] )
	),
	...fullContentPosts(),
};

describe.each( Object.entries( fixtures ) )( '%s', ( name, fixture ) => {
	const saved = `${ serialize( fixture ) }\n`;

	if ( UPDATE ) {
		it( 'writes its fixtures', () => {
			fs.mkdirSync( FIXTURES, { recursive: true } );
			fs.writeFileSync( path.join( FIXTURES, `${ name }.html` ), saved );
			const parsed = parse( saved );
			fs.writeFileSync(
				path.join( FIXTURES, `${ name }.json` ),
				json( parsed.map( summary ) )
			);
			fs.writeFileSync(
				path.join( FIXTURES, `${ name }.parsed.json` ),
				json( parseGrammar( saved ) )
			);
			fs.writeFileSync(
				path.join( FIXTURES, `${ name }.serialized.html` ),
				`${ serialize( parsed ) }\n`
			);
		} );
		return;
	}

	it( 'saves what its fixture holds (run npm run fixtures:update after a deliberate change)', () => {
		expect( saved ).toBe( read( `${ name }.html` ) );
	} );

	it( 'parses its fixture into valid blocks with every field', () => {
		const parsed = parse( read( `${ name }.html` ) );
		expect( parsed.map( summary ) ).toEqual(
			JSON.parse( read( `${ name }.json` ) )
		);
		expect( parsed.every( ( { isValid } ) => isValid ) ).toBe( true );
	} );

	it( 'keeps the block grammar of its fixture', () => {
		expect( parseGrammar( read( `${ name }.html` ) ) ).toEqual(
			JSON.parse( read( `${ name }.parsed.json` ) )
		);
	} );

	it( 'saves its parsed fixture unchanged', () => {
		expect( `${ serialize( parse( read( `${ name }.html` ) ) ) }\n` ).toBe(
			read( `${ name }.serialized.html` )
		);
	} );
} );
