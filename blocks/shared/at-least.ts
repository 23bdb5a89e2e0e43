/**
 * A list checked to hold at least `count` items, typed so the first `count`
 * are known to be there (with `noUncheckedIndexedAccess`, `list[0]` may be
 * undefined). Throws, with what was expected, when the list is shorter.
 */
type Tuple<
	T,
	N extends number,
	Built extends T[] = [],
> = Built[ 'length' ] extends N ? Built : Tuple< T, N, [ ...Built, T ] >;

export function atLeast< T, N extends number >(
	items: readonly T[],
	count: N
): [ ...Tuple< T, N >, ...T[] ] {
	if ( items.length < count ) {
		throw new Error(
			`Expected at least ${ count } items, found ${ items.length }.`
		);
	}
	return items as unknown as [ ...Tuple< T, N >, ...T[] ];
}
