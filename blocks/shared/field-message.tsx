/**
 * An inline message next to a field whose value cannot be used as typed.
 * Editor only: the value is kept, and the page shows it as plain text.
 */
import type { ReactNode } from 'react';

export function FieldMessage( {
	children,
	id,
}: {
	children: ReactNode;
	id?: string;
} ) {
	return (
		<span className="william-health-field-message" role="status" id={ id }>
			{ children }
		</span>
	);
}
