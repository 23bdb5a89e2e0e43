/**
 * Reader sorting for route tables that have it switched on. Loaded only on
 * pages with such a table; without it the table is complete. Each column
 * heading becomes a button; the sorted column says so with aria-sort.
 */
// Written out, not derived from block.json: importing it would put the
// whole file into this reader script.
const C = 'wp-block-william-health-administration-routes';
const TABLES = `.${ C }.is-sortable table`;

type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator(
	document.documentElement.lang || undefined,
	{
		numeric: true,
		sensitivity: 'base',
	}
);

function sortTable(
	table: HTMLTableElement,
	column: number,
	direction: Direction
) {
	const body = table.tBodies[ 0 ];
	if ( ! body ) {
		return;
	}
	const rows = Array.from( body.rows );
	const key = ( row: HTMLTableRowElement ) =>
		row.cells[ column ]?.textContent?.trim() ?? '';
	rows.sort(
		( a, b ) =>
			collator.compare( key( a ), key( b ) ) *
			( direction === 'ascending' ? 1 : -1 )
	);
	body.append( ...rows );
}

function enhance( table: HTMLTableElement ) {
	const headings = Array.from( table.tHead?.rows[ 0 ]?.cells ?? [] );
	headings.forEach( ( heading, column ) => {
		const button = document.createElement( 'button' );
		button.type = 'button';
		button.className = `${ C }__sort`;
		button.append( ...Array.from( heading.childNodes ) );
		heading.append( button );
		button.addEventListener( 'click', () => {
			const direction: Direction =
				heading.getAttribute( 'aria-sort' ) === 'ascending'
					? 'descending'
					: 'ascending';
			headings.forEach( ( other ) =>
				other.removeAttribute( 'aria-sort' )
			);
			heading.setAttribute( 'aria-sort', direction );
			sortTable( table, column, direction );
		} );
	} );
}

document.querySelectorAll< HTMLTableElement >( TABLES ).forEach( enhance );
