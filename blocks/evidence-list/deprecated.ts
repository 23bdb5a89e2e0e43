/**
 * Earlier saved markups of the evidence list, newest first. None yet.
 */
import type { BlockDeprecation } from '@wordpress/blocks';

import type { EvidenceListAttributes } from './types';

const deprecated: BlockDeprecation< EvidenceListAttributes >[] = [];

export default deprecated;
