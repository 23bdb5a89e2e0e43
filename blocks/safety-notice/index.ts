/**
 * Safety notice: a severity-labelled callout for risks in health content.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import deprecated from './deprecated';
import Edit from './edit';
import { getExample } from './example';
import save from './save';
import transforms from './transforms';
import type { SafetyNoticeAttributes } from './types';
import '../shared/editor.scss';
import './editor.scss';
import './style.scss';

registerBlockType< SafetyNoticeAttributes >(
	metadata as BlockConfiguration< SafetyNoticeAttributes >,
	{
		edit: Edit,
		save,
		transforms,
		deprecated,
		example: getExample(),
	}
);
