/**
 * Editor code that belongs to no single block: the pre-publish checks.
 * Built to plugin/build/editor/ and enqueued on enqueue_block_editor_assets
 * (plugin/includes/editor.php).
 */
import { registerPlugin } from '@wordpress/plugins';

import { PrePublishChecks } from './pre-publish-checks';

registerPlugin( 'william-health-checks', { render: PrePublishChecks } );
