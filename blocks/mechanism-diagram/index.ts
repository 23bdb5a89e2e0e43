/**
 * Mechanism diagram: a causal chain authored as steps, drawn without script.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import deprecated from './deprecated';
import Edit from './edit';
import { getExample } from './example';
import save from './save';
import transforms from './transforms';
import type { MechanismDiagramAttributes } from './types';
import './style.scss';

registerBlockType< MechanismDiagramAttributes >(
	metadata as BlockConfiguration< MechanismDiagramAttributes >,
	{
		edit: Edit,
		save,
		transforms,
		deprecated,
		example: getExample(),
	}
);
