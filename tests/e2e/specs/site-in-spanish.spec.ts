/**
 * The site in Spanish (es_ES). A Spanish-speaking editor opens a post saved
 * in English: no invalid block, its saved words unchanged; then writes on
 * in it in Spanish: our patterns, blocks, placeholders, settings, messages
 * and checks (one editor session, to keep the spec short). A reader's page
 * of an article written from the Spanish patterns has no English string of
 * ours left, and its dates read the Spanish way. The site's language is
 * set through the REST settings and set back afterwards.
 */
import type { Page } from '@playwright/test';
import { Editor } from '@wordpress/e2e-test-utils-playwright';

import { expect, test } from '../fixtures';
import {
	englishLeft,
	translatedSourceTexts,
	useSiteLanguage,
} from '../utils/locale';
import { savedBlock } from '../utils/saved-blocks';

const MONTHS =
	'(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)';
/** A day as Spanish sites write it: "27 de noviembre de 2026". */
const SPANISH_DAY = new RegExp( `\\b\\d{1,2} de ${ MONTHS } de \\d{4}\\b` );

let restoreLanguage: () => Promise< void > = async () => {};

test.beforeAll( async ( { requestUtils } ) => {
	restoreLanguage = await useSiteLanguage( requestUtils, {
		language: 'es_ES',
		// The format core's Spanish installs with.
		date_format: 'j \\d\\e F \\d\\e Y',
	} );
} );

test.afterAll( async () => {
	await restoreLanguage();
} );

type BlockState = {
	name: string;
	isValid: boolean;
	innerBlocks: BlockState[];
};

/**
 * Every block of the post, inner blocks included, with its validity.
 *
 * @param page The editor.
 */
async function allBlocks( page: Page ) {
	const tree = await page.evaluate( () => {
		const { wp } = window as unknown as {
			wp: {
				data: {
					select: ( store: string ) => {
						getBlocks: () => BlockState[];
					};
				};
			};
		};
		const strip = ( blocks: BlockState[] ): BlockState[] =>
			blocks.map( ( { name, isValid, innerBlocks } ) => ( {
				name,
				isValid,
				innerBlocks: strip( innerBlocks ),
			} ) );
		return strip( wp.data.select( 'core/block-editor' ).getBlocks() );
	} );
	const flat = ( blocks: BlockState[] ): BlockState[] =>
		blocks.flatMap( ( block ) => [ block, ...flat( block.innerBlocks ) ] );
	return flat( tree );
}

test( 'an editor in Spanish opens a post saved in English with no invalid block, and writes in Spanish', async ( {
	page,
	requestUtils,
	createdPosts,
} ) => {
	// All four blocks (and the items and steps inside them) as save()
	// wrote them in English: the full-content fixtures.
	const post = await requestUtils.rest< { id: number } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'Lithium, saved in English',
			status: 'draft',
			content: [
				savedBlock( 'safety-notice' ),
				savedBlock( 'evidence-list' ),
				savedBlock( 'mechanism-diagram' ),
				savedBlock( 'administration-routes' ),
			].join( '\n\n' ),
		},
	} );
	createdPosts.push( post.id );
	await page.goto( `/wp-admin/post.php?post=${ post.id }&action=edit` );
	await expect( page.locator( 'html' ) ).toHaveAttribute( 'lang', 'es-ES' );
	const editor = new Editor( { page } );
	await expect(
		editor.canvas.locator( '.wp-block-william-health-safety-notice' )
	).toBeVisible();
	const blocks = await allBlocks( page );
	expect(
		blocks
			.filter( ( block ) => block.name.startsWith( 'william-health/' ) )
			.map( ( block ) => block.name )
			.sort()
	).toEqual( [
		'william-health/administration-routes',
		'william-health/evidence-item',
		'william-health/evidence-item',
		'william-health/evidence-list',
		'william-health/mechanism-diagram',
		'william-health/mechanism-step',
		'william-health/mechanism-step',
		'william-health/mechanism-step',
		'william-health/safety-notice',
	] );
	expect( blocks.filter( ( block ) => ! block.isValid ) ).toEqual( [] );
	// The words saved when the author chose them stay as saved, in
	// English: the editor's language does not rewrite them.
	await expect(
		editor.canvas.locator( '.wp-block-william-health-safety-notice__label' )
	).toHaveText( 'Ask a doctor' );
	await expect(
		editor.canvas
			.locator( '.wp-block-william-health-evidence-item__summary' )
			.first()
	).toHaveText(
		'Meta-analysis, 6674 participants, certainty of evidence: moderate'
	);
	await expect(
		editor.canvas
			.locator( '.wp-block-william-health-mechanism-step__kind' )
			.first()
	).toHaveText( 'Drug' );
	await expect(
		editor.canvas.locator( 'th[data-column="route"]' )
	).toHaveText( 'Route' );

	// The inserter finds our patterns by their Spanish titles.
	await page
		.getByRole( 'button', { name: 'Block Inserter', exact: true } )
		.click();
	const search = page.getByRole( 'searchbox', { name: /Search/ } ).first();
	const patterns = page.getByRole( 'listbox', { name: 'Patterns' } );
	await search.fill( 'la ketamina en la depresión' );
	await expect(
		patterns.getByRole( 'option', {
			name: /^Ejemplo: la ketamina en la depresión y la ansiedad graves \(artículo completo\)/,
		} )
	).toBeVisible();
	await search.fill( 'Artículo basado en la evidencia' );
	await patterns
		.getByRole( 'option', { name: /^Artículo basado en la evidencia/ } )
		.first()
		.click();
	// Its guidance is written in Spanish, in all four blocks.
	await expect(
		editor.canvas.getByText( 'Nombra el riesgo en pocas palabras' )
	).toBeVisible();
	await expect(
		editor.canvas.getByText( 'Cómo se administra el tratamiento' )
	).toBeVisible();
	await expect(
		editor.canvas
			.locator( 'th[data-column="route"]' )
			.filter( { hasText: /^Vía$/ } )
	).toHaveCount( 1 );

	// A new notice, found by its Spanish title: Spanish placeholders.
	await search.fill( 'Aviso de seguridad' );
	await page
		.getByRole( 'listbox', { name: 'Blocks' } )
		.getByRole( 'option', { name: 'Aviso de seguridad' } )
		.click();
	// The new notice is the selected one; its block id keeps finding it
	// once its heading is written.
	const blockId = await editor.canvas
		.locator( '.wp-block-william-health-safety-notice.is-selected' )
		.getAttribute( 'id' );
	const notice = editor.canvas.locator( `[id="${ blockId }"]` );
	const heading = notice.getByRole( 'textbox', {
		name: 'Encabezado del aviso',
	} );
	// RichText shows its placeholder in a span inside the empty field.
	await expect(
		heading.locator( '[data-rich-text-placeholder]' )
	).toHaveAttribute(
		'data-rich-text-placeholder',
		'Encabezado, p. ej. Posibles efectos secundarios'
	);
	await expect(
		notice.locator( '.wp-block-william-health-safety-notice__label' )
	).toHaveText( 'Importante' );
	await heading.click();
	// The level menu in the block toolbar (hidden while one types).
	await expect(
		page.getByRole( 'button', { name: 'Nivel de gravedad' } )
	).toBeVisible();
	await page.keyboard.type( 'Mareo' );
	// The sidebar.
	await editor.openDocumentSettingsSidebar();
	await expect(
		page.getByRole( 'button', { name: 'Ajustes del aviso' } )
	).toBeVisible();
	await expect( page.getByText( 'Consulte a un médico' ) ).toBeVisible();

	// A message next to a field: a crisis line that is no number.
	await page
		.getByRole( 'textbox', {
			name: 'Teléfono o dirección web de la línea de crisis',
		} )
		.fill( 'llamar' );
	await expect(
		notice.getByText(
			'Escribe un número de teléfono o una dirección web que empiece por https://'
		)
	).toBeVisible();

	// The post's own panel, and the checks before publishing.
	await page.getByRole( 'tab', { name: /Entrada|Post/ } ).click();
	await expect(
		page.getByRole( 'button', { name: 'Revisión médica' } )
	).toBeVisible();
	await page
		.getByRole( 'region', { name: /Editor top bar|Barra superior/ } )
		.getByRole( 'button', { name: /^(Publish|Publicar)$/ } )
		.click();
	await expect(
		page.getByRole( 'button', {
			name: 'Comprobaciones del contenido de salud',
		} )
	).toBeVisible();
	await expect(
		page.getByText( /^No hay ningún revisor médico/ )
	).toBeVisible();
} );

test( 'a reader of a Spanish article sees no English string of ours, and Spanish dates', async ( {
	requestUtils,
	reader,
	createdPosts,
} ) => {
	// The article as a Spanish-speaking author inserts it: the pattern in
	// the site's language.
	const patterns = await requestUtils.rest<
		Array< { name: string; content: string } >
	>( { path: '/wp/v2/block-patterns/patterns' } );
	const article = patterns.find(
		( pattern ) => pattern.name === 'william-health-blocks/ketamine-article'
	);
	expect( article?.content ).toContain( 'Efectos secundarios y supervisión' );
	const post = await requestUtils.rest< { id: number; link: string } >( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: 'La ketamina en la depresión grave',
			status: 'publish',
			date: '2026-11-27T10:00:00',
			content: article?.content,
			meta: {
				william_health_reviewer: 1,
				william_health_last_reviewed: '2026-11-20',
			},
		},
	} );
	createdPosts.push( post.id );

	await reader.goto( post.link );
	await expect( reader.locator( 'html' ) ).toHaveAttribute( 'lang', 'es-ES' );
	await expect(
		reader.locator( '.wp-block-william-health-mechanism-diagram' )
	).toBeVisible();
	const english = translatedSourceTexts( [
		'plugin/languages/william-health-blocks-es_ES.po',
		'theme/languages/es_ES.po',
	] );
	expect( english.length ).toBeGreaterThan( 300 );
	expect( await englishLeft( reader, english ) ).toEqual( [] );

	// Dates: published, reviewed, next review, evidence and facts "as of".
	await expect( reader.locator( '.wp-block-post-date' ) ).toHaveText(
		'27 de noviembre de 2026'
	);
	await expect( reader.locator( '.william-inc-reviewed-by' ) ).toContainText(
		/Revisado médicamente por .+ — 20 de noviembre de 2026/
	);
	await expect( reader.locator( '.william-inc-next-review' ) ).toHaveText(
		'Próxima revisión prevista el 20 de noviembre de 2027'
	);
	await expect(
		reader.locator( '.wp-block-william-health-evidence-list__as-of' )
	).toHaveText( SPANISH_DAY );
	await expect(
		reader.locator(
			'.wp-block-william-health-administration-routes__as-of'
		)
	).toHaveText( SPANISH_DAY );
	// The four blocks' own words, in Spanish.
	await expect( reader.locator( 'th[data-column="route"]' ) ).toHaveText(
		'Vía'
	);
	await expect(
		reader
			.locator( '.wp-block-william-health-evidence-item__summary' )
			.first()
	).toHaveText( 'Ensayo controlado aleatorizado, 18 participantes' );
} );
