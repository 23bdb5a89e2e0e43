/**
 * What "Cite" opens: a search of the post's references, and a way to add a
 * source by DOI, PMID or PMCID ("Look up") or by hand. Enter in the search
 * cites the first match, or looks up an identifier the post does not have
 * yet; the form then adds the source and cites it.
 */
import {
	Button,
	TextControl,
	// Core's own panels space their fields with VStack; no stable export yet.
	// eslint-disable-next-line @wordpress/no-unsafe-wp-apis
	__experimentalVStack as VStack,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import type { KeyboardEvent } from 'react';

import type { Reference, SavedReference } from '../../references/types';
import { checkWebAddress } from '../links';
import { identify } from './lookup';
import { ReferenceForm } from './reference-form';
import { emptyReference, entryLabel, matchesQuery } from './references';

/** How many matches the picker lists at once. */
const MOST_SHOWN = 8;

type Props = {
	entries: SavedReference[];
	/** Cites a reference of the post. */
	onCite: ( id: string ) => void;
	/** Adds a source to the post and cites it; returns a problem, if any. */
	onAddAndCite: ( fields: Omit< Reference, 'id' > ) => string | null;
};

/**
 * The fields a new source starts with, from what the author typed.
 *
 * @param typed What is in the search field.
 */
function startingFields( typed: string ): Omit< Reference, 'id' > {
	const fields = emptyReference();
	const value = typed.trim();
	const identifier = identify( value );
	if ( identifier ) {
		fields[ identifier.field ] = identifier.value;
	} else if ( checkWebAddress( value ).valid ) {
		fields.url = value;
	} else {
		fields.title = value;
	}
	return fields;
}

export function CitePicker( { entries, onCite, onAddAndCite }: Props ) {
	const [ query, setQuery ] = useState( '' );
	const [ adding, setAdding ] = useState< {
		initial: Omit< Reference, 'id' >;
		lookUpFirst: string;
	} | null >( null );
	const [ problem, setProblem ] = useState( '' );

	const typedIdentifier = identify( query );
	const numbered = entries.map( ( entry, index ) => ( { entry, index } ) );
	// An identifier finds its source however it was typed ("PMID 123").
	const matches = numbered.filter( ( { entry } ) =>
		matchesQuery( entry, typedIdentifier?.value ?? query )
	);
	const shown = matches.slice( 0, MOST_SHOWN );

	const startAdding = () =>
		setAdding( {
			initial: startingFields( query ),
			lookUpFirst: typedIdentifier?.value ?? '',
		} );

	if ( adding ) {
		return (
			<div className="william-health-cite__add">
				<ReferenceForm
					initial={ adding.initial }
					lookUpFirst={ adding.lookUpFirst }
					focusOnMount
					submitLabel={ __(
						'Add and cite',
						'william-health-blocks'
					) }
					onSubmit={ ( fields ) => {
						const error = onAddAndCite( fields );
						if ( error ) {
							setProblem( error );
							setAdding( null );
						}
					} }
					onCancel={ () => setAdding( null ) }
				/>
			</div>
		);
	}

	const onKeyDown = ( event: KeyboardEvent< HTMLInputElement > ) => {
		if ( event.key !== 'Enter' || event.nativeEvent.isComposing ) {
			return;
		}
		event.preventDefault();
		// As the help says: the first source listed, all of them when
		// nothing is typed.
		const [ first ] = shown;
		if ( first ) {
			onCite( first.entry.id );
		} else if ( query.trim() ) {
			startAdding();
		}
	};

	return (
		<VStack spacing={ 3 } className="william-health-cite">
			<TextControl
				__next40pxDefaultSize
				type="search"
				label={ __(
					'Find a source of this post, or add one by DOI, PMID or PMCID',
					'william-health-blocks'
				) }
				help={ __(
					'Enter cites the first source found, or looks up a new identifier.',
					'william-health-blocks'
				) }
				value={ query }
				onChange={ ( value ) => {
					setProblem( '' );
					setQuery( value );
				} }
				onKeyDown={ onKeyDown }
				autoComplete="off"
			/>
			<p className="william-health-cite__count" role="status">
				{ entries.length === 0 &&
					__(
						'This post has no sources yet.',
						'william-health-blocks'
					) }
				{ entries.length > 0 &&
					sprintf(
						/* translators: %d: number of the post's sources that match the search. */
						_n(
							'%d source found.',
							'%d sources found.',
							matches.length,
							'william-health-blocks'
						),
						matches.length
					) }
			</p>
			{ shown.length > 0 && (
				<ul
					className="william-health-cite__matches"
					aria-label={ __(
						'Sources of this post',
						'william-health-blocks'
					) }
				>
					{ shown.map( ( { entry, index } ) => (
						<li key={ entry.id }>
							<Button
								variant="tertiary"
								className="william-health-cite__match"
								onClick={ () => onCite( entry.id ) }
							>
								{ entryLabel( entry, index ) }
							</Button>
						</li>
					) ) }
				</ul>
			) }
			{ problem && (
				<span className="william-health-field-message" role="alert">
					{ problem }
				</span>
			) }
			<Button
				__next40pxDefaultSize
				variant="secondary"
				onClick={ startAdding }
			>
				{ typedIdentifier
					? sprintf(
							/* translators: %s: the DOI, PMID or PMCID the author typed. */
							__( 'Look up %s', 'william-health-blocks' ),
							query.trim()
						)
					: __( 'Add a new source', 'william-health-blocks' ) }
			</Button>
		</VStack>
	);
}
