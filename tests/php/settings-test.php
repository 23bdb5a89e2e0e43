<?php
/**
 * What the plugin stores is cleaned on the way in: the crisis line and the
 * review date.
 *
 * @package WilliamHealthBlocks
 */

william_test(
	'the crisis line keeps plain text only',
	static function () {
		william_assert_same(
			array(
				'text'    => 'In crisis? Call',
				'contact' => '988',
			),
			william_health_blocks_sanitize_crisis_line(
				array(
					'text'    => '<script>alert(1)</script>In crisis? Call',
					'contact' => " 988\n",
					'extra'   => 'dropped',
				)
			)
		);
		william_assert_same(
			array(
				'text'    => '',
				'contact' => '',
			),
			william_health_blocks_sanitize_crisis_line( 'not a line' )
		);
	}
);

william_test(
	'a review date is a real YYYY-MM-DD day or nothing',
	static function () {
		william_assert_same( '2026-11-27', william_health_blocks_sanitize_date( ' 2026-11-27 ' ) );
		foreach ( array( '2026-02-30', '27/11/2026', '2026-11-27T10:00', '', array( 'x' ) ) as $bad ) {
			william_assert_same( '', william_health_blocks_sanitize_date( $bad ), wp_json_encode( $bad ) );
		}
	}
);

william_test(
	'the editor gets the site’s crisis line for anyone who may write posts; only administrators may change it',
	static function () {
		update_option(
			'william_health_crisis_line',
			array(
				'text'    => 'In crisis? Call',
				'contact' => '988',
			)
		);
		$settings_as = static function ( $role ) {
			$user = wp_insert_user(
				array(
					'user_login' => 'crisis-line-' . $role,
					'user_pass'  => wp_generate_password(),
					'role'       => $role,
				)
			);
			wp_set_current_user( $user );
			return apply_filters( 'block_editor_settings_all', array(), new WP_Block_Editor_Context() );
		};
		$author = $settings_as( 'author' );
		william_assert_same(
			array(
				'text'      => 'In crisis? Call',
				'contact'   => '988',
				'canChange' => false,
			),
			$author['williamHealthCrisisLine'] ?? null,
			'an author reads it'
		);
		$admin = $settings_as( 'administrator' );
		william_assert_same( true, $admin['williamHealthCrisisLine']['canChange'] ?? null, 'an administrator may change it' );
		$subscriber = $settings_as( 'subscriber' );
		william_assert_true( ! isset( $subscriber['williamHealthCrisisLine'] ), 'a subscriber gets nothing' );

		// Changing it goes through the settings endpoint, which refuses authors.
		$change_as = static function ( $login ) {
			wp_set_current_user( get_user_by( 'login', $login )->ID );
			$request = new WP_REST_Request( 'POST', '/wp/v2/settings' );
			$request->set_body_params(
				array(
					'william_health_crisis_line' => array(
						'text'    => 'Call',
						'contact' => '111',
					),
				)
			);
			return rest_do_request( $request )->get_status();
		};
		william_assert_same( 403, $change_as( 'crisis-line-author' ), 'an author may not change it' );
		william_assert_same( '988', get_option( 'william_health_crisis_line' )['contact'], 'the line is unchanged' );
		william_assert_same( 200, $change_as( 'crisis-line-administrator' ), 'an administrator may' );
		william_assert_same( '111', get_option( 'william_health_crisis_line' )['contact'], 'the line is changed' );
		wp_set_current_user( 0 );
	}
);
