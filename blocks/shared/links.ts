/**
 * Checks on author-typed links. A value that fails is kept as typed and shown
 * as text on the page; the editor says why next to the field.
 */
import { __ } from '@wordpress/i18n';

export type LinkCheck =
	{ valid: true; href: string } | { valid: false; message: string };

const SAFE_PROTOCOLS = [ 'http:', 'https:' ];

/**
 * An http(s) URL, or a message saying why the value is not one.
 *
 * @param value What the author typed.
 */
export function checkWebAddress( value: string ): LinkCheck {
	const trimmed = value.trim();
	let url: URL;
	try {
		url = new URL( trimmed );
	} catch {
		return {
			valid: false,
			message: __(
				'This is not a full web address. Start it with https://',
				'william-health-blocks'
			),
		};
	}
	if ( ! SAFE_PROTOCOLS.includes( url.protocol ) ) {
		return {
			valid: false,
			message: __(
				'Only http:// and https:// addresses can be linked. The text is kept but not linked.',
				'william-health-blocks'
			),
		};
	}
	return { valid: true, href: url.href };
}

/**
 * A phone number as a `tel:` link: digits with optional +, spaces, dots,
 * dashes and brackets, as people write them. In international numbers the
 * bracketed trunk prefix ("+44 (0)20 …") is dialled only from inside the
 * country, so it is left out of the link.
 *
 * @param value What the author typed.
 */
export function checkPhoneNumber( value: string ): LinkCheck {
	const trimmed = value.trim();
	if (
		! /^\+?[\d\s().-]{2,}$/.test( trimmed ) ||
		! /\d{2,}/.test( trimmed.replace( /\D/g, '' ) )
	) {
		return {
			valid: false,
			message: __(
				'A phone number may hold only digits, spaces, dashes, dots, brackets and a leading +.',
				'william-health-blocks'
			),
		};
	}
	const dialled = trimmed.startsWith( '+' )
		? trimmed.replace( /\(\s*0\s*\)/, '' )
		: trimmed;
	const digits = dialled.replace( /[^\d+]/g, '' );
	return { valid: true, href: `tel:${ digits }` };
}

/**
 * A contact that is either a phone number or a web address.
 *
 * @param value What the author typed.
 */
export function checkContact( value: string ): LinkCheck {
	const trimmed = value.trim();
	if ( /^[+\d(]/.test( trimmed ) ) {
		return checkPhoneNumber( trimmed );
	}
	if ( /^[a-z][a-z\d+.-]*:/i.test( trimmed ) ) {
		return checkWebAddress( trimmed );
	}
	return {
		valid: false,
		message: __(
			'Enter a phone number or a web address starting with https://',
			'william-health-blocks'
		),
	};
}
