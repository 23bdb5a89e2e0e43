/**
 * The block's icon: three routes, each a start point and an arrow, unlike
 * core Table's grid, so the two are told apart in the inserter.
 */
export default (
	<svg
		xmlns="http://www.w3.org/2000/svg"
		viewBox="0 0 24 24"
		aria-hidden="true"
		focusable="false"
	>
		<path d="M5 3.75a2.25 2.25 0 1 0 0 4.5 2.25 2.25 0 0 0 0-4.5Zm0 6a2.25 2.25 0 1 0 0 4.5 2.25 2.25 0 0 0 0-4.5Zm0 6a2.25 2.25 0 1 0 0 4.5 2.25 2.25 0 0 0 0-4.5ZM9 5.25h8v1.5H9Zm7.5-2.25L21 6l-4.5 3ZM9 11.25h8v1.5H9Zm7.5-2.25L21 12l-4.5 3ZM9 17.25h8v1.5H9Zm7.5-2.25L21 18l-4.5 3Z" />
	</svg>
);
