/**
 * Earlier saved markups of the safety notice, newest first. Each entry is a
 * frozen copy of its attributes and save, never today's, and has fixtures
 * under test/fixtures/ that must keep parsing. None yet: this is version 1.
 */
import type { BlockDeprecation } from '@wordpress/blocks';

import type { SafetyNoticeAttributes } from './types';

const deprecated: BlockDeprecation< SafetyNoticeAttributes >[] = [];

export default deprecated;
