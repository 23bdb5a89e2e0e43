/**
 * A mechanism step in the editor: the same markup as the page, with the
 * arrow's words, the label and the description typed in place. Enter moves
 * on through them, and at the end of the description to the next step;
 * Backspace in an empty step removes it, as in a core list.
 */
import {
	BlockControls,
	InspectorControls,
	RichText,
	useBlockProps,
	store as blockEditorStore,
} from '@wordpress/block-editor';
import {
	getBlockDefaultClassName,
	createBlock,
	type BlockEditProps,
} from '@wordpress/blocks';
import {
	PanelBody,
	SelectControl,
	ToolbarButton,
	ToolbarDropdownMenu,
	ToolbarGroup,
} from '@wordpress/components';
import { useMergeRefs } from '@wordpress/compose';
import { useDispatch, useRegistry, useSelect } from '@wordpress/data';
import { useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { arrowRight, plus } from '@wordpress/icons';

import { useCaret } from '../shared/caret';
import { useMarkNextChangeAsNotPersistent } from '../shared/editor-store';
import { useEnter } from '../shared/enter';
import { plainText } from '../shared/plain-text';
import { useRemoveWhenEmpty, type CaretPlace } from '../shared/remove-empty';
import type { MechanismStepAttributes, Relation, StepKind } from './types';
import { getKinds, getRelations, kindLabel, relationWords } from './vocabulary';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );
const NAME = 'william-health/mechanism-step';

/**
 * Whether a step holds no words of the author's: no label, no description,
 * and on its arrow at most the words of a preset relation.
 *
 * @param attributes The step's attributes.
 */
function isEmptyStep( attributes: MechanismStepAttributes ): boolean {
	return (
		plainText( attributes.label ) === '' &&
		plainText( attributes.description ) === '' &&
		( attributes.relation !== 'custom' ||
			plainText( attributes.relationText ) === '' )
	);
}

/**
 * The end of a step's last typed field: its description, or its label.
 *
 * @param attributes The step's attributes.
 */
function endOfStep( attributes: MechanismStepAttributes ): CaretPlace {
	const description = plainText( attributes.description );
	return description
		? { attributeKey: 'description', offset: description.length }
		: {
				attributeKey: 'label',
				offset: plainText( attributes.label ).length,
			};
}

const REMOVE_WHEN_EMPTY = {
	isEmpty: isEmptyStep,
	endOf: endOfStep,
	firstField: 'label',
};

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
	const stepRef = useRef< HTMLLIElement >( null );
	const { selectionChange } = useDispatch( blockEditorStore );

	// "Own words" picked in the toolbar or the sidebar: the arrow's words are
	// selected on the canvas, so what the author types next replaces them.
	// Focus moves once the menu or select has let go of it.
	const editRelationWords = () => {
		const words = plainText( relationText );
		selectionChange( clientId, 'relationText', 0, words.length );
		window.requestAnimationFrame( () =>
			stepRef.current
				?.querySelector< HTMLElement >( `.${ C }__relation-text` )
				?.focus()
		);
	};
	// Backspace at the start of an empty label removes the empty step.
	const onMergeLabel = useRemoveWhenEmpty( clientId, REMOVE_WHEN_EMPTY );

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
		if ( value === 'custom' ) {
			setAttributes( { relation: value } );
			editRelationWords();
			return;
		}
		setAttributes( {
			relation: value,
			relationText: relationWords( value ),
		} );
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
	const blockRef = useMergeRefs( [ enterRef, stepRef ] );

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
						onChange={ ( value ) => setKind( value ) }
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
							onChange={ ( value ) => setRelation( value ) }
						/>
					) }
				</PanelBody>
			</InspectorControls>
			<li
				{ ...useBlockProps( {
					className: `is-kind-${ kind }`,
					ref: blockRef,
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
							value={ richTextHTML( relationText ) }
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
						value={ richTextHTML( label ) }
						onChange={ ( value ) =>
							setAttributes( { label: value } )
						}
						onMerge={ onMergeLabel }
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
						value={ richTextHTML( description ) }
						onChange={ ( value ) =>
							setAttributes( { description: value } )
						}
					/>
				</span>
			</li>
		</>
	);
}
