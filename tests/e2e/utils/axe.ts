/**
 * axe-core as every accessibility check here runs it: the WCAG 2.2 A and AA
 * rules, on a whole page or within some of its elements.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_22_AA = [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa' ];

/**
 * The violations, each as its rule id and the selectors of the failing
 * nodes: short enough to read in a failed assertion.
 *
 * @param page   A page of the site.
 * @param within Selectors to limit the check to; the whole page when empty.
 */
export async function wcagViolations(
	page: Page,
	within: string[] = []
): Promise< Array< { id: string; nodes: string[] } > > {
	const builder = within.reduce(
		( axe, selector ) => axe.include( selector ),
		new AxeBuilder( { page } ).withTags( WCAG_22_AA )
	);
	const { violations } = await builder.analyze();
	return violations.map( ( { id, nodes } ) => ( {
		id,
		nodes: nodes.map( ( node ) => node.target.join( ' ' ) ),
	} ) );
}
