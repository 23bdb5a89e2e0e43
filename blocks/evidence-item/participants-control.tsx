/**
 * The participants field: the attribute stays a number, but the author may
 * type "378 adults" or "1,200". What was typed stays in the field while the
 * block is selected, and the help under it (tied to the input by core's
 * TextControl) says which number is kept and what readers will see.
 */
import { TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { describeParticipants, parseCount } from './count';

type Props = {
	value?: number;
	onChange: ( value: number | undefined ) => void;
};

/**
 * The help under the field for what is in it.
 *
 * @param text  What the field shows.
 * @param count The number kept.
 */
export function participantsHelp( text: string, count?: number ): string {
	if ( ! text.trim() ) {
		return sprintf(
			/* translators: %s: an example, such as "378 participants". */
			__(
				'The number of people in the study, in digits. Readers see, for example, “%s”.',
				'william-health-blocks'
			),
			describeParticipants( 378 )
		);
	}
	if ( ! count ) {
		return __(
			'There is no number here, so none is kept. Type the number of people in digits, such as 378.',
			'william-health-blocks'
		);
	}
	if ( parseCount( text ).exact ) {
		return sprintf(
			/* translators: %s: what readers see, such as "378 participants". */
			__( 'Readers see “%s”.', 'william-health-blocks' ),
			describeParticipants( count )
		);
	}
	return sprintf(
		/* translators: %s: what readers see, such as "378 participants". */
		__(
			'Only the number is kept: readers see “%s”. Say who took part in the condition under the finding.',
			'william-health-blocks'
		),
		describeParticipants( count )
	);
}

export function ParticipantsControl( { value, onChange }: Props ) {
	// What the author typed, shown while it still means the saved number
	// (an undo elsewhere brings the saved number back).
	const [ draft, setDraft ] = useState< string | null >( null );
	const shown =
		draft !== null && parseCount( draft ).count === value
			? draft
			: String( value ?? '' );
	const { count } = parseCount( shown );
	const invalid = shown.trim() !== '' && ! count;
	return (
		<TextControl
			__next40pxDefaultSize
			inputMode="numeric"
			className={
				invalid
					? 'william-health-checked-field is-invalid'
					: 'william-health-checked-field'
			}
			label={ __( 'Participants', 'william-health-blocks' ) }
			value={ shown }
			aria-invalid={ invalid ? true : undefined }
			help={ participantsHelp( shown, count ) }
			onChange={ ( text ) => {
				setDraft( text );
				onChange( parseCount( text ).count );
			} }
		/>
	);
}
