<?php
/**
 * The plugin on every WordPress it claims (Requires at least): what an
 * older release lacks, the plugin supplies.
 *
 * @package WilliamHealthBlocks
 */

william_test(
	'an author without unfiltered_html saves every pattern of ours unchanged, dates included',
	static function () {
		$checked = 0;
		foreach ( WP_Block_Patterns_Registry::get_instance()->get_all_registered() as $pattern ) {
			if ( 0 !== strpos( $pattern['name'], 'william-health-blocks/' ) ) {
				continue;
			}
			// What core runs on the content of a post saved by such a user.
			$saved = wp_unslash( wp_filter_post_kses( wp_slash( $pattern['content'] ) ) );
			$differs_at = strspn( $pattern['content'] ^ $saved, "\0" );
			william_assert_same(
				substr( $pattern['content'], $differs_at, 120 ),
				substr( $saved, $differs_at, 120 ),
				$pattern['name'] . ' passes KSES unchanged'
			);
			++$checked;
		}
		william_assert_true( $checked > 0, 'our patterns are registered' );
		william_assert_same(
			'<time datetime="2026-11-20">20 November</time>',
			wp_kses_post( '<time datetime="2026-11-20" onclick="x()">20 November</time>' ),
			'<time> keeps its datetime and nothing else'
		);
	}
);
