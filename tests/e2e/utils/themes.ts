/**
 * Runs a step with another block theme active, and puts William Inc. back
 * afterwards, pass or fail: what our blocks give in any block theme.
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Runs `step` with Twenty Twenty-Five, the default block theme, active.
 *
 * @param requestUtils REST helpers of the test.
 * @param step         What to do meanwhile.
 */
export async function inTwentyTwentyFive(
	requestUtils: RequestUtils,
	step: () => Promise< void >
): Promise< void > {
	await requestUtils.activateTheme( 'twentytwentyfive' );
	try {
		await step();
	} finally {
		await requestUtils.activateTheme( 'william-inc' );
	}
}
