/**
 * Editor code that belongs to no single block: the pre-publish checks, the
 * "Medical review" and "Structured data" panels of the post settings, and
 * the citation numbering and its shortcut in the keyboard shortcuts help.
 * Built to plugin/build/editor/ and enqueued on enqueue_block_editor_assets
 * (plugin/includes/editor.php).
 */
import { registerPlugin } from '@wordpress/plugins';

import { CitationNumbering } from './citations/citation-numbering';
import { CiteShortcutHelp } from './citations/cite-shortcut-help';
import { PLUGIN } from './plugin';
import { PrePublishChecks } from './pre-publish-checks';
import { ReviewPanel, requestReviewers } from './review/review-panel';
import { StructuredDataPanel } from './review/structured-data-panel';

function HealthEditor() {
	return (
		<>
			<ReviewPanel />
			<StructuredDataPanel />
			<PrePublishChecks />
			<CitationNumbering />
			<CiteShortcutHelp />
		</>
	);
}

// Before the editor loads, while its preloaded REST answers are there.
requestReviewers().catch( () => undefined );
registerPlugin( PLUGIN, { render: HealthEditor } );
