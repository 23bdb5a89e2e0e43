/**
 * Earlier saved markups of the route table, newest first. None yet.
 */
import type { BlockDeprecation } from '@wordpress/blocks';

import type { AdministrationRoutesAttributes } from './types';

const deprecated: BlockDeprecation< AdministrationRoutesAttributes >[] = [];

export default deprecated;
