/**
 * Editor code that belongs to no single block: the pre-publish checks, the
 * "Medical review" and "Structured data" panels of the post settings, and
 * the citation numbering.
 * Built to plugin/build/editor/ and enqueued on enqueue_block_editor_assets
 * (plugin/includes/editor.php).
 */
import { registerPlugin } from '@wordpress/plugins';

import { CitationNumbering } from './citations/citation-numbering';
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
		</>
	);
}

// Before the editor loads, while its preloaded REST answers are there.
requestReviewers().catch( () => undefined );
registerPlugin( PLUGIN, { render: HealthEditor } );
