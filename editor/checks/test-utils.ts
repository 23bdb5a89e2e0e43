/**
 * Test helper: our blocks registered with their real save(), so tests can
 * build a post or a pattern from attributes and parse it back as the
 * editor does; core blocks as the shared stand-ins, with the citation
 * format and the References block.
 */
import { getBlockType, registerBlockType } from '@wordpress/blocks';

import itemMetadata from '../../blocks/evidence-item/block.json';
import itemSave from '../../blocks/evidence-item/save';
import listMetadata from '../../blocks/evidence-list/block.json';
import listSave from '../../blocks/evidence-list/save';
import diagramMetadata from '../../blocks/mechanism-diagram/block.json';
import diagramSave from '../../blocks/mechanism-diagram/save';
import stepMetadata from '../../blocks/mechanism-step/block.json';
import stepSave from '../../blocks/mechanism-step/save';
import noticeMetadata from '../../blocks/safety-notice/block.json';
import noticeSave from '../../blocks/safety-notice/save';
import { registerCitationTestBlocks } from '../../blocks/shared/citation/test-utils';

export function registerOurBlocks(): void {
	registerCitationTestBlocks();
	for ( const [ metadata, save ] of [
		[ listMetadata, listSave ],
		[ itemMetadata, itemSave ],
		[ diagramMetadata, diagramSave ],
		[ stepMetadata, stepSave ],
		[ noticeMetadata, noticeSave ],
	] as const ) {
		if ( ! getBlockType( metadata.name ) ) {
			registerBlockType(
				JSON.parse( JSON.stringify( metadata ) ) as never,
				{ edit: () => null, save: save as never }
			);
		}
	}
}
