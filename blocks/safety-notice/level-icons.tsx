/**
 * One icon per severity level, distinct in shape as well as colour: a circle
 * with "i", a triangle with "!", a medical cross in a rounded square, an
 * octagon with "!". The toolbar menu and the sidebar draw these paths; the
 * page and the canvas draw the same paths as CSS masks (style.scss), so that
 * saved markup holds no SVG. test/level-icons.test.ts holds the two together.
 */
import type { SeverityLevel } from './types';

/** 24 × 24 path data, drawn with the even-odd rule (the marks are holes). */
export const LEVEL_ICON_PATHS: Readonly< Record< SeverityLevel, string > > = {
	information:
		'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
	warning: 'M12 2 1 21h22L12 2Zm1 16h-2v-2h2v2Zm0-4h-2v-4h2v4Z',
	urgent: 'M5 2h14a3 3 0 0 1 3 3v14a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Zm5 4v4H6v4h4v4h4v-4h4v-4h-4V6h-4Z',
	emergency:
		'M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2ZM11 6v8h2V6h-2Zm0 10v2h2v-2h-2Z',
};

/**
 * The level's icon as an SVG element, for core components' `icon` props.
 *
 * @param level A severity level.
 */
export function levelIcon( level: SeverityLevel ) {
	return (
		<svg
			xmlns="http://www.w3.org/2000/svg"
			viewBox="0 0 24 24"
			aria-hidden="true"
			focusable="false"
		>
			<path fillRule="evenodd" d={ LEVEL_ICON_PATHS[ level ] } />
		</svg>
	);
}
