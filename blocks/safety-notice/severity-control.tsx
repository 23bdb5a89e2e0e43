/**
 * The severity levels as radio buttons in the sidebar, each with its label,
 * its description and the same icon as the toolbar menu and the page.
 * Core's RadioControl takes only text for an option, hence this fieldset of
 * native radios (keyboard and screen-reader behaviour come with them).
 */
import { useInstanceId } from '@wordpress/compose';
import { __ } from '@wordpress/i18n';
import { Icon } from '@wordpress/icons';

import { getLevels } from './levels';
import type { SeverityLevel } from './types';

const C = 'william-health-severity-control';

export function SeverityControl( {
	value,
	onChange,
}: {
	value: SeverityLevel;
	onChange: ( level: SeverityLevel ) => void;
} ) {
	const id = useInstanceId( SeverityControl, C );
	return (
		<fieldset className={ C } aria-describedby={ `${ id }__help` }>
			<legend className={ `${ C }__legend` }>
				{ __( 'Severity', 'william-health-blocks' ) }
			</legend>
			{ getLevels().map( ( level ) => (
				<label
					key={ level.value }
					className={ `${ C }__option is-level-${ level.value }` }
					htmlFor={ `${ id }-${ level.value }` }
				>
					<input
						id={ `${ id }-${ level.value }` }
						type="radio"
						name={ String( id ) }
						value={ level.value }
						checked={ level.value === value }
						onChange={ () => onChange( level.value ) }
						aria-describedby={ `${ id }__${ level.value }` }
					/>
					<Icon icon={ level.icon } size={ 24 } />
					<span className={ `${ C }__text` }>
						<span className={ `${ C }__label` }>
							{ level.label }
						</span>
						<span
							className={ `${ C }__description` }
							id={ `${ id }__${ level.value }` }
						>
							{ level.description }
						</span>
					</span>
				</label>
			) ) }
			<p className={ `${ C }__help` } id={ `${ id }__help` }>
				{ __(
					'Readers see the level as a label and an icon; screen readers hear it before the heading.',
					'william-health-blocks'
				) }
			</p>
		</fieldset>
	);
}
