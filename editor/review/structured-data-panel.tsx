/**
 * The "Structured data" panel of the post settings: the JSON-LD graph this
 * post will print, built on request by the plugin's own PHP from what the
 * editor holds now, so an editor sees what search engines will read before
 * publishing.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice } from '@wordpress/components';
import { PluginDocumentSettingPanel } from '@wordpress/editor';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { useCurrentPost, useEditedPostText } from '../current-post';

type Preview = { enabled: boolean; graph: unknown[] };

export function StructuredDataPanel() {
	const { id } = useCurrentPost();
	const editedText = useEditedPostText();
	const [ preview, setPreview ] = useState< Preview | null >( null );
	const [ error, setError ] = useState( '' );
	const [ busy, setBusy ] = useState( false );

	const show = () => {
		setBusy( true );
		setError( '' );
		apiFetch< Preview >( {
			path: `/william-health/v1/posts/${ id }/structured-data`,
			method: 'POST',
			data: editedText(),
		} )
			.then( setPreview )
			.catch( () =>
				setError(
					__(
						'The structured data could not be built. Save the post and try again.',
						'william-health-blocks'
					)
				)
			)
			.finally( () => setBusy( false ) );
	};

	let result = null;
	if ( preview && ! preview.enabled ) {
		result = (
			<p>
				{ __(
					'Structured data is switched off on this site.',
					'william-health-blocks'
				) }
			</p>
		);
	} else if ( preview && ! preview.graph.length ) {
		result = (
			<p>
				{ __(
					'None: this post uses none of the health blocks.',
					'william-health-blocks'
				) }
			</p>
		);
	} else if ( preview ) {
		result = (
			<pre
				className="william-health-structured-data"
				// The graph can be long: a reader of the panel scrolls it by keyboard.

				tabIndex={ 0 }
				aria-label={ __(
					'Structured data (JSON-LD)',
					'william-health-blocks'
				) }
			>
				{ JSON.stringify(
					{
						'@context': 'https://schema.org',
						'@graph': preview.graph,
					},
					null,
					2
				) }
			</pre>
		);
	}

	return (
		<PluginDocumentSettingPanel
			name="structured-data"
			title={ __( 'Structured data', 'william-health-blocks' ) }
		>
			<p>
				{ __(
					'What search engines will read from this post: built from the blocks as they are now, by the same code that prints it on the page.',
					'william-health-blocks'
				) }
			</p>
			<Button
				variant="secondary"
				onClick={ show }
				isBusy={ busy }
				disabled={ busy || ! id }
			>
				{ preview
					? __( 'Build it again', 'william-health-blocks' )
					: __( 'Show structured data', 'william-health-blocks' ) }
			</Button>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ result }
		</PluginDocumentSettingPanel>
	);
}
