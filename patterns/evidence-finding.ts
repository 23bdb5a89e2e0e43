/**
 * What the evidence patterns share: a finding in the house format, the claim
 * in bold and then what the study found.
 */
import { t } from './marks';

/**
 * `<strong>Claim:</strong> what was found.`, each part translated on its own.
 *
 * @param claim The claim in a few words, with its colon.
 * @param found What the study found.
 */
export const finding = ( claim: string, found: string ): string =>
	`<strong>${ t( claim ) }</strong> ${ t( found ) }`;
