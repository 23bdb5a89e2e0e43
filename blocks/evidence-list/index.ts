/**
 * Evidence list: graded, cited findings in a numbered list.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import deprecated from './deprecated';
import Edit from './edit';
import { getExample } from './example';
import save from './save';
import transforms from './transforms';
import type { EvidenceListAttributes } from './types';
import '../shared/editor.scss';
import './editor.scss';
import './style.scss';

registerBlockType< EvidenceListAttributes >(
	metadata as BlockConfiguration< EvidenceListAttributes >,
	{
		edit: Edit,
		save,
		transforms,
		deprecated,
		example: getExample(),
	}
);
