/**
 * The fields of one reference, with "Look up": a DOI, PMID or PMCID typed
 * or pasted fills the fields from Crossref or PubMed through the plugin's
 * route; every field stays typeable by hand, and what the lookup cannot do
 * is said in words. Enter in the identifier field looks it up, and once
 * the fields are filled from it, adds the reference.
 */
import {
	Button,
	Flex,
	FlexBlock,
	Spinner,
	TextControl,
	// Core's own panels space their fields with VStack; no stable export yet.
	// eslint-disable-next-line @wordpress/no-unsafe-wp-apis
	__experimentalVStack as VStack,
} from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent, KeyboardEvent } from 'react';

import type { Reference, ReferenceField } from '../../references/types';
import { CheckedTextControl } from '../checked-text-control';
import { checkDoi, checkPmcid, checkPmid } from '../identifiers';
import { checkWebAddress, type LinkCheck } from '../links';
import { identify, lookUp } from './lookup';
import { hasAnyField, REFERENCE_FIELDS, referenceSummary } from './references';

type Fields = Omit< Reference, 'id' >;

type Status =
	| { kind: 'idle' }
	| { kind: 'busy'; identifier: string }
	| { kind: 'found'; identifier: string; summary: string }
	| { kind: 'failed'; message: string };

type Props = {
	/** The fields to start from (empty for a new reference). */
	initial: Fields;
	/** An identifier to look up at once (typed in the Cite search). */
	lookUpFirst?: string;
	/** Puts the caret in the identifier field when the form opens. */
	focusOnMount?: boolean;
	submitLabel: string;
	onSubmit: ( reference: Fields ) => void;
	onCancel: () => void;
};

/** The text fields, labelled; identifiers are checked as typed. */
function getFieldDefinitions(): Array< {
	field: ReferenceField;
	label: string;
	check?: ( value: string ) => LinkCheck;
} > {
	return [
		{ field: 'authors', label: __( 'Authors', 'william-health-blocks' ) },
		{ field: 'title', label: __( 'Title', 'william-health-blocks' ) },
		{ field: 'journal', label: __( 'Journal', 'william-health-blocks' ) },
		{ field: 'year', label: __( 'Year', 'william-health-blocks' ) },
		{ field: 'volume', label: __( 'Volume', 'william-health-blocks' ) },
		{ field: 'issue', label: __( 'Issue', 'william-health-blocks' ) },
		{ field: 'pages', label: __( 'Pages', 'william-health-blocks' ) },
		{
			field: 'doi',
			label: __( 'DOI', 'william-health-blocks' ),
			check: checkDoi,
		},
		{
			field: 'pmid',
			label: __( 'PMID', 'william-health-blocks' ),
			check: checkPmid,
		},
		{
			field: 'pmcid',
			label: __( 'PMCID', 'william-health-blocks' ),
			check: checkPmcid,
		},
		{
			field: 'url',
			label: __( 'Web address', 'william-health-blocks' ),
			check: checkWebAddress,
		},
	];
}

export function ReferenceForm( {
	initial,
	lookUpFirst = '',
	focusOnMount = false,
	submitLabel,
	onSubmit,
	onCancel,
}: Props ) {
	const [ fields, setFields ] = useState< Fields >( initial );
	const [ identifier, setIdentifier ] = useState( lookUpFirst );
	const [ status, setStatus ] = useState< Status >( { kind: 'idle' } );
	const [ problem, setProblem ] = useState( '' );
	const identifierRef = useRef< HTMLInputElement >( null );
	// Answers that come back after the form closed are dropped.
	const mounted = useRef( true );
	useEffect( () => {
		if ( focusOnMount ) {
			identifierRef.current?.focus();
		}
	}, [ focusOnMount ] );
	useEffect( () => {
		mounted.current = true;
		return () => {
			mounted.current = false;
		};
	}, [] );

	const runLookUp = async ( typed: string ) => {
		const found = identify( typed );
		if ( ! found ) {
			setStatus( {
				kind: 'failed',
				message: __(
					'Only a DOI, PMID or PMCID can be looked up, such as 10.1001/archpsyc.63.8.856, 16894061 or PMC5729569. Your text is kept; type the fields by hand, and a web address in “Web address”.',
					'william-health-blocks'
				),
			} );
			return;
		}
		setStatus( { kind: 'busy', identifier: typed } );
		// The identifier is kept in its field whatever the answer.
		setFields( ( current ) => ( {
			...current,
			[ found.field ]: current[ found.field ] || found.value,
		} ) );
		const answer = await lookUp( typed );
		if ( ! mounted.current ) {
			return;
		}
		if ( ! answer.ok ) {
			setStatus( { kind: 'failed', message: answer.message } );
			return;
		}
		setFields( ( current ) => {
			const next = { ...current };
			for ( const field of REFERENCE_FIELDS ) {
				if ( answer.reference[ field ] ) {
					next[ field ] = answer.reference[ field ];
				}
			}
			return next;
		} );
		setStatus( {
			kind: 'found',
			identifier: typed,
			summary: referenceSummary( answer.reference ),
		} );
	};

	useEffect( () => {
		if ( lookUpFirst ) {
			runLookUp( lookUpFirst );
		}
		// Only the identifier the form opened with is looked up at once.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );

	const submit = () => {
		if ( ! hasAnyField( fields ) ) {
			setProblem(
				__(
					'Give the source a title, an identifier or a web address first.',
					'william-health-blocks'
				)
			);
			return;
		}
		onSubmit( fields );
	};

	const onIdentifierKeyDown = (
		event: KeyboardEvent< HTMLInputElement >
	) => {
		if ( event.key !== 'Enter' || event.nativeEvent.isComposing ) {
			return;
		}
		event.preventDefault();
		if (
			status.kind === 'found' &&
			status.identifier.trim() === identifier.trim()
		) {
			submit();
		} else if ( identifier.trim() && status.kind !== 'busy' ) {
			runLookUp( identifier );
		}
	};

	const set = ( field: ReferenceField, value: string ) => {
		setProblem( '' );
		setFields( ( current ) => ( { ...current, [ field ]: value } ) );
	};

	return (
		<form
			className="william-health-reference-form"
			onSubmit={ ( event: FormEvent ) => {
				event.preventDefault();
				submit();
			} }
		>
			<VStack spacing={ 4 }>
				<Flex align="flex-end">
					<FlexBlock>
						<TextControl
							__next40pxDefaultSize
							label={ __(
								'DOI, PMID or PMCID',
								'william-health-blocks'
							) }
							help={ __(
								'Paste one and press Enter or “Look up” to fill the fields. You can always type them by hand.',
								'william-health-blocks'
							) }
							value={ identifier }
							onChange={ setIdentifier }
							onKeyDown={ onIdentifierKeyDown }
							ref={ identifierRef }
							autoComplete="off"
						/>
					</FlexBlock>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						isBusy={ status.kind === 'busy' }
						accessibleWhenDisabled
						disabled={
							! identifier.trim() || status.kind === 'busy'
						}
						onClick={ () => runLookUp( identifier ) }
					>
						{ __( 'Look up', 'william-health-blocks' ) }
					</Button>
				</Flex>
				<div
					className="william-health-reference-form__status"
					role="status"
				>
					{ status.kind === 'busy' && (
						<>
							<Spinner />
							{ __( 'Looking it up…', 'william-health-blocks' ) }
						</>
					) }
					{ status.kind === 'found' &&
						sprintf(
							/* translators: %s: the reference found, its first author, year and title. */
							__(
								'Found: %s. Check the fields, then add it.',
								'william-health-blocks'
							),
							status.summary
						) }
					{ status.kind === 'failed' && (
						<span className="william-health-field-message">
							{ status.message }
						</span>
					) }
				</div>
				{ getFieldDefinitions().map( ( { field, label, check } ) =>
					check ? (
						<CheckedTextControl
							key={ field }
							label={ label }
							value={ fields[ field ] }
							check={ check }
							onChange={ ( value ) => set( field, value ) }
						/>
					) : (
						<TextControl
							__next40pxDefaultSize
							key={ field }
							label={ label }
							value={ fields[ field ] }
							onChange={ ( value ) => set( field, value ) }
						/>
					)
				) }
				{ problem && (
					<span className="william-health-field-message" role="alert">
						{ problem }
					</span>
				) }
				<Flex justify="flex-end">
					<Button
						__next40pxDefaultSize
						variant="tertiary"
						onClick={ onCancel }
					>
						{ __( 'Cancel', 'william-health-blocks' ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="primary"
						type="submit"
					>
						{ submitLabel }
					</Button>
				</Flex>
			</VStack>
		</form>
	);
}
