/**
 * Earlier saved markups of the safety notice, newest first. Each entry is a
 * frozen copy of its attributes and save, never today's, and has fixtures
 * under test/fixtures/ that must keep parsing.
 */
import { InnerBlocks, RichText, useBlockProps } from '@wordpress/block-editor';
import type { BlockDeprecation } from '@wordpress/blocks';

import { deprecation } from '../shared/deprecation';
import type { SafetyNoticeAttributes } from './types';
import { richTextHTML } from '../shared/rich-text';

const CLASS = 'wp-block-william-health-safety-notice';

/**
 * Version 1's link for a crisis contact: a phone number (every digit, the
 * trunk 0 included) or an http(s) address; anything else is not linked.
 *
 * @param contact The saved contact.
 */
function v1ContactHref( contact: string ): string | null {
	const trimmed = contact.trim();
	if ( /^[+\d(]/.test( trimmed ) ) {
		const isPhone =
			/^\+?[\d\s().-]{2,}$/.test( trimmed ) &&
			/\d{2,}/.test( trimmed.replace( /\D/g, '' ) );
		return isPhone ? `tel:${ trimmed.replace( /[^\d+]/g, '' ) }` : null;
	}
	try {
		const url = new URL( trimmed );
		return [ 'http:', 'https:' ].includes( url.protocol ) ? url.href : null;
	} catch {
		return null;
	}
}

function saveV1( { attributes }: { attributes: SafetyNoticeAttributes } ) {
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
	const HeadingTag = `h${ headingLevel }` as const;
	const href = crisisContact ? v1ContactHref( crisisContact ) : null;
	const hasCrisisLine =
		! RichText.isEmpty( richTextHTML( crisisText ) ) || !! crisisContact;
	return (
		<aside
			{ ...useBlockProps.save( {
				className: `is-level-${ level }`,
				'aria-labelledby': headingId || undefined,
			} ) }
		>
			{ label && (
				<p className={ `${ CLASS }__badge` } aria-hidden="true">
					<span className={ `${ CLASS }__label` }>{ label }</span>
				</p>
			) }
			<HeadingTag
				className={ `${ CLASS }__heading` }
				id={ headingId || undefined }
			>
				{ label && (
					<span
						className={ `${ CLASS }__level-prefix screen-reader-text` }
					>{ `${ label }: ` }</span>
				) }
				<RichText.Content
					tagName="span"
					className={ `${ CLASS }__heading-text` }
					value={ richTextHTML( heading ) }
				/>
			</HeadingTag>
			<div className={ `${ CLASS }__body` }>
				<InnerBlocks.Content />
			</div>
			{ ! RichText.isEmpty( richTextHTML( action ) ) && (
				<RichText.Content
					tagName="p"
					className={ `${ CLASS }__action` }
					value={ richTextHTML( action ) }
				/>
			) }
			{ hasCrisisLine && (
				<p className={ `${ CLASS }__crisis` }>
					<RichText.Content
						tagName="span"
						className={ `${ CLASS }__crisis-text` }
						value={ richTextHTML( crisisText ) }
					/>
					{ crisisContact && ' ' }
					{ crisisContact &&
						( href ? (
							<a
								className={ `${ CLASS }__crisis-contact` }
								href={ href }
							>
								{ crisisContact }
							</a>
						) : (
							<span className={ `${ CLASS }__crisis-contact` }>
								{ crisisContact }
							</span>
						) ) }
				</p>
			) }
		</aside>
	);
}

/**
 * Version 1 linked "+44 (0)20 …" as tel:+440…, keeping the trunk 0 that
 * callers from abroad must not dial. Only notices with such a number differ.
 */
const v1 = deprecation< SafetyNoticeAttributes, SafetyNoticeAttributes >( {
	attributes: {
		level: {
			type: 'string',
			enum: [ 'information', 'warning', 'urgent', 'emergency' ],
			default: 'warning',
		},
		label: {
			type: 'string',
			source: 'text',
			selector: '.wp-block-william-health-safety-notice__label',
			default: '',
		},
		headingId: {
			type: 'string',
			source: 'attribute',
			selector: '.wp-block-william-health-safety-notice__heading',
			attribute: 'id',
			default: '',
		},
		heading: {
			type: 'rich-text',
			source: 'rich-text',
			selector: '.wp-block-william-health-safety-notice__heading-text',
			role: 'content',
		},
		headingLevel: {
			type: 'number',
			enum: [ 2, 3, 4, 5, 6 ],
			default: 3,
		},
		action: {
			type: 'rich-text',
			source: 'rich-text',
			selector: '.wp-block-william-health-safety-notice__action',
			role: 'content',
		},
		crisisText: {
			type: 'rich-text',
			source: 'rich-text',
			selector: '.wp-block-william-health-safety-notice__crisis-text',
			role: 'content',
		},
		crisisContact: {
			type: 'string',
			source: 'text',
			selector: '.wp-block-william-health-safety-notice__crisis-contact',
			default: '',
		},
	},
	supports: {
		anchor: true,
		html: false,
		align: [ 'wide' ],
		spacing: { margin: true, padding: true },
		typography: { fontSize: true, lineHeight: true },
	},
	save: saveV1,
} );

const deprecated: BlockDeprecation< SafetyNoticeAttributes >[] = [ v1 ];

export default deprecated;
