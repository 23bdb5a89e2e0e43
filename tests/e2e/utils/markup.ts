/**
 * Hostile block markup for posts that tests create over REST: every value
 * inserted as given, so tests can try to break out of each attribute and
 * element. Valid markup comes from the fixtures that save() wrote
 * (utils/saved-blocks.ts); nothing here is for a post that should simply
 * be valid.
 */
export type NoticeMarkup = {
	level: 'information' | 'warning' | 'urgent' | 'emergency';
	label: string;
	heading: string;
	body?: string;
	action?: string;
	crisisText?: string;
	crisisContact?: string;
	/** Raw id attribute value, so tests can try to break out of it. */
	headingId?: string;
};

const C = 'wp-block-william-health-safety-notice';

/**
 * One safety notice as saved post content. Values are inserted as given:
 * callers pass HTML on purpose (including hostile HTML).
 *
 * @param notice The notice's fields.
 */
export function safetyNotice( notice: NoticeMarkup ): string {
	const id = notice.headingId ?? `notice-${ notice.level }`;
	const action = notice.action
		? `<p class="${ C }__action">${ notice.action }</p>`
		: '';
	const crisis =
		notice.crisisText || notice.crisisContact
			? `<p class="${ C }__crisis"><span class="${ C }__crisis-text">${
					notice.crisisText ?? ''
				}</span> <a class="${ C }__crisis-contact" href="${ notice.crisisContact ?? '' }">${
					notice.crisisContact ?? ''
				}</a></p>`
			: '';
	return [
		`<!-- wp:william-health/safety-notice {"level":"${ notice.level }"} -->`,
		`<aside class="wp-block-william-health-safety-notice is-level-${ notice.level }" aria-labelledby="${ id }">`,
		`<p class="${ C }__badge" aria-hidden="true"><span class="${ C }__label">${ notice.label }</span></p>`,
		`<h3 class="${ C }__heading" id="${ id }"><span class="${ C }__level-prefix screen-reader-text">${ notice.label }: </span>`,
		`<span class="${ C }__heading-text">${ notice.heading }</span></h3>`,
		`<div class="${ C }__body"><!-- wp:paragraph -->\n<p>${
			notice.body ?? 'Dissociation and nausea are common.'
		}</p>\n<!-- /wp:paragraph --></div>`,
		action,
		crisis,
		'</aside>',
		'<!-- /wp:william-health/safety-notice -->',
	].join( '' );
}

export type EvidenceMarkup = {
	finding: string;
	condition?: string;
	summary?: string;
	source?: Partial<
		Record<
			'authors' | 'title' | 'journal' | 'year' | 'doi' | 'pmid' | 'url',
			string
		>
	>;
};

const E = 'wp-block-william-health-evidence-item';

/**
 * An evidence list as saved post content. The source goes into the block
 * comment and, as given (hostile or not), into the reference line.
 *
 * @param items The list's items.
 */
export function evidenceList( items: EvidenceMarkup[] ): string {
	const inner = items.map( ( item ) => {
		const source = item.source ?? {};
		const reference = Object.entries( source )
			.map( ( [ key, value ] ) =>
				key === 'doi' || key === 'url' || key === 'pmid'
					? `<span class="${ E }__${ key }"><a href="${ value }"><span class="${ E }__${ key }-value">${ value }</span></a></span>`
					: `<span class="${ E }__${ key }">${ value }</span>`
			)
			.join( ' ' );
		return [
			`<!-- wp:william-health/evidence-item ${ JSON.stringify( source ) } -->`,
			`<li class="${ E }"><p class="${ E }__finding">${ item.finding }</p>`,
			`<p class="${ E }__context"><span class="${ E }__condition">${ item.condition ?? '' }</span> · <span class="${ E }__summary">${ item.summary ?? '' }</span></p>`,
			`<p class="${ E }__reference">${ reference }</p></li>`,
			'<!-- /wp:william-health/evidence-item -->',
		].join( '' );
	} );
	return [
		'<!-- wp:william-health/evidence-list -->',
		'<div class="wp-block-william-health-evidence-list"><ol class="wp-block-william-health-evidence-list__items">',
		...inner,
		'</ol></div>',
		'<!-- /wp:william-health/evidence-list -->',
	].join( '\n' );
}

export type StepMarkup = {
	label: string;
	kind?: string;
	kindLabel?: string;
	relationText?: string;
	description?: string;
};

const M = 'wp-block-william-health-mechanism-step';

/**
 * A mechanism diagram as saved post content, values inserted as given.
 *
 * @param steps   The chain.
 * @param caption The figure caption.
 */
export function mechanismDiagram(
	steps: StepMarkup[],
	caption: string
): string {
	const items = steps.map( ( step ) =>
		[
			`<!-- wp:william-health/mechanism-step {"kind":"${ step.kind ?? 'process' }"} -->`,
			`<li class="${ M } is-kind-${ step.kind ?? 'process' }">`,
			step.relationText
				? `<span class="${ M }__relation"><span class="${ M }__relation-text">${ step.relationText }</span></span> `
				: '',
			`<span class="${ M }__box"><strong class="${ M }__label">${ step.label }</strong> `,
			`<span class="${ M }__kind">${ step.kindLabel ?? 'Process' }</span>`,
			step.description
				? ` <span class="${ M }__description">${ step.description }</span>`
				: '',
			'</span></li>',
			'<!-- /wp:william-health/mechanism-step -->',
		].join( '' )
	);
	return [
		'<!-- wp:william-health/mechanism-diagram -->',
		'<figure class="wp-block-william-health-mechanism-diagram alignwide"><ol class="wp-block-william-health-mechanism-diagram__steps">',
		...items,
		`</ol><figcaption class="wp-block-william-health-mechanism-diagram__caption">${ caption }</figcaption></figure>`,
		'<!-- /wp:william-health/mechanism-diagram -->',
	].join( '\n' );
}

const R = 'wp-block-william-health-administration-routes';

/**
 * A route table as saved post content, in the shape save() writes (the
 * table is the block's only copy: no rows in the block comment), with every
 * value inserted as given: headings, cells, the caption and the first row's
 * route code, so tests can try to break out of each.
 *
 * @param headings Column headings, route first (at most eight, typed columns in order).
 * @param rows     Cell values per row, in heading order.
 * @param caption  The caption.
 */
export function routeTable(
	headings: string[],
	rows: string[][],
	caption: string
): string {
	const keys = [
		'route',
		'product',
		'setting',
		'onset',
		'bioavailability',
		'status',
		'benefits',
		'challenges',
	];
	const head = headings
		.map(
			( heading, index ) =>
				`<th scope="col" class="${ R }__col-${ keys[ index ] }" data-column="${ keys[ index ] }">${ heading }</th>`
		)
		.join( '' );
	const body = rows
		.map(
			( row, rowIndex ) =>
				`<tr${
					rowIndex === 0 ? ` data-route="${ row[ 0 ] ?? '' }"` : ''
				}>${ row
					.map( ( value, index ) =>
						index === 0
							? `<th scope="row" data-label="${ headings[ 0 ] }">${ value }</th>`
							: `<td data-label="${ headings[ index ] }">${ value }</td>`
					)
					.join( '' ) }</tr>`
		)
		.join( '' );
	return [
		'<!-- wp:william-health/administration-routes -->',
		`<figure class="${ R }"><table class="${ R }__table"><caption><span class="${ R }__caption-text">${ caption }</span></caption>`,
		`<thead><tr>${ head }</tr></thead><tbody>${ body }</tbody></table></figure>`,
		'<!-- /wp:william-health/administration-routes -->',
	].join( '\n' );
}

export type ReferenceMarkup = { id: string } & Partial<
	Record<
		| 'authors'
		| 'title'
		| 'journal'
		| 'year'
		| 'doi'
		| 'pmid'
		| 'pmcid'
		| 'url',
		string
	>
>;

const REF = 'wp-block-william-health-references';

/**
 * A References list as saved post content, values inserted as given (each
 * field in its own element, identifiers inside links to what was typed).
 *
 * @param entries The list's entries.
 */
export function referencesList( entries: ReferenceMarkup[] ): string {
	const inner = entries.map( ( { id, ...fields } ) => {
		const parts = Object.entries( fields ).map( ( [ key, value ] ) =>
			[ 'doi', 'pmid', 'pmcid', 'url' ].includes( key )
				? `<a href="${ value }"><span class="${ REF }__${ key }">${ value }</span></a>`
				: `<span class="${ REF }__${ key }">${ value }</span>`
		);
		return `<li id="ref-${ id }" data-ref="${ id }" class="${ REF }__entry">${ parts.join(
			'. '
		) }</li>`;
	} );
	return [
		'<!-- wp:william-health/references -->',
		`<div class="${ REF }"><ol class="${ REF }__list">`,
		...inner,
		'</ol></div>',
		'<!-- /wp:william-health/references -->',
	].join( '' );
}
