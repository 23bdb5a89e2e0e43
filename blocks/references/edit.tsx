/**
 * The References list in the editor: each entry as readers will read it,
 * with what cites it ("Cited 2 times in the text" or, flagged, "Not cited
 * in the text"), a note under an identifier that cannot be linked, and
 * buttons to edit or remove it. Sources are added here or with "Cite" in
 * the text; the order is the citation numbers, kept by the editor.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import {
	getBlockDefaultClassName,
	type BlockEditProps,
} from '@wordpress/blocks';
import { Button, Modal, PanelBody, SelectControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { entryAnchor, newId } from '../shared/citation/markers';
import { backText as defaultBackText } from '../shared/citation/post-references';
import { ReferenceForm } from '../shared/citation/reference-form';
import {
	emptyReference,
	fieldsOf,
	fillEmptyFields,
	referenceSummary,
	sameSource,
} from '../shared/citation/references';
import { FieldMessage } from '../shared/field-message';
import { ReferenceText } from './entry';
import { referenceProblems } from './problems';
import type {
	CitationStyle,
	Reference,
	ReferencesAttributes,
	SavedReference,
} from './types';
import metadata from './block.json';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

type Editing = { id: string | null; initial: Omit< Reference, 'id' > };

export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< ReferencesAttributes > ) {
	const { references, citationStyle, backText } = attributes;
	const { createInfoNotice } = useDispatch( noticesStore );
	const [ editing, setEditing ] = useState< Editing | null >( null );

	// The backlinks' name is saved in the author's language with the
	// author's first change of a list that lacks it, never on opening: an
	// unchanged post stays unchanged.
	const update = ( changes: Partial< ReferencesAttributes > ) =>
		setAttributes(
			backText ? changes : { ...changes, backText: defaultBackText() }
		);

	const save = ( fields: Omit< Reference, 'id' > ) => {
		if ( editing?.id ) {
			update( {
				references: references.map( ( entry ) =>
					entry.id === editing.id ? { ...entry, ...fields } : entry
				),
			} );
		} else if (
			references.some( ( entry ) => sameSource( entry, fields ) )
		) {
			// The same study again: say so, and keep what it adds (a PMID
			// found by a look-up beside the DOI typed before).
			const index = references.findIndex( ( entry ) =>
				sameSource( entry, fields )
			);
			update( {
				references: references.map( ( entry, at ) =>
					at === index ? fillEmptyFields( entry, fields ) : entry
				),
			} );
			createInfoNotice(
				sprintf(
					/* translators: %d: number of the source already in the list. */
					__(
						'This source is already in the list as number %d; what it lacked was added to it.',
						'william-health-blocks'
					),
					index + 1
				),
				{ type: 'snackbar' }
			);
		} else {
			const id = newId(
				'r',
				new Set( references.map( ( entry ) => entry.id ) )
			);
			update( {
				references: [ ...references, { id, ...fields, backlinks: [] } ],
			} );
		}
		setEditing( null );
	};

	const remove = ( entry: SavedReference ) =>
		update( {
			references: references.filter( ( { id } ) => id !== entry.id ),
		} );

	return (
		<>
			<InspectorControls>
				<PanelBody
					title={ __( 'Reference style', 'william-health-blocks' ) }
				>
					<SelectControl
						__next40pxDefaultSize
						label={ __( 'Style', 'william-health-blocks' ) }
						help={ __(
							'Vancouver is the usual style of medical journals; AMA is the American Medical Association’s.',
							'william-health-blocks'
						) }
						value={ citationStyle }
						options={ [
							{
								value: 'vancouver',
								label: __(
									'Vancouver',
									'william-health-blocks'
								),
							},
							{
								value: 'ama',
								label: __( 'AMA', 'william-health-blocks' ),
							},
						] }
						onChange={ ( value ) =>
							update( {
								citationStyle: value as CitationStyle,
							} )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div
				{ ...useBlockProps( {
					className:
						citationStyle === 'ama'
							? 'is-citation-style-ama'
							: undefined,
				} ) }
			>
				{ references.length === 0 ? (
					<p className={ `${ C }__empty` }>
						{ __(
							'No sources yet. Select words in the text and press “Cite” in the toolbar (Shift+Alt+C), or add a source here.',
							'william-health-blocks'
						) }
					</p>
				) : (
					<ol className={ `${ C }__list` }>
						{ references.map( ( entry ) => {
							const places = entry.backlinks?.length ?? 0;
							return (
								<li
									key={ entry.id }
									id={ entryAnchor( entry.id ) }
									className={ `${ C }__entry${
										places ? '' : ' is-unused'
									}` }
								>
									<ReferenceText
										entry={ entry }
										citationStyle={ citationStyle }
									/>
									<span className={ `${ C }__uses` }>
										{ places
											? sprintf(
													/* translators: %d: how many places in the text cite this source. */
													_n(
														'Cited in %d place in the text.',
														'Cited in %d places in the text.',
														places,
														'william-health-blocks'
													),
													places
												)
											: __(
													'Not cited in the text: nothing there points readers to it. Cite it, or remove it.',
													'william-health-blocks'
												) }
									</span>
									{ referenceProblems( entry ).map(
										( { field, message } ) => (
											<FieldMessage key={ field }>
												{ message }
											</FieldMessage>
										)
									) }
									<span className={ `${ C }__actions` }>
										<Button
											variant="link"
											onClick={ () =>
												setEditing( {
													id: entry.id,
													initial: fieldsOf( entry ),
												} )
											}
											aria-label={ sprintf(
												/* translators: %s: the source, its first author, year and title. */
												__(
													'Edit %s',
													'william-health-blocks'
												),
												referenceSummary( entry )
											) }
										>
											{ __(
												'Edit',
												'william-health-blocks'
											) }
										</Button>
										{ ! places && (
											<Button
												variant="link"
												isDestructive
												onClick={ () =>
													remove( entry )
												}
												aria-label={ sprintf(
													/* translators: %s: the source, its first author, year and title. */
													__(
														'Remove %s',
														'william-health-blocks'
													),
													referenceSummary( entry )
												) }
											>
												{ __(
													'Remove',
													'william-health-blocks'
												) }
											</Button>
										) }
									</span>
								</li>
							);
						} ) }
					</ol>
				) }
				<Button
					variant="secondary"
					className={ `${ C }__add` }
					onClick={ () =>
						setEditing( { id: null, initial: emptyReference() } )
					}
				>
					{ __( 'Add a source', 'william-health-blocks' ) }
				</Button>
			</div>
			{ editing && (
				<Modal
					title={
						editing.id
							? __( 'Edit source', 'william-health-blocks' )
							: __( 'Add a source', 'william-health-blocks' )
					}
					onRequestClose={ () => setEditing( null ) }
				>
					<ReferenceForm
						initial={ editing.initial }
						focusOnMount
						submitLabel={
							editing.id
								? __( 'Save', 'william-health-blocks' )
								: __( 'Add', 'william-health-blocks' )
						}
						onSubmit={ save }
						onCancel={ () => setEditing( null ) }
					/>
				</Modal>
			) }
		</>
	);
}
