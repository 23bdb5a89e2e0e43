/**
 * Sidebar settings: the severity level, and the crisis line (its words and
 * its number or address) with the site's default, stored once in a site
 * setting and changeable per notice. "Make this the site's crisis line"
 * saves that setting at once (see crisis-line.ts).
 */
import { InspectorControls } from '@wordpress/block-editor';
import {
	Button,
	TextControl,
	// Core blocks build their settings with ToolsPanel; it has no stable export yet.
	// eslint-disable-next-line @wordpress/no-unsafe-wp-apis
	__experimentalToolsPanel as ToolsPanel,
	// eslint-disable-next-line @wordpress/no-unsafe-wp-apis
	__experimentalToolsPanelItem as ToolsPanelItem,
} from '@wordpress/components';
import { memo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { CheckedTextControl } from '../shared/checked-text-control';
import { checkContact } from '../shared/links';
import { plainText, richTextFromPlain } from '../shared/plain-text';
import { useSiteCrisisLine } from './crisis-line';
import { SeverityControl } from './severity-control';
import type { SafetyNoticeAttributes, SeverityLevel } from './types';

type InspectorProps = Pick<
	SafetyNoticeAttributes,
	'level' | 'crisisText' | 'crisisContact'
> & {
	setAttributes: ( attributes: Partial< SafetyNoticeAttributes > ) => void;
	setLevel: ( level: SeverityLevel ) => void;
};

// Memoised on the fields it shows, so typing in the heading or the body
// does not re-render the sidebar on every key.
export default memo( function Inspector( {
	level,
	crisisText,
	crisisContact,
	setAttributes,
	setLevel,
}: InspectorProps ) {
	const site = useSiteCrisisLine();
	const hasCrisisLine = plainText( crisisText ) !== '' || !! crisisContact;
	const siteLine = site.line;
	const siteHasLine = !! siteLine?.text || !! siteLine?.contact;
	// The notice already shows the site's line: nothing to use or make.
	const isSiteLine =
		siteHasLine &&
		String( crisisText ?? '' ) === siteLine?.text &&
		crisisContact === siteLine?.contact;

	return (
		<InspectorControls>
			<ToolsPanel
				label={ __( 'Notice settings', 'william-health-blocks' ) }
				resetAll={ () =>
					setAttributes( { crisisText: '', crisisContact: '' } )
				}
			>
				<ToolsPanelItem
					label={ __( 'Severity', 'william-health-blocks' ) }
					hasValue={ () => level !== 'warning' }
					onDeselect={ () => setLevel( 'warning' ) }
					isShownByDefault
				>
					<SeverityControl value={ level } onChange={ setLevel } />
				</ToolsPanelItem>
				<ToolsPanelItem
					label={ __( 'Crisis line', 'william-health-blocks' ) }
					hasValue={ () => hasCrisisLine }
					onDeselect={ () =>
						setAttributes( { crisisText: '', crisisContact: '' } )
					}
					isShownByDefault
				>
					<div className="william-health-crisis-line-fields">
						<TextControl
							__next40pxDefaultSize
							label={ __(
								'Crisis line text',
								'william-health-blocks'
							) }
							help={ __(
								'Shown before the number, e.g. “In crisis? Call”.',
								'william-health-blocks'
							) }
							value={ plainText( crisisText ) }
							onChange={ ( value ) =>
								setAttributes( {
									crisisText: richTextFromPlain( value ),
								} )
							}
						/>
						<CheckedTextControl
							label={ __(
								'Crisis line phone number or web address',
								'william-health-blocks'
							) }
							value={ crisisContact }
							onChange={ ( value ) =>
								setAttributes( { crisisContact: value } )
							}
							check={ checkContact }
							help={ __(
								'Shown as a link after the crisis line text.',
								'william-health-blocks'
							) }
						/>
						{ siteHasLine && (
							<Button
								variant="secondary"
								disabled={ isSiteLine }
								accessibleWhenDisabled
								onClick={ () =>
									setAttributes( {
										crisisText: siteLine?.text ?? '',
										crisisContact: siteLine?.contact ?? '',
									} )
								}
							>
								{ __(
									'Use the site’s crisis line',
									'william-health-blocks'
								) }
							</Button>
						) }
						{ site.canChange && hasCrisisLine && (
							<Button
								variant="tertiary"
								disabled={ isSiteLine || site.isSaving }
								isBusy={ site.isSaving }
								accessibleWhenDisabled
								onClick={ () =>
									site.save( {
										text: String( crisisText ?? '' ),
										contact: crisisContact,
									} )
								}
							>
								{ __(
									'Make this the site’s crisis line',
									'william-health-blocks'
								) }
							</Button>
						) }
						{ isSiteLine && (
							<p className="william-health-crisis-line-fields__note">
								{ __(
									'This is the site’s crisis line.',
									'william-health-blocks'
								) }
							</p>
						) }
					</div>
				</ToolsPanelItem>
			</ToolsPanel>
		</InspectorControls>
	);
} );
