/**
 * Static markup: every word stays on the page if the plugin is switched off.
 */
import { getBlockDefaultClassName } from '@wordpress/blocks';
import { InnerBlocks, RichText, useBlockProps } from '@wordpress/block-editor';

import { checkContact } from '../shared/links';
import type { SafetyNoticeAttributes } from './types';
import metadata from './block.json';
import { richTextHTML } from '../shared/rich-text';

// Every element's class starts with the block's own, derived from its name.
const CLASS = getBlockDefaultClassName( metadata.name );

export default function save( {
	attributes,
}: {
	attributes: SafetyNoticeAttributes;
} ) {
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
	const contact = crisisContact ? checkContact( crisisContact ) : null;
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
				// The heading's hidden prefix already names the level for screen readers.
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
						( contact?.valid ? (
							<a
								className={ `${ CLASS }__crisis-contact` }
								href={ contact.href }
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
