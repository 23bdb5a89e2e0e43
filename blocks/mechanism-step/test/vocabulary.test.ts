/**
 * The words of a mechanism: block.json, the types and the options list hold
 * the same kinds and relations, and each relation has its words for the
 * arrow.
 */
import metadata from '../block.json';
import type { Relation, StepKind } from '../types';
import { getKinds, getRelations, relationWords } from '../vocabulary';

// Every relation of the type, once, with the words on its arrow: a relation
// added to the type and not here (or the reverse) fails to compile.
const RELATIONS: Record< Exclude< Relation, '' | 'custom' >, string > = {
	blocks: 'blocks',
	'blocks-release-of': 'blocks release of',
	inhibits: 'inhibits',
	activates: 'activates',
	increases: 'increases',
	reduces: 'reduces',
	'leads-to': 'leads to',
};

const KINDS: Record< StepKind, true > = {
	drug: true,
	receptor: true,
	neurotransmitter: true,
	protein: true,
	process: true,
	outcome: true,
};

it( 'offers every relation of the type, and block.json accepts exactly those', () => {
	const values = getRelations().map( ( option ) => option.value );
	expect( values ).toEqual( [ ...Object.keys( RELATIONS ), 'custom' ] );
	expect( metadata.attributes.relation.enum ).toEqual( [ '', ...values ] );
} );

it.each( Object.entries( RELATIONS ) )(
	'writes %s on the arrow as “%s”',
	( relation, words ) => {
		expect( relationWords( relation as Relation ) ).toBe( words );
	}
);

it( 'offers every kind of step, and block.json accepts exactly those', () => {
	const values = getKinds().map( ( option ) => option.value );
	expect( values ).toEqual( Object.keys( KINDS ) );
	expect( metadata.attributes.kind.enum ).toEqual( values );
} );
