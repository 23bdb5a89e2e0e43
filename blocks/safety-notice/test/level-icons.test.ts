/**
 * One icon per level: the toolbar and sidebar draw LEVEL_ICON_PATHS, the page
 * draws the stylesheet's masks. Both must hold the same path for each level,
 * and the four must differ in shape, not only in colour.
 */
import fs from 'node:fs';
import path from 'node:path';

import { compileString } from 'sass';

import { LEVEL_ICON_PATHS } from '../level-icons';
import { LEVEL_VALUES } from '../levels';

// The stylesheet as the build compiles it (it uses only Sass's own modules).
const css = compileString(
	fs.readFileSync( path.join( __dirname, '../style.scss' ), 'utf8' )
).css;

/**
 * The SVG paths of a level's mask in the compiled stylesheet.
 *
 * @param level A severity level.
 */
function maskPaths( level: string ): string[] {
	const rule = new RegExp(
		`\\.is-level-${ level }\\s*\\{[^}]*--william-notice-icon:\\s*url\\("data:image/svg\\+xml,([^"]+)"\\)`
	).exec( css );
	expect( rule ).not.toBeNull();
	const svg = decodeURIComponent( rule?.[ 1 ] ?? '' );
	return Array.from( svg.matchAll( /<path([^>]*)\/>/g ), ( [ , attrs ] ) => {
		expect( attrs ).toContain( "fill-rule='evenodd'" );
		return /\sd='([^']*)'/.exec( attrs ?? '' )?.[ 1 ] ?? '';
	} );
}

it( 'defines an icon for every level and no other', () => {
	expect( Object.keys( LEVEL_ICON_PATHS ).sort() ).toEqual(
		[ ...LEVEL_VALUES ].sort()
	);
} );

it.each( LEVEL_VALUES )(
	'draws the %s icon on the page with exactly the toolbar’s path',
	( level ) => {
		expect( maskPaths( level ) ).toEqual( [ LEVEL_ICON_PATHS[ level ] ] );
	}
);

it( 'gives each level its own outline, so no two differ by colour alone', () => {
	// The first subpath is the outer shape: circle, triangle, square, octagon.
	const outlines = LEVEL_VALUES.map(
		( level ) => LEVEL_ICON_PATHS[ level ].split( /Z/ )[ 0 ]
	);
	expect( new Set( outlines ).size ).toBe( LEVEL_VALUES.length );
} );
