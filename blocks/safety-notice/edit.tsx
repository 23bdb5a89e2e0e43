/**
 * The safety notice in the editor: the same markup as the page, with the
 * level in the toolbar and the sidebar. Enter moves on as in core: from the
 * heading into the body, from "what to do" to the crisis line, and from the
 * crisis line to a new paragraph after the notice.
 */
import {
	BlockControls,
	HeadingLevelDropdown,
	InnerBlocks,
	RichText,
	useBlockProps,
	store as blockEditorStore,
} from '@wordpress/block-editor';
import {
	getBlockDefaultClassName,
	createBlock,
	type BlockEditProps,
} from '@wordpress/blocks';
import { ToolbarDropdownMenu, ToolbarGroup } from '@wordpress/components';
import { useDispatch, useRegistry, useSelect } from '@wordpress/data';
import { useCallback, useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { useCaret } from '../shared/caret';
import { useMarkNextChangeAsNotPersistent } from '../shared/editor-store';
import { useEnter, type EnterHandler } from '../shared/enter';
import { FieldMessage } from '../shared/field-message';
import { checkContact } from '../shared/links';
import { plainText } from '../shared/plain-text';
import Inspector from './inspector';
import { getLevel, getLevels } from './levels';
import type {
	HeadingLevel,
	SafetyNoticeAttributes,
	SeverityLevel,
} from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const CLASS = getBlockDefaultClassName( metadata.name );
const BODY_BLOCKS = [ 'core/paragraph', 'core/list', 'core/heading' ];
const BODY_TEMPLATE: [ string, Record< string, unknown > ][] = [
	[
		'core/paragraph',
		{ placeholder: __( 'Describe the risk…', 'william-health-blocks' ) },
	],
];

/**
 * Gives the heading an id no other notice in the post uses: the landmark is
 * named by it, and a duplicated block must not share it.
 *
 * @param clientId  This block's client id.
 * @param headingId The saved id.
 */
function useUniqueHeadingId(
	clientId: string,
	headingId: string
): string | null {
	return useSelect(
		( select ) => {
			const editor = select( blockEditorStore );
			const taken = editor
				.getBlocksByName( 'william-health/safety-notice' )
				.filter( ( id ) => id !== clientId )
				.some(
					( id ) =>
						editor.getBlockAttributes( id )?.headingId === headingId
				);
			return ! headingId || taken
				? `safety-notice-${ clientId.slice( 0, 8 ) }`
				: null;
		},
		[ clientId, headingId ]
	);
}

/**
 * Enter in the notice's fields. Heading: the caret goes into the body, to its
 * first paragraph if that is still empty, else to a new one on top; words
 * after the caret go with it, as when core splits a heading. "What to do":
 * on to the crisis line. Crisis line: a new paragraph after the notice.
 * Elsewhere in those two, Enter breaks the line, as in a core caption.
 *
 * @param clientId      The notice.
 * @param setAttributes The notice's setAttributes.
 */
function useNoticeEnter(
	clientId: string,
	setAttributes: ( attributes: Partial< SafetyNoticeAttributes > ) => void
) {
	const registry = useRegistry();
	const caret = useCaret();
	const { updateBlockAttributes } = useDispatch( blockEditorStore );
	const heading: EnterHandler = ( split ) => {
		const [ first ] = registry
			.select( blockEditorStore )
			.getBlocks( clientId );
		registry.batch( () => {
			let moved = true;
			if (
				first?.name === 'core/paragraph' &&
				plainText( first.attributes.content ) === ''
			) {
				if ( split.after ) {
					updateBlockAttributes( first.clientId, {
						content: split.after,
					} );
				}
				caret.moveTo( first.clientId, 'content' );
			} else {
				moved = caret.insertAndEdit(
					createBlock( 'core/paragraph', { content: split.after } ),
					0,
					clientId,
					'content'
				);
			}
			// The heading loses only the words that moved into the body.
			if ( moved && ( ! split.atEnd || split.hadSelection ) ) {
				setAttributes( { heading: split.before } );
			}
		} );
		// Never a line break, even where the body takes no new paragraph.
		return true;
	};
	return useEnter( clientId, {
		heading,
		action: ( { atEnd } ) => {
			if ( atEnd ) {
				caret.moveTo( clientId, 'crisisText' );
			}
			return atEnd;
		},
		crisisText: ( { atEnd } ) => atEnd && caret.continueAfter( clientId ),
	} );
}

export default function Edit( {
	attributes,
	setAttributes,
	clientId,
	isSelected,
}: BlockEditProps< SafetyNoticeAttributes > ) {
	const {
		level,
		label,
		headingId,
		heading,
		headingLevel,
		action,
		crisisText,
		crisisContact,
	} = attributes;
	const replacementId = useUniqueHeadingId( clientId, headingId );
	const markNotPersistent = useMarkNextChangeAsNotPersistent();
	const enterRef = useNoticeEnter( clientId, setAttributes );
	// The crisis line is offered while the author works in the notice, even
	// before it has words or a number; otherwise it shows only when filled.
	const isEditing = useSelect(
		( select ) =>
			isSelected ||
			select( blockEditorStore ).hasSelectedInnerBlock( clientId, true ),
		[ isSelected, clientId ]
	);

	// Fill in what the saved markup may lack (an id, or the label of a
	// notice that came from a transform) without marking the post as edited.
	useEffect( () => {
		const missing: Partial< SafetyNoticeAttributes > = {};
		if ( replacementId ) {
			missing.headingId = replacementId;
		}
		if ( ! label ) {
			missing.label = getLevel( level ).label;
		}
		if ( Object.keys( missing ).length ) {
			markNotPersistent();
			setAttributes( missing );
		}
	}, [ replacementId, label, level, markNotPersistent, setAttributes ] );

	const setLevel = useCallback(
		( value: SeverityLevel ) =>
			setAttributes( { level: value, label: getLevel( value ).label } ),
		[ setAttributes ]
	);

	const current = getLevel( level );
	const HeadingTag = `h${ headingLevel }` as const;
	const contact = crisisContact ? checkContact( crisisContact ) : null;
	const showCrisisLine =
		isEditing || plainText( crisisText ) !== '' || !! crisisContact;
	const blockProps = useBlockProps( {
		className: `is-level-${ level }`,
		'aria-labelledby': headingId || undefined,
		ref: enterRef,
	} );

	return (
		<>
			<BlockControls group="block">
				<ToolbarGroup>
					<ToolbarDropdownMenu
						icon={ current.icon }
						label={ __(
							'Severity level',
							'william-health-blocks'
						) }
						text={ current.label }
						controls={ getLevels().map( ( option ) => ( {
							title: option.label,
							icon: option.icon,
							isActive: option.value === level,
							onClick: () => setLevel( option.value ),
						} ) ) }
					/>
				</ToolbarGroup>
				<HeadingLevelDropdown
					options={ [ 2, 3, 4, 5, 6 ] }
					value={ headingLevel }
					onChange={ ( value ) =>
						setAttributes( {
							headingLevel: ( value || 3 ) as HeadingLevel,
						} )
					}
				/>
			</BlockControls>
			<Inspector
				level={ level }
				crisisText={ crisisText }
				crisisContact={ crisisContact }
				setAttributes={ setAttributes }
				setLevel={ setLevel }
			/>
			<aside { ...blockProps }>
				<p className={ `${ CLASS }__badge` } aria-hidden="true">
					<span className={ `${ CLASS }__label` }>
						{ label || current.label }
					</span>
				</p>
				<HeadingTag
					className={ `${ CLASS }__heading` }
					id={ headingId || undefined }
				>
					<span
						className={ `${ CLASS }__level-prefix screen-reader-text` }
					>
						{ `${ label || current.label }: ` }
					</span>
					<RichText
						tagName="span"
						identifier="heading"
						className={ `${ CLASS }__heading-text` }
						aria-label={ __(
							'Notice heading',
							'william-health-blocks'
						) }
						placeholder={ __(
							'Heading, e.g. Possible side effects',
							'william-health-blocks'
						) }
						value={ richTextHTML( heading ) }
						onChange={ ( value ) =>
							setAttributes( { heading: value } )
						}
						allowedFormats={ [ 'core/bold', 'core/italic' ] }
					/>
				</HeadingTag>
				<div className={ `${ CLASS }__body` }>
					<InnerBlocks
						allowedBlocks={ BODY_BLOCKS }
						template={ BODY_TEMPLATE }
					/>
				</div>
				<RichText
					tagName="p"
					identifier="action"
					className={ `${ CLASS }__action` }
					aria-label={ __(
						'What to do (optional)',
						'william-health-blocks'
					) }
					placeholder={ __(
						'What to do (optional)',
						'william-health-blocks'
					) }
					value={ richTextHTML( action ) }
					onChange={ ( value ) => setAttributes( { action: value } ) }
				/>
				{ showCrisisLine && (
					<p className={ `${ CLASS }__crisis` }>
						<RichText
							tagName="span"
							identifier="crisisText"
							className={ `${ CLASS }__crisis-text` }
							aria-label={ __(
								'Crisis line text',
								'william-health-blocks'
							) }
							placeholder={ __(
								'Crisis line, e.g. In crisis? Call',
								'william-health-blocks'
							) }
							value={ richTextHTML( crisisText ) }
							onChange={ ( value ) =>
								setAttributes( { crisisText: value } )
							}
							allowedFormats={ [] }
						/>{ ' ' }
						<span className={ `${ CLASS }__crisis-contact` }>
							{ crisisContact }
						</span>
					</p>
				) }
				{ contact && ! contact.valid && (
					<FieldMessage>{ contact.message }</FieldMessage>
				) }
			</aside>
		</>
	);
}
