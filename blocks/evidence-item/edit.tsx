/**
 * An evidence item in the editor: finding and condition typed in place,
 * the study and its source in the sidebar, the source being an entry of
 * the post's References list (its number shown as readers see it, its
 * name under the item for the author). Enter in the finding starts the next item, as in
 * a core list: at the end with an empty finding, splitting in the middle,
 * and in an empty last item it leaves the list. Backspace in an empty item
 * removes it, the caret going back to the end of the item before.
 */
import {
	BlockControls,
	RichText,
	useBlockProps,
	store as blockEditorStore,
} from '@wordpress/block-editor';
import {
	getBlockDefaultClassName,
	createBlock,
	type BlockEditProps,
} from '@wordpress/blocks';
import { ToolbarButton, ToolbarGroup } from '@wordpress/components';
import { useDispatch, useRegistry, useSelect } from '@wordpress/data';
import { memo, useCallback, useEffect } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { plus } from '@wordpress/icons';

import { useCaret } from '../shared/caret';
import { useMarkNextChangeAsNotPersistent } from '../shared/editor-store';
import { useEnter, type EnterHandler } from '../shared/enter';
import { CITATION_CLASS } from '../shared/citation/markers';
import { usePostReferences } from '../shared/citation/post-references';
import { referenceSummary } from '../shared/citation/references';
import { plainText } from '../shared/plain-text';
import { useRemoveWhenEmpty, type CaretPlace } from '../shared/remove-empty';
import Inspector from './inspector';
import { LegacyReference, hasLegacySource } from './legacy-reference';
import { describeStudy } from './study';
import type { SavedReference } from '../references/types';
import type { EvidenceItemAttributes } from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const C = getBlockDefaultClassName( metadata.name );

// The condition's field, rendered again only when its own props change, not
// for every character typed in the finding (as a core paragraph renders
// one field per character).
const ConditionText = memo( RichText );
const CONDITION_FORMATS = [ 'core/italic' ];

/**
 * Whether an item holds nothing at all, so Enter in it may leave the list
 * and Backspace may remove it.
 *
 * @param attributes The item's attributes.
 */
function isEmptyItem( attributes: EvidenceItemAttributes ): boolean {
	return (
		plainText( attributes.finding ) === '' &&
		plainText( attributes.condition ) === '' &&
		! attributes.design &&
		! attributes.participants &&
		! attributes.certainty &&
		! attributes.refId &&
		! hasLegacySource( attributes.legacySource ?? {} )
	);
}

/**
 * The end of an item's last typed field: its condition, or its finding.
 *
 * @param attributes The item's attributes.
 */
function endOfItem( attributes: EvidenceItemAttributes ): CaretPlace {
	const condition = plainText( attributes.condition );
	return condition
		? { attributeKey: 'condition', offset: condition.length }
		: {
				attributeKey: 'finding',
				offset: plainText( attributes.finding ).length,
			};
}

/**
 * What the editor says under an item about its source: which entry of the
 * References list it cites, or what is missing.
 *
 * @param refId The cited entry's id.
 * @param cited The entry, if the list has it.
 */
function sourceNote(
	refId: string,
	cited: SavedReference | undefined
): string {
	if ( ! refId ) {
		return __(
			'Choose the study’s design and its source in the block settings.',
			'william-health-blocks'
		);
	}
	if ( ! cited ) {
		return __(
			'This item’s source is not in the References list: readers see “?”. Choose its source again in the block settings.',
			'william-health-blocks'
		);
	}
	return sprintf(
		/* translators: %s: the cited source's first author, year and title. */
		__( 'Source: %s', 'william-health-blocks' ),
		referenceSummary( cited )
	);
}

const REMOVE_WHEN_EMPTY = {
	isEmpty: isEmptyItem,
	endOf: endOfItem,
	firstField: 'finding',
};

export default function Edit( {
	attributes,
	setAttributes,
	clientId,
}: BlockEditProps< EvidenceItemAttributes > ) {
	const {
		finding,
		condition,
		design,
		participants,
		certainty,
		summary,
		refId,
		citeNumber,
		legacySource,
	} = attributes;
	const { entries } = usePostReferences();
	const cited = refId
		? entries.find( ( entry ) => entry.id === refId )
		: undefined;
	const markNotPersistent = useMarkNextChangeAsNotPersistent();
	const registry = useRegistry();
	const caret = useCaret();
	const { removeBlock } = useDispatch( blockEditorStore );
	const { rootClientId, index } = useSelect(
		( select ) => {
			const editor = select( blockEditorStore );
			const root = editor.getBlockRootClientId( clientId ) ?? undefined;
			return {
				rootClientId: root,
				index: editor.getBlockIndex( clientId ),
			};
		},
		[ clientId ]
	);

	// The saved words follow the study fields; fill them in for items that
	// came without (transforms, hand-written markup) without marking an edit.
	useEffect( () => {
		const words = describeStudy( { design, participants, certainty } );
		if ( ! summary && words ) {
			markNotPersistent();
			setAttributes( { summary: words } );
		}
	}, [
		summary,
		design,
		participants,
		certainty,
		markNotPersistent,
		setAttributes,
	] );

	// The same handler until the study changes: the sidebar, which takes
	// it, is then not rendered again for every character of the finding.
	const changeCondition = useCallback(
		( value: string ) => setAttributes( { condition: value } ),
		[ setAttributes ]
	);

	const setStudy = useCallback(
		(
			study: Partial<
				Pick<
					EvidenceItemAttributes,
					'design' | 'participants' | 'certainty'
				>
			>
		) => {
			const next = { design, participants, certainty, ...study };
			setAttributes( { ...study, summary: describeStudy( next ) } );
		},
		[ design, participants, certainty, setAttributes ]
	);

	const addItem = ( nextFinding = '' ) =>
		caret.insertAndEdit(
			createBlock( metadata.name, { finding: nextFinding } ),
			index + 1,
			rootClientId,
			'finding'
		);

	const onEnterInFinding: EnterHandler = ( split ) => {
		const siblings = registry
			.select( blockEditorStore )
			.getBlockOrder( rootClientId );
		// Enter in an empty last item leaves the list, as in a core list.
		if (
			rootClientId &&
			isEmptyItem( attributes ) &&
			siblings.length > 1 &&
			siblings[ siblings.length - 1 ] === clientId &&
			caret.continueAfter( rootClientId )
		) {
			removeBlock( clientId, false );
			return true;
		}
		// Where no item can be added (a locked pattern), Enter does nothing:
		// a finding is one paragraph.
		registry.batch( () => {
			if (
				addItem( split.after ) &&
				( ! split.atEnd || split.hadSelection )
			) {
				setAttributes( { finding: split.before } );
			}
		} );
		return true;
	};
	// Backspace at the start of an empty finding removes the empty item.
	const onMergeFinding = useRemoveWhenEmpty( clientId, REMOVE_WHEN_EMPTY );
	const enterRef = useEnter( clientId, {
		finding: onEnterInFinding,
		condition: ( { atEnd } ) => {
			if ( atEnd ) {
				addItem();
			}
			return atEnd;
		},
	} );

	return (
		<>
			<BlockControls group="block">
				<ToolbarGroup>
					<ToolbarButton
						icon={ plus }
						label={ __(
							'Add evidence item',
							'william-health-blocks'
						) }
						onClick={ () => addItem() }
					/>
				</ToolbarGroup>
			</BlockControls>
			<Inspector
				attributes={ attributes }
				setAttributes={ setAttributes }
				setStudy={ setStudy }
			/>
			<li { ...useBlockProps( { ref: enterRef } ) }>
				<RichText
					tagName="p"
					identifier="finding"
					className={ `${ C }__finding` }
					aria-label={ __( 'Finding', 'william-health-blocks' ) }
					placeholder={ __(
						'What the study found…',
						'william-health-blocks'
					) }
					value={ richTextHTML( finding ) }
					onChange={ ( value ) =>
						setAttributes( { finding: value } )
					}
					onMerge={ onMergeFinding }
				/>
				<p className={ `${ C }__context` }>
					<ConditionText
						tagName="span"
						identifier="condition"
						className={ `${ C }__condition` }
						aria-label={ __(
							'Condition',
							'william-health-blocks'
						) }
						placeholder={ __(
							'Condition or group studied',
							'william-health-blocks'
						) }
						value={ richTextHTML( condition ) }
						onChange={ changeCondition }
						allowedFormats={ CONDITION_FORMATS }
					/>
					{ summary && ' · ' }
					{ summary && (
						<span className={ `${ C }__summary` }>{ summary }</span>
					) }
					{ refId && (
						<sup className={ `${ CITATION_CLASS } ${ C }__cite` }>
							{ /* Not a link in the editor: a click edits. */ }
							<span>{ citeNumber || '?' }</span>
						</sup>
					) }
				</p>
				{ legacySource && hasLegacySource( legacySource ) && (
					<p className={ `${ C }__reference` }>
						<LegacyReference source={ legacySource } />
					</p>
				) }
				<p className={ `${ C }__reference is-source-note` }>
					{ sourceNote( refId, cited ) }
				</p>
			</li>
		</>
	);
}
