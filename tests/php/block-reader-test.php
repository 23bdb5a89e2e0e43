<?php
/**
 * The one place the server reads our blocks: each value the map names comes
 * back from the saved markup or the block comment.
 *
 * @package WilliamHealthBlocks
 */

william_test(
	'every value the map names is read from the example article\'s saved blocks',
	static function () {
		$pattern = WP_Block_Patterns_Registry::get_instance()->get_registered( 'william-health-blocks/ketamine-article' );
		$blocks  = william_health_blocks_collect( parse_blocks( $pattern['content'] ) );
		$read    = array();
		foreach ( $blocks as $block ) {
			$read[ $block['blockName'] ][] = william_health_blocks_read( $block );
		}
		$first_step = $read['william-health/mechanism-step'][0];
		william_assert_same( array( 'kind' => 'drug', 'label' => 'Ketamine' ), $first_step );
		$first_item = $read['william-health/evidence-item'][0];
		william_assert_same( 'Treatment-resistant major depression', $first_item['condition'] );
		william_assert_same( 'Arch Gen Psychiatry', $first_item['journal'] );
		william_assert_same( '10.1001/archpsyc.63.8.856', $first_item['doi'] );
		william_assert_same( '16894061', $first_item['pmid'] );
		william_assert_same( '', $first_item['url'] );
		$rows = $read['william-health/administration-routes'][0]['rows'];
		william_assert_same( array( 'Intravenous Infusion', 'Intranasal Spray', 'Oral Tablets' ), wp_list_pluck( $rows, 'route' ) );
	}
);

william_test(
	'nested elements are read whole, and only the first element of a kind counts',
	static function () {
		$class = 'wp-block-x-y';
		$html  = '<div><p class="' . $class . '__a">One <em>two</em> <span class="' . $class . '__b">three</span></p><p class="' . $class . '__a">second</p></div>';
		william_assert_same(
			array(
				'a' => 'One two three',
				'b' => 'three',
				'c' => '',
			),
			william_health_blocks_texts(
				$html,
				$class,
				array(
					'a' => 'a',
					'b' => 'b',
					'c' => 'c',
				)
			)
		);
	}
);
