<?php
/**
 * A medical reviewer's credentials, kept on their user profile: the name
 * readers see is WordPress's own "Display name publicly as"; beside it the
 * qualifications, job title, a profile address and an identifier (ORCID,
 * GMC or NPI number). Pages and structured data read them from here.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The credential fields, with their labels and sanitizers.
 *
 * @return array<string, array{label: string, description: string, sanitize: callable, type: string}>
 */
function william_health_blocks_credential_fields() {
	return array(
		'william_health_qualifications' => array(
			'label'       => __( 'Qualifications', 'william-health-blocks' ),
			'description' => __( 'As readers should see them after the name, for example “MD, MRCPsych”.', 'william-health-blocks' ),
			'sanitize'    => 'sanitize_text_field',
			'type'        => 'text',
		),
		'william_health_job_title'      => array(
			'label'       => __( 'Role or job title', 'william-health-blocks' ),
			'description' => __( 'For example “Consultant psychiatrist”.', 'william-health-blocks' ),
			'sanitize'    => 'sanitize_text_field',
			'type'        => 'text',
		),
		'william_health_profile_url'    => array(
			'label'       => __( 'Profile page', 'william-health-blocks' ),
			'description' => __( 'Optional. A page about you (https://…): the review line links to it.', 'william-health-blocks' ),
			'sanitize'    => 'william_health_blocks_web_address',
			'type'        => 'url',
		),
		'william_health_identifier'     => array(
			'label'       => __( 'Professional identifier', 'william-health-blocks' ),
			'description' => __( 'Optional. An ORCID iD (0000-0002-1825-0097), or a registration number such as a GMC or NPI number.', 'william-health-blocks' ),
			'sanitize'    => 'william_health_blocks_sanitize_identifier',
			'type'        => 'text',
		),
	);
}

/**
 * Keeps an identifier as plain text of reasonable length.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function william_health_blocks_sanitize_identifier( $value ) {
	return substr( sanitize_text_field( (string) $value ), 0, 64 );
}

/**
 * An ORCID iD in its canonical form, or '' when the identifier is not one
 * (the check digit is verified, ISO 7064 11,2).
 *
 * @param string $identifier The reviewer's identifier.
 * @return string
 */
function william_health_blocks_orcid( $identifier ) {
	$id = preg_replace( '#^(?:https?://orcid\.org/)#i', '', trim( $identifier ) );
	if ( ! preg_match( '/^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/', $id ) ) {
		return '';
	}
	$digits = str_replace( '-', '', $id );
	$total  = 0;
	for ( $i = 0; $i < 15; $i++ ) {
		$total = ( $total + (int) $digits[ $i ] ) * 2;
	}
	$check = ( 12 - $total % 11 ) % 11;
	return ( 10 === $check ? 'X' : (string) $check ) === $digits[15] ? $id : '';
}

/**
 * Registers the credentials as user meta, readable over REST by whoever may
 * edit posts and writable by whoever may edit the user.
 */
function william_health_blocks_register_credentials() {
	foreach ( william_health_blocks_credential_fields() as $key => $field ) {
		register_meta(
			'user',
			$key,
			array(
				'type'              => 'string',
				'single'            => true,
				'default'           => '',
				'description'       => $field['label'],
				'sanitize_callback' => $field['sanitize'],
				'show_in_rest'      => true,
				'auth_callback'     => static function ( $allowed, $meta_key, $user_id ) {
					return current_user_can( 'edit_user', $user_id );
				},
			)
		);
	}
}
add_action( 'init', 'william_health_blocks_register_credentials' );

/**
 * The fields on the profile screen of a user who may review.
 *
 * @param WP_User $user The user whose profile is shown.
 */
function william_health_blocks_credentials_section( $user ) {
	if ( ! user_can( $user, WILLIAM_HEALTH_BLOCKS_REVIEW_CAP ) ) {
		return;
	}
	printf( '<h2>%s</h2>', esc_html__( 'Medical reviewer credentials', 'william-health-blocks' ) );
	printf(
		'<p>%s</p><table class="form-table" role="presentation">',
		esc_html__( 'Readers see these beside your name on the articles you review, and search engines read them from the page.', 'william-health-blocks' )
	);
	foreach ( william_health_blocks_credential_fields() as $key => $field ) {
		printf(
			'<tr><th><label for="%1$s">%2$s</label></th><td><input type="%3$s" name="%1$s" id="%1$s" value="%4$s" class="regular-text" aria-describedby="%1$s-description" /><p class="description" id="%1$s-description">%5$s</p></td></tr>',
			esc_attr( $key ),
			esc_html( $field['label'] ),
			esc_attr( $field['type'] ),
			esc_attr( get_user_meta( $user->ID, $key, true ) ),
			esc_html( $field['description'] )
		);
	}
	echo '</table>';
}
add_action( 'show_user_profile', 'william_health_blocks_credentials_section' );
add_action( 'edit_user_profile', 'william_health_blocks_credentials_section' );

/**
 * Refuses a profile address that is not an http(s) address, saying why.
 *
 * @param WP_Error $errors Profile errors.
 */
function william_health_blocks_check_credentials( $errors ) {
	// Core's profile screen checked its nonce before this runs.
	// phpcs:ignore WordPress.Security.NonceVerification.Missing
	$url = isset( $_POST['william_health_profile_url'] ) ? trim( wp_unslash( (string) $_POST['william_health_profile_url'] ) ) : '';
	if ( '' !== $url && '' === william_health_blocks_web_address( $url ) ) {
		$errors->add(
			'william_health_profile_url',
			__( 'The profile page must be a full web address starting with https:// or http://. It was not saved.', 'william-health-blocks' ),
			array( 'form-field' => 'william_health_profile_url' )
		);
	}
}
add_action( 'user_profile_update_errors', 'william_health_blocks_check_credentials' );

/**
 * Saves the credentials from the profile screen.
 *
 * @param int $user_id The user being saved.
 */
function william_health_blocks_save_credentials( $user_id ) {
	if ( ! current_user_can( 'edit_user', $user_id ) || ! user_can( $user_id, WILLIAM_HEALTH_BLOCKS_REVIEW_CAP ) ) {
		return;
	}
	check_admin_referer( 'update-user_' . $user_id );
	foreach ( william_health_blocks_credential_fields() as $key => $field ) {
		if ( isset( $_POST[ $key ] ) ) {
			$value = call_user_func( $field['sanitize'], wp_unslash( (string) $_POST[ $key ] ) );
			update_user_meta( $user_id, $key, $value );
		}
	}
}
add_action( 'personal_options_update', 'william_health_blocks_save_credentials' );
add_action( 'edit_user_profile_update', 'william_health_blocks_save_credentials' );

/**
 * A reviewer as the editor's picker, the page and the structured data use it.
 *
 * @param WP_User $user A user who may review.
 * @return array{id: int, name: string, qualifications: string, jobTitle: string, url: string, identifier: string, orcid: string}
 */
function william_health_blocks_reviewer_data( $user ) {
	$meta = static function ( $key ) use ( $user ) {
		return (string) get_user_meta( $user->ID, $key, true );
	};
	return array(
		'id'             => $user->ID,
		'name'           => $user->display_name,
		'qualifications' => $meta( 'william_health_qualifications' ),
		'jobTitle'       => $meta( 'william_health_job_title' ),
		'url'            => william_health_blocks_web_address( $meta( 'william_health_profile_url' ) ),
		'identifier'     => $meta( 'william_health_identifier' ),
		'orcid'          => william_health_blocks_orcid( $meta( 'william_health_identifier' ) ),
	);
}

/**
 * The users who may review, for the editor's reviewer picker.
 */
function william_health_blocks_register_reviewers_route() {
	register_rest_route(
		'william-health/v1',
		'/reviewers',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'permission_callback' => static function () {
				return current_user_can( 'edit_posts' );
			},
			'callback'            => static function () {
				$users = get_users(
					array(
						'capability' => WILLIAM_HEALTH_BLOCKS_REVIEW_CAP,
						'orderby'    => 'display_name',
						'number'     => 200,
					)
				);
				return rest_ensure_response( array_map( 'william_health_blocks_reviewer_data', $users ) );
			},
		)
	);
}
add_action( 'rest_api_init', 'william_health_blocks_register_reviewers_route' );

/**
 * The reviewers' list comes with the post editor's page, as core's own
 * REST data does: on a server with few PHP workers (Playground has one) a
 * request of its own waited behind the editor's scripts and held them up.
 *
 * @param string[]                $paths   REST paths to preload.
 * @param WP_Block_Editor_Context $context Which editor.
 * @return string[]
 */
function william_health_blocks_preload_reviewers( $paths, $context ) {
	if ( isset( $context->post ) && $context->post instanceof WP_Post && current_user_can( 'edit_posts' ) ) {
		$paths[] = '/william-health/v1/reviewers';
	}
	return $paths;
}
add_filter( 'block_editor_rest_api_preload_paths', 'william_health_blocks_preload_reviewers', 10, 2 );
