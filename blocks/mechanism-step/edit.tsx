/**
 * A mechanism step in the editor: the same markup as the page, with the
 * arrow's words, the label and the description typed in place. Enter moves
 * on through them, and at the end of the description to the next step.
 */
import {
	BlockControls,
	InspectorControls,
	RichText,
	useBlockProps,
	store as blockEditorStore,
} from '@wordpress/block-editor';
import { createBlock, type BlockEditProps } from '@wordpress/blocks';
import {
	PanelBody,
	SelectControl,
	ToolbarButton,
	ToolbarDropdownMenu,
	ToolbarGroup,
} from '@wordpress/components';
import { useRegistry, useSelect } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { arrowRight, plus } from '@wordpress/icons';

import { useCaret } from '../shared/caret';
import { useMarkNextChangeAsNotPersistent } from '../shared/editor-store';
import { useEnter } from '../shared/enter';
import { plainText } from '../shared/plain-text';
import type { MechanismStepAttributes, Relation, StepKind } from './types';
import { getKinds, getRelations, kindLabel, relationWords } from './vocabulary';

const C = 'wp-block-william-health-mechanism-step';
const NAME = 'william-health/mechanism-step';

export default function Edit( {
	attributes,
	setAttributes,
	clientId,
}: BlockEditProps< MechanismStepAttributes > ) {
	const { relation, relationText, label, description, kind } = attributes;
	const markNotPersistent = useMarkNextChangeAsNotPersistent();
	const caret = useCaret();
	const registry = useRegistry();
	const { rootClientId, index } = useSelect(
		( select ) => {
			const editor = select( blockEditorStore );
			return {
				rootClientId:
					editor.getBlockRootClientId( clientId ) ?? undefined,
				index: editor.getBlockIndex( clientId ),
			};
		},
		[ clientId ]
	);
	const isFirst = index === 0;

	// A step that came without its kind's words (a transform, hand-written
	// markup) gets them without the post counting as edited.
	useEffect( () => {
		if ( ! attributes.kindLabel ) {
			markNotPersistent();
			setAttributes( { kindLabel: kindLabel( kind ) } );
		}
	}, [ attributes.kindLabel, kind, markNotPersistent, setAttributes ] );

	const setKind = ( value: StepKind ) =>
		setAttributes( { kind: value, kindLabel: kindLabel( value ) } );
	const setRelation = ( value: Exclude< Relation, '' > ) => {
		const preset = getRelations().find(
			( option ) => option.value === value
		);
		setAttributes(
			value === 'custom'
				? { relation: value }
				: { relation: value, relationText: preset?.label ?? '' }
		);
	};
	// A new step comes with "leads to" on its arrow; the caret goes to its
	// label, where the author starts typing.
	const addStep = () =>
		caret.insertAndEdit(
			createBlock( NAME, {
				relation: 'leads-to',
				relationText: relationWords( 'leads-to' ),
			} ),
			index + 1,
			rootClientId,
			'label'
		);
	// The next step, if it is still empty (as the template's second step
	// is), takes the caret; otherwise a new step is added.
	const continueToNextStep = () => {
		const editor = registry.select( blockEditorStore );
		const nextId = editor.getBlockOrder( rootClientId )[ index + 1 ];
		const next = nextId ? editor.getBlockAttributes( nextId ) : null;
		if (
			nextId &&
			next &&
			plainText( next.label ) === '' &&
			plainText( next.description ) === ''
		) {
			caret.moveTo( nextId, 'label' );
		} else {
			addStep();
		}
	};
	// Relation words, label and description are one line each: Enter moves
	// on to the next; at the end of the description, to the next step;
	// within the description it breaks the line, as in a core caption.
	const enterRef = useEnter( clientId, {
		relationText: () => {
			caret.moveTo( clientId, 'label' );
			return true;
		},
		label: () => {
			caret.moveTo( clientId, 'description' );
			return true;
		},
		description: ( { atEnd } ) => {
			if ( atEnd ) {
				continueToNextStep();
			}
			return atEnd;
		},
	} );

	return (
		<>
			<BlockControls group="block">
				<ToolbarGroup>
					{ ! isFirst && (
						<ToolbarDropdownMenu
							icon={ arrowRight }
							label={ __(
								'Relation from the step before',
								'william-health-blocks'
							) }
							controls={ getRelations().map( ( option ) => ( {
								title: option.label,
								isActive: option.value === relation,
								onClick: () => setRelation( option.value ),
							} ) ) }
						/>
					) }
					<ToolbarButton
						icon={ plus }
						label={ __(
							'Add step after',
							'william-health-blocks'
						) }
						onClick={ addStep }
					/>
				</ToolbarGroup>
			</BlockControls>
			<InspectorControls>
				<PanelBody title={ __( 'Step', 'william-health-blocks' ) }>
					<SelectControl
						__next40pxDefaultSize
						label={ __( 'Kind of step', 'william-health-blocks' ) }
						help={ __(
							'Sets the box’s look; readers also see the kind in words.',
							'william-health-blocks'
						) }
						value={ kind }
						options={ getKinds() }
						onChange={ ( value ) => setKind( value as StepKind ) }
					/>
					{ ! isFirst && (
						<SelectControl
							__next40pxDefaultSize
							label={ __(
								'Relation from the step before',
								'william-health-blocks'
							) }
							value={ relation || 'leads-to' }
							options={ getRelations() }
							onChange={ ( value ) =>
								setRelation( value as Exclude< Relation, '' > )
							}
						/>
					) }
				</PanelBody>
			</InspectorControls>
			<li
				{ ...useBlockProps( {
					className: `is-kind-${ kind }`,
					ref: enterRef,
				} ) }
			>
				{ ! isFirst && (
					<span className={ `${ C }__relation` }>
						<RichText
							tagName="span"
							identifier="relationText"
							className={ `${ C }__relation-text` }
							aria-label={ __(
								'Relation words',
								'william-health-blocks'
							) }
							placeholder={ __(
								'leads to',
								'william-health-blocks'
							) }
							value={ relationText }
							onChange={ ( value ) =>
								setAttributes( {
									relationText: value,
									relation: 'custom',
								} )
							}
							allowedFormats={ [] }
						/>
					</span>
				) }
				<span className={ `${ C }__box` }>
					<RichText
						tagName="strong"
						identifier="label"
						className={ `${ C }__label` }
						aria-label={ __(
							'Step label',
							'william-health-blocks'
						) }
						placeholder={ __(
							'Step: what acts or changes',
							'william-health-blocks'
						) }
						value={ label }
						onChange={ ( value ) =>
							setAttributes( { label: value } )
						}
						allowedFormats={ [
							'core/italic',
							'core/subscript',
							'core/superscript',
						] }
					/>
					<span className={ `${ C }__kind` }>
						{ attributes.kindLabel || kindLabel( kind ) }
					</span>
					<RichText
						tagName="span"
						identifier="description"
						className={ `${ C }__description` }
						aria-label={ __(
							'Step description (optional)',
							'william-health-blocks'
						) }
						placeholder={ __(
							'Short description (optional)',
							'william-health-blocks'
						) }
						value={ description }
						onChange={ ( value ) =>
							setAttributes( { description: value } )
						}
					/>
				</span>
			</li>
		</>
	);
}
