/**
 * Evidence item: one finding with its study, inside an evidence list.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import deprecated from './deprecated';
import Edit from './edit';
import save from './save';
import type { EvidenceItemAttributes } from './types';

registerBlockType< EvidenceItemAttributes >(
	metadata as BlockConfiguration< EvidenceItemAttributes >,
	{ edit: Edit, save, deprecated }
);
