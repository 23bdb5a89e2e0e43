/**
 * The "Health content checks" panel of the pre-publish sidebar: every
 * problem the checks find, each a button that selects the block holding it
 * and shows that block's settings, where the field at fault is marked.
 * Publishing stays allowed: the values are kept as typed.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { Button } from '@wordpress/components';
import { useRegistry, useSelect } from '@wordpress/data';
import { PluginPrePublishPanel } from '@wordpress/editor';
import { useMemo } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { runChecks } from './checks';
import { showBlockSettings } from './editor-ui';

export function PrePublishChecks() {
	const registry = useRegistry();
	const blocks = useSelect(
		( select ) => select( blockEditorStore ).getBlocks(),
		[]
	);
	const problems = useMemo( () => runChecks( blocks ), [ blocks ] );

	return (
		<PluginPrePublishPanel
			className="william-health-checks"
			title={ __( 'Health content checks', 'william-health-blocks' ) }
			initialOpen={ problems.length > 0 }
		>
			{ problems.length === 0 ? (
				<p>
					{ __(
						'Every DOI, PMID, web address and crisis line can be linked.',
						'william-health-blocks'
					) }
				</p>
			) : (
				<>
					<p>
						{ sprintf(
							/* translators: %d: number of problems found. */
							_n(
								'%d value is kept as typed but will not be linked. You can still publish; select it to fix it first.',
								'%d values are kept as typed but will not be linked. You can still publish; select one to fix it first.',
								problems.length,
								'william-health-blocks'
							),
							problems.length
						) }
					</p>
					<ul className="william-health-checks__list">
						{ problems.map( ( problem, index ) => (
							<li key={ `${ problem.check }-${ index }` }>
								<Button
									variant="link"
									onClick={ () =>
										showBlockSettings(
											registry,
											problem.clientId
										)
									}
								>
									{ problem.message }
								</Button>
							</li>
						) ) }
					</ul>
				</>
			) }
		</PluginPrePublishPanel>
	);
}
