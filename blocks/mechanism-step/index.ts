/**
 * Mechanism step: one box of a mechanism diagram and the arrow into it.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import Edit from './edit';
import save from './save';
import type { MechanismStepAttributes } from './types';

registerBlockType< MechanismStepAttributes >(
	metadata as BlockConfiguration< MechanismStepAttributes >,
	{ edit: Edit, save }
);
