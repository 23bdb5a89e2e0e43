/**
 * References: the article's numbered sources, and the "Cite" format that
 * points claims in any rich-text field to them (registered here, as core
 * registers its footnote format beside the Footnotes block).
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import { CITE_TITLE, CiteEdit } from '../shared/citation/cite';
import {
	citationFormat,
	registerCitationFormat,
} from '../shared/citation/format-type';
import metadata from './block.json';
import Edit from './edit';
import { getExample } from './example';
import save from './save';
import type { ReferencesAttributes } from './types';
import '../shared/editor.scss';
import './editor.scss';
import './style.scss';

registerBlockType< ReferencesAttributes >(
	metadata as BlockConfiguration< ReferencesAttributes >,
	{ edit: Edit, save, example: getExample() }
);

registerCitationFormat( citationFormat( CITE_TITLE(), CiteEdit ) );
