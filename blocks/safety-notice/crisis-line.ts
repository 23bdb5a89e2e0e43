/**
 * The site's crisis line in the editor. Read from the editor settings the
 * plugin adds (plugin/includes/settings.php), so every author gets it, not
 * only those who may read the site's settings. Saved at once, through the
 * settings endpoint, by those who may change it: never an unsaved edit of
 * the site waiting behind the post's own Save button.
 */
import apiFetch from '@wordpress/api-fetch';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/** The site option, as the settings endpoint names it. */
export const CRISIS_LINE_OPTION = 'william_health_crisis_line';
/** The editor setting the plugin fills in. */
export const CRISIS_LINE_EDITOR_SETTING = 'williamHealthCrisisLine';

export type CrisisLine = { text: string; contact: string };

export type SiteCrisisLine = {
	/** The site's line; null where the editor was given none. */
	line: CrisisLine | null;
	/** Whether this user may change it (manage_options). */
	canChange: boolean;
	/** Whether a change is being saved. */
	isSaving: boolean;
	/** Makes a line the site's, at once, and says so in a snackbar. */
	save: ( line: CrisisLine ) => Promise< void >;
};

// The editor, settings and notices stores, reached by name: their packages
// are not dependencies of the blocks. Only what is called is declared.
type EditorSelectors = {
	getEditorSettings?: () => Record< string, unknown >;
};
type EditorActions = {
	updateEditorSettings?: ( settings: Record< string, unknown > ) => void;
};
type NoticeActions = {
	createSuccessNotice: (
		message: string,
		options: { type: 'snackbar' }
	) => void;
	createErrorNotice: (
		message: string,
		options: { type: 'snackbar' }
	) => void;
};

/**
 * A crisis line read from settings or a response, or null when the value is
 * not one.
 *
 * @param value What the settings hold.
 */
export function toCrisisLine( value: unknown ): CrisisLine | null {
	if ( typeof value !== 'object' || value === null ) {
		return null;
	}
	const text = 'text' in value ? value.text : '';
	const contact = 'contact' in value ? value.contact : '';
	return typeof text === 'string' && typeof contact === 'string'
		? { text, contact }
		: null;
}

/**
 * What went wrong, in the server's words when it gave any.
 *
 * @param error What apiFetch threw: the REST error, or a network error.
 */
function errorMessage( error: unknown ): string {
	return typeof error === 'object' &&
		error !== null &&
		'message' in error &&
		typeof error.message === 'string'
		? error.message
		: __( 'the server did not answer.', 'william-health-blocks' );
}

export function useSiteCrisisLine(): SiteCrisisLine {
	const setting = useSelect( ( select ) => {
		const editor: EditorSelectors = select( 'core/editor' ) ?? {};
		return editor.getEditorSettings?.()[ CRISIS_LINE_EDITOR_SETTING ];
	}, [] );
	const editor: EditorActions | undefined = useDispatch( 'core/editor' );
	const notices: NoticeActions = useDispatch( 'core/notices' );
	const [ isSaving, setSaving ] = useState( false );
	const canChange =
		typeof setting === 'object' &&
		setting !== null &&
		'canChange' in setting &&
		setting.canChange === true;

	const save = async ( line: CrisisLine ) => {
		setSaving( true );
		try {
			const response = await apiFetch< Record< string, unknown > >( {
				path: '/wp/v2/settings',
				method: 'POST',
				data: { [ CRISIS_LINE_OPTION ]: line },
			} );
			// The server cleans the line; every notice then offers what it kept.
			const saved =
				toCrisisLine( response[ CRISIS_LINE_OPTION ] ) ?? line;
			editor?.updateEditorSettings?.( {
				[ CRISIS_LINE_EDITOR_SETTING ]: { ...saved, canChange },
			} );
			notices.createSuccessNotice(
				__(
					'Saved as the site’s crisis line',
					'william-health-blocks'
				),
				{ type: 'snackbar' }
			);
		} catch ( error ) {
			notices.createErrorNotice(
				sprintf(
					/* translators: %s: why the server refused, in its words. */
					__(
						'The site’s crisis line was not changed: %s',
						'william-health-blocks'
					),
					errorMessage( error )
				),
				{ type: 'snackbar' }
			);
		} finally {
			setSaving( false );
		}
	};

	return { line: toCrisisLine( setting ), canChange, isSaving, save };
}
