/**
 * A sidebar text field whose value is checked as typed (a DOI, a PMID, an
 * address). A value that fails keeps the author's text; the field is marked
 * invalid and the reason replaces its help, which core's TextControl already
 * ties to the input with aria-describedby.
 */
import { TextControl } from '@wordpress/components';
import { Icon, error as errorIcon } from '@wordpress/icons';

import type { LinkCheck } from './links';

type Props = {
	label: string;
	value: string;
	onChange: ( value: string ) => void;
	/** The check; an empty value is never checked. */
	check: ( value: string ) => LinkCheck;
	/** Help shown while the value is empty or valid. */
	help?: string;
};

export function CheckedTextControl( {
	label,
	value,
	onChange,
	check,
	help,
}: Props ) {
	const result = value.trim() ? check( value ) : null;
	const message = result && ! result.valid ? result.message : null;
	return (
		<TextControl
			__next40pxDefaultSize
			className={
				message
					? 'william-health-checked-field is-invalid'
					: 'william-health-checked-field'
			}
			label={ label }
			value={ value }
			onChange={ onChange }
			aria-invalid={ message ? true : undefined }
			help={
				message ? (
					<span className="william-health-checked-field__error">
						<Icon icon={ errorIcon } size={ 20 } />
						<span>{ message }</span>
					</span>
				) : (
					help
				)
			}
		/>
	);
}
