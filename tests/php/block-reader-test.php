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
		william_assert_same( array( 'condition' => 'Treatment-resistant major depression' ), $first_item );
		$entries = $read['william-health/references'][0]['references'];
		william_assert_same( array( 'rzara', 'rwilk', 'rglue', 'rtayl' ), wp_list_pluck( $entries, 'id' ) );
		william_assert_same( 'Zarate CA Jr, Singh JB, Carlson PJ, et al', $entries[0]['authors'] );
		william_assert_same( 'Arch Gen Psychiatry', $entries[0]['journal'] );
		william_assert_same( '856-64', $entries[0]['pages'] );
		william_assert_same( '10.1001/archpsyc.63.8.856', $entries[0]['doi'] );
		william_assert_same( '16894061', $entries[0]['pmid'] );
		william_assert_same( '', $entries[0]['url'] );
		william_assert_same( 'PMC5729569', $entries[3]['pmcid'] );
		$rows = $read['william-health/administration-routes'][0]['rows'];
		william_assert_same( array( 'Intravenous Infusion', 'Intranasal Spray', 'Oral Tablets' ), wp_list_pluck( $rows, 'route' ) );
	}
);

william_test(
	'a References entry is read as stored: the stored value of a field shown otherwise, text kept as text',
	static function () {
		$list = 'wp-block-william-health-references';
		$html = '<div class="' . $list . '"><ol class="' . $list . '__list">'
			. '<li data-ref="ra"><span class="' . $list . '__authors" data-value="A B, C D, E F, G H, I J, K L, M N">A B, C D, E F, G H, I J, K L, et al</span>. '
			. '<span class="' . $list . '__title">&lt;script&gt; p &lt; 0.05</span>. <a href="https://doi.org/10.1/x"><span class="' . $list . '__doi">10.1/x</span></a></li>'
			. '<li data-ref="rb"><span class="' . $list . '__title">Second</span></li></ol></div>';
		$entries = william_health_blocks_reference_entries( $html );
		william_assert_same( array( 'ra', 'rb' ), wp_list_pluck( $entries, 'id' ) );
		william_assert_same( 'A B, C D, E F, G H, I J, K L, M N', $entries[0]['authors'] );
		william_assert_same( '<script> p < 0.05', $entries[0]['title'] );
		william_assert_same( '10.1/x', $entries[0]['doi'] );
		william_assert_same( '', $entries[1]['doi'] );
		william_assert_same( 'Second', $entries[1]['title'] );
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
