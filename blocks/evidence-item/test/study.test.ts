/**
 * The study designs an author can pick: block.json, the type and the
 * options list hold the same values, and each reads as words.
 */
import metadata from '../block.json';
import { describeStudy, getDesignOptions } from '../study';
import type { StudyDesign } from '../types';

// Every design of the type, once: a design added to the type without being
// added here (or the reverse) fails to compile.
const DESIGNS: Record< Exclude< StudyDesign, '' >, string > = {
	'meta-analysis': 'Meta-analysis',
	'systematic-review': 'Systematic review',
	guideline: 'Guideline',
	'randomised-controlled-trial': 'Randomised controlled trial',
	cohort: 'Cohort study',
	'case-control': 'Case-control study',
	'cross-sectional': 'Cross-sectional study',
	'case-series': 'Case series',
	qualitative: 'Qualitative study',
	'expert-opinion': 'Expert opinion',
};

it( 'offers every design of the type, and block.json accepts exactly those', () => {
	const values = getDesignOptions().map( ( option ) => option.value );
	expect( values ).toEqual( [ '', ...Object.keys( DESIGNS ) ] );
	expect( metadata.attributes.design.enum ).toEqual( values );
} );

it.each( Object.entries( DESIGNS ) )(
	'words %s as “%s” for readers',
	( design, words ) => {
		expect(
			describeStudy( {
				design: design as StudyDesign,
				participants: 120,
				certainty: '',
			} )
		).toBe( `${ words }, 120 participants` );
	}
);
