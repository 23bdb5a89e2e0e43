/**
 * The guidance of the plugin's patterns, for the pre-publish checks: the
 * patterns the editor already loads (core-data's getBlockPatterns, the
 * source of the inserter and the new-post chooser), parsed once.
 */
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { useMemo } from '@wordpress/element';

import type { Guidance } from './check';
import { guidanceFromPatterns, type PatternSource } from './pattern-guidance';

/**
 * Whether a registered pattern has the name and content the check reads.
 *
 * @param pattern A pattern from the REST API.
 */
function isPatternSource( pattern: unknown ): pattern is PatternSource {
	return (
		typeof pattern === 'object' &&
		pattern !== null &&
		'name' in pattern &&
		typeof pattern.name === 'string' &&
		'content' in pattern &&
		typeof pattern.content === 'string'
	);
}

/**
 * The guidance texts, or undefined while the patterns load or when not
 * wanted (the patterns are fetched and parsed only once they are).
 *
 * @param wanted Whether the caller needs them now.
 */
export function usePatternGuidance( wanted = true ): Guidance | undefined {
	const patterns: unknown[] | undefined = useSelect(
		( select ) =>
			wanted ? select( coreStore ).getBlockPatterns() : undefined,
		[ wanted ]
	);
	return useMemo(
		() =>
			patterns?.length
				? guidanceFromPatterns( patterns.filter( isPatternSource ) )
				: undefined,
		[ patterns ]
	);
}
