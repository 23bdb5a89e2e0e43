/**
 * Core blocks as templates, for the articles' text between our blocks.
 */
import { t } from './marks';
import type { BlockTemplate } from './types';

/**
 * A paragraph of translated text.
 *
 * @param text English text, plain.
 */
export const paragraph = ( text: string ): BlockTemplate => [
	'core/paragraph',
	{ content: t( text ) },
];

/**
 * A translated heading (h2 unless told).
 *
 * @param text  English text, plain.
 * @param level Heading level.
 */
export const heading = ( text: string, level: 2 | 3 = 2 ): BlockTemplate => [
	'core/heading',
	level === 2 ? { content: t( text ) } : { content: t( text ), level },
];
