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
