/**
 * The four severity levels, modelled on the NHS.UK care cards: each has a
 * visible label and a prefix that screen readers hear before the heading.
 */
import { __ } from '@wordpress/i18n';
import { levelIcon } from './level-icons';
import type { SeverityLevel } from './types';

export interface LevelDefinition {
	value: SeverityLevel;
	/** Shown to everyone on the badge, and heard as the heading's prefix. */
	label: string;
	/** Explains the level to the author choosing it. */
	description: string;
	/** The same shape in the toolbar, the sidebar and on the page. */
	icon: ReturnType< typeof levelIcon >;
}

export const LEVEL_VALUES: readonly SeverityLevel[] = [
	'information',
	'warning',
	'urgent',
	'emergency',
];

/**
 * The levels in the editor's language. A function, not a constant, so the
 * strings are translated after the locale data has loaded.
 */
export function getLevels(): [ LevelDefinition, ...LevelDefinition[] ] {
	return [
		{
			value: 'information',
			label: __( 'Information', 'william-health-blocks' ),
			description: __(
				'Helpful context; no risk to act on.',
				'william-health-blocks'
			),
			icon: levelIcon( 'information' ),
		},
		{
			value: 'warning',
			label: __( 'Important', 'william-health-blocks' ),
			description: __(
				'A risk readers must know about.',
				'william-health-blocks'
			),
			icon: levelIcon( 'warning' ),
		},
		{
			value: 'urgent',
			label: __( 'Ask a doctor', 'william-health-blocks' ),
			description: __(
				'Symptoms that need a clinician soon.',
				'william-health-blocks'
			),
			icon: levelIcon( 'urgent' ),
		},
		{
			value: 'emergency',
			label: __( 'Call emergency services', 'william-health-blocks' ),
			description: __(
				'A medical emergency: act now.',
				'william-health-blocks'
			),
			icon: levelIcon( 'emergency' ),
		},
	];
}

/**
 * One level's definition; unknown values fall back to "warning".
 *
 * @param value A level, possibly from malformed saved markup.
 */
export function getLevel( value: string ): LevelDefinition {
	const levels = getLevels();
	return (
		levels.find( ( level ) => level.value === value ) ??
		levels.find( ( level ) => level.value === 'warning' ) ??
		levels[ 0 ]
	);
}
