/**
 * Every block's block.json and its TypeScript attribute type say the same
 * thing: the same names, JSON types that fit the TypeScript ones, the same
 * enum values, and defaults that are allowed values.
 *
 * Each block's table below must name every attribute of its type (the
 * compiler checks that, and that each JSON type and enum fits the TypeScript
 * type); the test checks the table against block.json.
 */
import administrationRoutes from '../../administration-routes/block.json';
import type {
	AdministrationRoutesAttributes,
	RouteCode,
	StatusCode,
} from '../../administration-routes/types';
import evidenceItem from '../../evidence-item/block.json';
import type {
	Certainty,
	EvidenceItemAttributes,
	StudyDesign,
} from '../../evidence-item/types';
import evidenceList from '../../evidence-list/block.json';
import type { EvidenceListAttributes } from '../../evidence-list/types';
import mechanismDiagram from '../../mechanism-diagram/block.json';
import type { MechanismDiagramAttributes } from '../../mechanism-diagram/types';
import mechanismStep from '../../mechanism-step/block.json';
import type {
	MechanismStepAttributes,
	Relation,
	StepKind,
} from '../../mechanism-step/types';
import references from '../../references/block.json';
import type { ReferencesAttributes } from '../../references/types';
import safetyNotice from '../../safety-notice/block.json';
import type {
	HeadingLevel,
	SafetyNoticeAttributes,
	SeverityLevel,
} from '../../safety-notice/types';
import type { CitationStyle } from '../reference';
import type { RichTextContent } from '../rich-text';
import type { RichTextData } from '@wordpress/rich-text';

/** The block.json types a TypeScript type may be stored as. */
type JsonType< T > = [ T ] extends [ RichTextContent ]
	? // Rich text exactly where the type admits what the editor holds.
		[ RichTextData ] extends [ T ]
		? 'rich-text'
		: 'string'
	: T extends number
		? 'number' | 'integer'
		: T extends boolean
			? 'boolean'
			: T extends readonly unknown[]
				? 'array'
				: 'object';

/** Every allowed value once: a missing or extra one does not compile. */
type Values< T extends string | number > = Record< T, true >;

type Definition< T > = {
	type: JsonType< T >;
	// Not distributed over the union: every member must be listed.
	enum?: [ T ] extends [ string | number ] ? Values< T > : never;
	/** The fields of each item of a `query` attribute. */
	query?: T extends ReadonlyArray< infer Item > ? Definitions< Item > : never;
};

type Definitions< Attributes > = {
	[ Name in keyof Attributes ]-?: Definition<
		NonNullable< Attributes[ Name ] >
	>;
};

/** Attributes that block supports add; block.json may set their default. */
type SupportAttributes = 'anchor' | 'align';

/** What block.json says about one attribute (the part tested here). */
type JsonAttribute = {
	type?: string;
	enum?: ReadonlyArray< string | number >;
	default?: unknown;
	query?: Record< string, JsonAttribute >;
};

const SUPPORT_ATTRIBUTES: readonly string[] = [ 'anchor', 'align' ];

const text = { type: 'string' } as const;
const richText = { type: 'rich-text' } as const;

const designs: Values< StudyDesign > = {
	'': true,
	'meta-analysis': true,
	'systematic-review': true,
	guideline: true,
	'randomised-controlled-trial': true,
	cohort: true,
	'case-control': true,
	'cross-sectional': true,
	'case-series': true,
	qualitative: true,
	'expert-opinion': true,
};
const certainties: Values< Certainty > = {
	'': true,
	high: true,
	moderate: true,
	low: true,
	'very-low': true,
};
const routeCodes: Values< RouteCode > = {
	buccal: true,
	inhaled: true,
	intramuscular: true,
	intranasal: true,
	intravenous: true,
	oral: true,
	rectal: true,
	subcutaneous: true,
	sublingual: true,
	topical: true,
	transdermal: true,
};
const statusCodes: Values< StatusCode > = {
	approved: true,
	'off-label': true,
	investigational: true,
};
const relations: Values< Relation > = {
	'': true,
	blocks: true,
	'blocks-release-of': true,
	inhibits: true,
	activates: true,
	increases: true,
	reduces: true,
	'leads-to': true,
	custom: true,
};
const kinds: Values< StepKind > = {
	drug: true,
	receptor: true,
	neurotransmitter: true,
	protein: true,
	process: true,
	outcome: true,
};
const levels: Values< SeverityLevel > = {
	information: true,
	warning: true,
	urgent: true,
	emergency: true,
};
const headingLevels: Values< HeadingLevel > = {
	2: true,
	3: true,
	4: true,
	5: true,
	6: true,
};

const safetyNoticeTypes: Definitions<
	Omit< SafetyNoticeAttributes, SupportAttributes >
> = {
	level: { type: 'string', enum: levels },
	label: text,
	headingId: text,
	heading: richText,
	headingLevel: { type: 'number', enum: headingLevels },
	action: richText,
	crisisText: richText,
	crisisContact: text,
};

// legacySource lives only between a deprecation and the editor's move of
// a version 1 source into the References list: never in block.json.
const evidenceItemTypes: Definitions<
	Omit< EvidenceItemAttributes, 'legacySource' >
> = {
	finding: richText,
	condition: richText,
	design: { type: 'string', enum: designs },
	participants: { type: 'number' },
	certainty: { type: 'string', enum: certainties },
	summary: text,
	refId: text,
	citeId: text,
	citeNumber: text,
};

const citationStyles: Values< CitationStyle > = { vancouver: true, ama: true };

const referencesTypes: Definitions<
	Omit< ReferencesAttributes, SupportAttributes >
> = {
	references: {
		type: 'array',
		query: {
			id: text,
			authors: text,
			title: text,
			journal: text,
			year: text,
			volume: text,
			issue: text,
			pages: text,
			doi: text,
			pmid: text,
			pmcid: text,
			url: text,
			backlinks: { type: 'array', query: { href: text } },
		},
	},
	citationStyle: { type: 'string', enum: citationStyles },
	backText: text,
};

const evidenceListTypes: Definitions<
	Omit< EvidenceListAttributes, SupportAttributes >
> = {
	asOf: text,
	asOfText: text,
};

const mechanismDiagramTypes: Definitions<
	Omit< MechanismDiagramAttributes, SupportAttributes >
> = {
	caption: richText,
};

const mechanismStepTypes: Definitions< MechanismStepAttributes > = {
	relation: { type: 'string', enum: relations },
	relationText: richText,
	label: richText,
	description: richText,
	kind: { type: 'string', enum: kinds },
	kindLabel: text,
};

const administrationRoutesTypes: Definitions<
	Omit< AdministrationRoutesAttributes, SupportAttributes >
> = {
	caption: richText,
	asOf: text,
	asOfText: text,
	columns: {
		type: 'array',
		query: {
			key: text,
			label: text,
			hidden: { type: 'boolean' },
		},
	},
	rows: {
		type: 'array',
		query: {
			cells: { type: 'array', query: { content: text } },
			routeCode: { type: 'string', enum: routeCodes },
			statusCode: { type: 'string', enum: statusCodes },
		},
	},
	notStated: text,
	sortable: { type: 'boolean' },
};

/** A loosely typed definition, for walking the tables. */
type AnyDefinition = {
	type: string;
	enum?: Record< string, true >;
	query?: Record< string, AnyDefinition >;
};

/**
 * What differs between block.json's attributes and a table, one line each.
 *
 * @param json     block.json's attributes (or a query's fields).
 * @param declared The table.
 * @param path     Where in block.json, for the messages.
 */
function differences(
	json: Record< string, JsonAttribute >,
	declared: Record< string, AnyDefinition >,
	path: string
): string[] {
	const found: string[] = [];
	const jsonNames = Object.keys( json ).filter(
		( name ) => ! SUPPORT_ATTRIBUTES.includes( name )
	);
	for ( const name of jsonNames ) {
		if ( ! ( name in declared ) ) {
			found.push( `${ path }.${ name } is not in the TypeScript type` );
		}
	}
	for ( const [ name, definition ] of Object.entries( declared ) ) {
		const attribute = json[ name ];
		const where = `${ path }.${ name }`;
		if ( ! attribute ) {
			found.push( `${ where } is missing from block.json` );
			continue;
		}
		if ( attribute.type !== definition.type ) {
			found.push(
				`${ where }: block.json says ${ attribute.type }, the type ${ definition.type }`
			);
		}
		const values = definition.enum
			? Object.keys( definition.enum ).sort()
			: undefined;
		const jsonValues = attribute.enum?.map( String ).sort();
		if ( JSON.stringify( values ) !== JSON.stringify( jsonValues ) ) {
			found.push(
				`${ where }: enum ${ JSON.stringify(
					jsonValues
				) } in block.json, ${ JSON.stringify( values ) } in the type`
			);
		}
		if ( 'default' in attribute ) {
			found.push(
				...defaultDifferences( attribute.default, definition, where )
			);
		}
		if ( definition.query || attribute.query ) {
			found.push(
				...differences(
					attribute.query ?? {},
					definition.query ?? {},
					`${ where }.query`
				)
			);
		}
	}
	return found;
}

/**
 * Whether a default is a value the attribute may hold.
 *
 * @param value      The default.
 * @param definition The attribute's table entry.
 * @param where      Its path, for the messages.
 */
function defaultDifferences(
	value: unknown,
	definition: AnyDefinition,
	where: string
): string[] {
	const expected: Record< string, string > = {
		string: 'string',
		'rich-text': 'string',
		number: 'number',
		integer: 'number',
		boolean: 'boolean',
	};
	const kind = Array.isArray( value ) ? 'array' : typeof value;
	const wanted = expected[ definition.type ] ?? definition.type;
	if ( kind !== wanted ) {
		return [
			`${ where }: default ${ JSON.stringify( value ) } is no ${ wanted }`,
		];
	}
	if ( definition.enum && ! ( String( value ) in definition.enum ) ) {
		return [
			`${ where }: default ${ JSON.stringify( value ) } is not in the enum`,
		];
	}
	if ( Array.isArray( value ) && definition.query ) {
		const fields = Object.keys( definition.query );
		return value.flatMap( ( item: Record< string, unknown >, index ) =>
			Object.keys( item )
				.filter( ( field ) => ! fields.includes( field ) )
				.map(
					( field ) =>
						`${ where }: default item ${ index } has ${ field }, which the type lacks`
				)
		);
	}
	return [];
}

const BLOCKS: Array<
	[ string, { attributes: object }, Record< string, AnyDefinition > ]
> = [
	[ 'safety notice', safetyNotice, safetyNoticeTypes ],
	[ 'evidence item', evidenceItem, evidenceItemTypes ],
	[ 'evidence list', evidenceList, evidenceListTypes ],
	[ 'mechanism diagram', mechanismDiagram, mechanismDiagramTypes ],
	[ 'mechanism step', mechanismStep, mechanismStepTypes ],
	[
		'administration routes',
		administrationRoutes,
		administrationRoutesTypes,
	],
	[ 'references', references, referencesTypes ],
];

describe( 'block.json and the TypeScript attribute types', () => {
	it.each( BLOCKS )( 'agree for the %s', ( _name, metadata, declared ) => {
		expect(
			differences(
				metadata.attributes as Record< string, JsonAttribute >,
				declared,
				'attributes'
			)
		).toEqual( [] );
	} );

	it( 'report a difference in name, type, enum or default', () => {
		expect(
			differences(
				{
					level: {
						type: 'string',
						enum: [ 'warning' ],
						default: 'loud',
					},
					size: { type: 'number' },
				},
				{
					level: {
						type: 'string',
						enum: { warning: true, urgent: true },
					},
					heading: { type: 'rich-text' },
				},
				'attributes'
			)
		).toEqual( [
			'attributes.size is not in the TypeScript type',
			'attributes.level: enum ["warning"] in block.json, ["urgent","warning"] in the type',
			'attributes.level: default "loud" is not in the enum',
			'attributes.heading is missing from block.json',
		] );
	} );
} );
