/**
 * Route table ("administration routes"): a typed, responsive, optionally
 * sortable table.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import deprecated from './deprecated';
import Edit from './edit';
import { getExample } from './example';
import icon from './icon';
import save from './save';
import transforms from './transforms';
import type { AdministrationRoutesAttributes } from './types';
import './editor.scss';
import './style.scss';

registerBlockType< AdministrationRoutesAttributes >(
	metadata as BlockConfiguration< AdministrationRoutesAttributes >,
	{
		edit: Edit,
		save,
		transforms,
		deprecated,
		icon,
		example: getExample(),
	}
);
