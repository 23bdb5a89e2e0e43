/**
 * Running the site in another language for a spec: the site language (and
 * its date format) set through the REST settings, and set back afterwards;
 * core's translations for it installed first when the site lacks them
 * (scripts/i18n-core.mjs, from Debian's wordpress-l10n).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { ROOT } from '../fixtures';

/** A locale, and the date format its sites use (kept when not given). */
type LanguageSettings = { language: string; date_format?: string };

/**
 * Switches the site's language; returns what sets it back.
 *
 * @param requestUtils The admin's REST utils.
 * @param settings     Language, and date format.
 */
export async function useSiteLanguage(
	requestUtils: RequestUtils,
	settings: LanguageSettings
): Promise< () => Promise< void > > {
	const before = await requestUtils.rest< Required< LanguageSettings > >( {
		path: '/wp/v2/settings',
	} );
	const applied = await requestUtils
		.updateSiteSettings( settings )
		.then( ( saved: Partial< LanguageSettings > ) => saved.language )
		.catch( () => undefined );
	// WordPress keeps only installed languages (it answers 200 and stores
	// English otherwise): install core's, then set it again.
	if ( applied !== settings.language ) {
		execFileSync( 'node', [ 'scripts/i18n-core.mjs', settings.language ], {
			cwd: ROOT,
			stdio: 'inherit',
		} );
		await requestUtils.updateSiteSettings( settings );
	}
	return async () => {
		await requestUtils.updateSiteSettings( {
			// A fresh site reports English as "en_US" but stores it as an
			// empty WPLANG, and silently keeps the last language when given
			// "en_US" back.
			language: before.language === 'en_US' ? '' : before.language,
			date_format: before.date_format,
		} );
	};
}

/**
 * The English source texts of ours that a translation changes: what must
 * not be left on a translated page. From the .po files, whose entries
 * npm run i18n writes one line each; texts with placeholders count by their
 * fixed parts, short fragments and names that stay the same left out.
 *
 * @param files .po files, relative to the root.
 */
export function translatedSourceTexts( files: string[] ): string[] {
	const texts = new Set< string >();
	for ( const file of files ) {
		const entries = fs
			.readFileSync( path.join( ROOT, file ), 'utf8' )
			.split( /\n\n+/ );
		for ( const entry of entries ) {
			const field = ( name: string ) => {
				const line = entry
					.split( '\n' )
					.find( ( item ) => item.startsWith( `${ name } "` ) );
				return line
					? ( JSON.parse( line.slice( name.length + 1 ) ) as string )
					: undefined;
			};
			const sources = [ field( 'msgid' ), field( 'msgid_plural' ) ];
			const translations = [
				field( 'msgstr' ),
				field( 'msgstr[0]' ),
				field( 'msgstr[1]' ),
			];
			for ( const source of sources ) {
				if ( ! source || translations.includes( source ) ) {
					continue;
				}
				for ( const part of source.split( /%(?:\d+\$)?[sdf]/ ) ) {
					const words = part.trim();
					if (
						/\p{L}{4}/u.test( words ) &&
						! /^https?:/.test( words )
					) {
						texts.add( words );
					}
				}
			}
		}
	}
	return [ ...texts ];
}

/**
 * The English texts of ours a page still shows: in its text, in the
 * attributes readers hear or see (aria-label, title, alt, placeholder,
 * the route cards' labels, empty cells' words), and in its title. A cited
 * study's reference is quoted as published, so it is left out.
 *
 * @param page  The page.
 * @param texts The English texts.
 */
export async function englishLeft(
	page: Page,
	texts: string[]
): Promise< string[] > {
	const shown = await page.evaluate( () => {
		const body = document.body.cloneNode( true ) as HTMLElement;
		body.querySelectorAll(
			'script, style, .wp-block-william-health-evidence-item__reference'
		).forEach( ( element ) => element.remove() );
		// A reference is quoted as published (doi:, PMID: and PMCID: are the
		// schemes' own names); only its backlinks are ours.
		body.querySelectorAll(
			'.wp-block-william-health-references__entry'
		).forEach( ( entry ) => {
			const backlinks = entry.querySelector(
				'.wp-block-william-health-references__backlinks'
			);
			entry.replaceChildren( ...( backlinks ? [ backlinks ] : [] ) );
		} );
		const attributes = Array.from(
			body.querySelectorAll(
				'[aria-label], [title], [alt], [placeholder], [data-label], [data-empty]'
			)
		).flatMap( ( element ) =>
			[
				'aria-label',
				'title',
				'alt',
				'placeholder',
				'data-label',
				'data-empty',
			].map( ( name ) => element.getAttribute( name ) ?? '' )
		);
		return [ document.title, body.textContent ?? '', ...attributes ].join(
			'\n'
		);
	} );
	const text = shown.replace( /\s+/g, ' ' );
	return texts.filter( ( english ) => {
		const escaped = english.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' );
		return new RegExp( `(^|[^\\p{L}])${ escaped }($|[^\\p{L}])`, 'u' ).test(
			text
		);
	} );
}
