/**
 * Earlier saved markups of the mechanism diagram, newest first. None yet.
 */
import type { BlockDeprecation } from '@wordpress/blocks';

import type { MechanismDiagramAttributes } from './types';

const deprecated: BlockDeprecation< MechanismDiagramAttributes >[] = [];

export default deprecated;
