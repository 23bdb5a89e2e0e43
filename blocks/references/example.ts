/**
 * The inserter's preview of a References list, in the editor's language.
 * The entry is quoted as published; only the backlink's name is ours.
 */
import { __ } from '@wordpress/i18n';

import { blockExample } from '../shared/example';
// Quoted as published: data, not words to translate.
import exampleReferences from './example-references.json';
import type { ReferencesAttributes } from './types';

export function getExample() {
	return blockExample< ReferencesAttributes >( {
		attributes: {
			backText: __( 'Back to the text', 'william-health-blocks' ),
			references: exampleReferences,
		},
	} );
}
