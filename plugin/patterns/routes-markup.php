<?php
/**
 * The route table's saved markup for the plugin's patterns, built from its
 * attributes the way the block's save() writes it (blocks/administration-routes/save.tsx;
 * the unit test "patterns print what save() writes" holds the two together).
 * Not a pattern itself: it has no header, so the pattern registry skips it.
 *
 * @package WilliamHealthBlocks
 */

if ( ! function_exists( 'william_health_blocks_route_table_markup' ) ) {
	/**
	 * A route table block, comment and HTML. Every text value is plain text
	 * and is escaped here.
	 *
	 * @param array $table {
	 *     @type string $caption   Caption.
	 *     @type string $as_of     YYYY-MM-DD, or ''.
	 *     @type string $as_of_text The date as worded in the caption, or ''.
	 *     @type array  $columns   Each: 'key' (a typed column, or '' for one the author names), 'label', 'hidden'.
	 *     @type array  $rows      Each: 'cells' (text per column, in order), optional 'route' and 'status' codes.
	 *     @type string $not_stated What an empty cell says to readers.
	 *     @type string $align     '', 'wide' or 'full'.
	 * }
	 * @return string Block markup.
	 */
	function william_health_blocks_route_table_markup( $table ) {
		$class   = 'wp-block-william-health-administration-routes';
		$columns = $table['columns'];
		$align   = isset( $table['align'] ) ? $table['align'] : '';
		$comment = $align ? ' ' . serialize_block_attributes( array( 'align' => $align ) ) : '';

		$html  = '<figure class="' . esc_attr( $class . ( $align ? ' align' . $align : '' ) ) . '">';
		$html .= '<table class="' . esc_attr( $class . '__table' ) . '"><caption>';
		$html .= '<span class="' . esc_attr( $class . '__caption-text' ) . '">' . esc_html( $table['caption'] ) . '</span>';
		if ( '' !== $table['as_of_text'] ) {
			$html .= ' <time class="' . esc_attr( $class . '__as-of' ) . '"' . ( $table['as_of'] ? ' datetime="' . esc_attr( $table['as_of'] ) . '"' : '' ) . '>' . esc_html( $table['as_of_text'] ) . '</time>';
		}
		$html .= "</caption><thead><tr>\n";
		foreach ( $columns as $column ) {
			$html .= sprintf(
				'<th scope="col"%1$s%2$s>%3$s</th>',
				$column['key'] ? ' class="' . esc_attr( $class . '__col-' . $column['key'] ) . '" data-column="' . esc_attr( $column['key'] ) . '"' : '',
				$column['hidden'] ? ' hidden' : '',
				esc_html( $column['label'] )
			);
		}
		$html .= "</tr></thead><tbody>\n";
		foreach ( $table['rows'] as $row ) {
			$html .= sprintf(
				'<tr%1$s%2$s>',
				empty( $row['route'] ) ? '' : ' data-route="' . esc_attr( $row['route'] ) . '"',
				empty( $row['status'] ) ? '' : ' data-status="' . esc_attr( $row['status'] ) . '"'
			);
			foreach ( $columns as $index => $column ) {
				$text  = isset( $row['cells'][ $index ] ) ? trim( $row['cells'][ $index ] ) : '';
				$tag   = 'route' === $column['key'] ? 'th' : 'td';
				$html .= sprintf(
					'<%1$s%2$s data-label="%3$s"%4$s%5$s>%6$s</%1$s>',
					$tag,
					'th' === $tag ? ' scope="row"' : '',
					esc_attr( $column['label'] ),
					$column['hidden'] ? ' hidden' : '',
					'' === $text && '' !== $table['not_stated'] ? ' data-empty="' . esc_attr( $table['not_stated'] ) . '"' : '',
					esc_html( $text )
				);
			}
			$html .= "</tr>\n";
		}
		$html .= '</tbody></table></figure>';

		return '<!-- wp:william-health/administration-routes' . $comment . " -->\n" . $html . "\n<!-- /wp:william-health/administration-routes -->\n";
	}

	/**
	 * The typed columns, as a new table has them, with their translated headings.
	 *
	 * @param array $hidden Keys of the columns readers do not see.
	 * @return array Columns for william_health_blocks_route_table_markup().
	 */
	function william_health_blocks_route_table_columns( $hidden ) {
		$headings = array(
			'route'           => __( 'Route', 'william-health-blocks' ),
			'product'         => __( 'Product or form', 'william-health-blocks' ),
			'setting'         => __( 'Care setting', 'william-health-blocks' ),
			'onset'           => __( 'Onset', 'william-health-blocks' ),
			'bioavailability' => __( 'Bioavailability', 'william-health-blocks' ),
			'status'          => __( 'Regulatory status', 'william-health-blocks' ),
			'benefits'        => __( 'Benefits', 'william-health-blocks' ),
			'challenges'      => __( 'Challenges', 'william-health-blocks' ),
		);
		$columns  = array();
		foreach ( $headings as $key => $label ) {
			$columns[] = array(
				'key'    => $key,
				'label'  => $label,
				'hidden' => in_array( $key, $hidden, true ),
			);
		}
		return $columns;
	}
}
