<?php
/**
 * Every pattern file of the plugin is registered, and its content is blocks
 * only: nothing outside a block comment that the editor would turn into a
 * Classic block.
 *
 * @package WilliamHealthBlocks
 */

william_test(
	'every pattern file with a slug is registered under it, in our category or hidden',
	static function () {
		$registry = WP_Block_Patterns_Registry::get_instance();
		foreach ( glob( WP_PLUGIN_DIR . '/william-health-blocks/patterns/*.php' ) as $file ) {
			$headers = get_file_data(
				$file,
				array(
					'slug'     => 'Slug',
					'inserter' => 'Inserter',
				)
			);
			if ( '' === $headers['slug'] ) {
				continue; // A helper the patterns include, not a pattern.
			}
			$pattern = $registry->get_registered( $headers['slug'] );
			william_assert_true( null !== $pattern, basename( $file ) . ' is registered as ' . $headers['slug'] );
			$hidden = isset( $pattern['inserter'] ) && false === $pattern['inserter'];
			william_assert_true(
				$hidden || in_array( 'william-health', $pattern['categories'], true ),
				basename( $file ) . ' is in the Evidence-based health category or hidden'
			);
		}
	}
);

william_test(
	'pattern content is blocks only',
	static function () {
		foreach ( WP_Block_Patterns_Registry::get_instance()->get_all_registered() as $pattern ) {
			if ( 0 !== strpos( $pattern['name'], 'william-health-blocks/' ) ) {
				continue;
			}
			foreach ( parse_blocks( $pattern['content'] ) as $block ) {
				william_assert_true(
					null !== $block['blockName'] || '' === trim( $block['innerHTML'] ),
					$pattern['name'] . ' has text outside a block: ' . substr( trim( $block['innerHTML'] ), 0, 60 )
				);
			}
		}
	}
);
