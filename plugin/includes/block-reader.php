<?php
/**
 * What the plugin's server code reads from our saved blocks, in one place.
 *
 * Our blocks are static: most of their values live only in the markup that
 * save() writes (block.json sources them from there), a few in the block
 * comment. william_health_blocks_read_map() says, block by block, which
 * values the server reads and where from; william_health_blocks_read()
 * reads them. The structured data is built from nothing else.
 *
 * @package WilliamHealthBlocks
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The values the server reads from each block.
 *
 * - `attrs`: attributes kept in the block comment, as parse_blocks() gives
 *   them (codes and numbers; never author text, which KSES would filter).
 * - `text`: values save() writes only into the markup, as plain text: the
 *   text of the element classed `<block class>__<element>`. Identifiers are
 *   read as the author typed them and checked again by identifiers.php.
 * - `table`: the route table's rows (william_health_blocks_route_rows()).
 * - `references`: the References list's entries
 *   (william_health_blocks_reference_entries()).
 *
 * Evidence items name their study by the id of its entry in the References
 * list; sources are read from that list only.
 *
 * @return array<string, array{attrs?: string[], text?: array<string, string>, table?: bool, references?: bool}>
 */
function william_health_blocks_read_map() {
	return array(
		'william-health/mechanism-step'       => array(
			'attrs' => array( 'kind' ),
			'text'  => array( 'label' => 'label' ),
		),
		'william-health/evidence-item'        => array(
			'text' => array(
				'condition' => 'condition',
			),
		),
		'william-health/administration-routes' => array(
			'table' => true,
		),
		'william-health/references'           => array(
			'references' => true,
		),
	);
}

/**
 * The values the map names for one parsed block of ours.
 *
 * @param array $block A parsed block.
 * @return array Values by name ('' for text that is not there); `rows` for a table.
 */
function william_health_blocks_read( $block ) {
	$map = william_health_blocks_read_map();
	if ( ! isset( $map[ $block['blockName'] ] ) ) {
		return array();
	}
	$reads  = $map[ $block['blockName'] ];
	$values = array();
	foreach ( isset( $reads['attrs'] ) ? $reads['attrs'] : array() as $name ) {
		$values[ $name ] = isset( $block['attrs'][ $name ] ) ? $block['attrs'][ $name ] : null;
	}
	if ( ! empty( $reads['text'] ) ) {
		$values = array_merge(
			$values,
			william_health_blocks_texts( $block['innerHTML'], wp_get_block_default_classname( $block['blockName'] ), $reads['text'] )
		);
	}
	if ( ! empty( $reads['table'] ) ) {
		$values['rows'] = william_health_blocks_route_rows( $block['innerHTML'] );
	}
	if ( ! empty( $reads['references'] ) ) {
		$values['references'] = william_health_blocks_reference_entries( $block['innerHTML'] );
	}
	return $values;
}

/**
 * The fields of a reference, as the References block saves each in its own
 * element (classed `wp-block-william-health-references__<field>`).
 *
 * @return string[]
 */
function william_health_blocks_reference_fields() {
	return array( 'authors', 'title', 'journal', 'year', 'volume', 'issue', 'pages', 'doi', 'pmid', 'pmcid', 'url' );
}

/**
 * The References list's entries as block.json reads them back: per
 * `<li data-ref>`, its id and each field's stored value. A field shown
 * other than stored (the style's "et al", elided pages) keeps the stored
 * value in `data-value`; otherwise it is the element's text.
 *
 * @param string $html Saved References block HTML.
 * @return array<int, array<string, string>> Entries in list order: `id` and every field ('' when absent).
 */
function william_health_blocks_reference_entries( $html ) {
	$prefix    = wp_get_block_default_classname( 'william-health/references' ) . '__';
	$fields    = array_flip( william_health_blocks_reference_fields() );
	$entries   = array();
	$entry     = -1;
	$open      = array();
	$processor = WP_HTML_Processor::create_fragment( $html );
	while ( $processor && $processor->next_token() ) {
		$depth = $processor->get_current_depth();
		foreach ( $open as $name => $open_depth ) {
			if ( $depth < $open_depth ) {
				unset( $open[ $name ] );
			}
		}
		if ( '#text' === $processor->get_token_type() ) {
			foreach ( array_keys( $open ) as $name ) {
				$entries[ $entry ][ $name ] .= $processor->get_modifiable_text();
			}
			continue;
		}
		if ( '#tag' !== $processor->get_token_type() || $processor->is_tag_closer() ) {
			continue;
		}
		$ref = $processor->get_attribute( 'data-ref' );
		if ( 'LI' === $processor->get_tag() && is_string( $ref ) ) {
			$entries[] = array_merge( array( 'id' => $ref ), array_fill_keys( array_keys( $fields ), '' ) );
			$entry     = count( $entries ) - 1;
			$open      = array();
			continue;
		}
		if ( $entry < 0 ) {
			continue;
		}
		foreach ( $processor->class_list() as $class_name ) {
			$name = 0 === strpos( $class_name, $prefix ) ? substr( $class_name, strlen( $prefix ) ) : '';
			if ( ! isset( $fields[ $name ] ) || '' !== $entries[ $entry ][ $name ] ) {
				continue;
			}
			$stored = $processor->get_attribute( 'data-value' );
			if ( is_string( $stored ) ) {
				$entries[ $entry ][ $name ] = $stored;
			} else {
				$open[ $name ] = $depth;
			}
		}
	}
	return array_map(
		static function ( $fields_of_entry ) {
			return array_map(
				static function ( $text ) {
					return trim( preg_replace( '/\s+/u', ' ', $text ) );
				},
				$fields_of_entry
			);
		},
		$entries
	);
}

/**
 * The text of several elements of a block's saved HTML, in one pass.
 *
 * @param string                $html        Saved block HTML (its own markup only).
 * @param string                $block_class The block's class, such as wp-block-william-health-evidence-item.
 * @param array<string, string> $elements    Value names => element names (the part after "__").
 * @return array<string, string> Each value's text, whitespace collapsed, '' when absent.
 */
function william_health_blocks_texts( $html, $block_class, $elements ) {
	$wanted = array();
	foreach ( $elements as $name => $element ) {
		$wanted[ $block_class . '__' . $element ] = $name;
	}
	$texts     = array_fill_keys( array_keys( $elements ), '' );
	$found     = array();
	$open      = array();
	$processor = WP_HTML_Processor::create_fragment( $html );
	while ( $processor && $processor->next_token() ) {
		$depth = $processor->get_current_depth();
		// Elements whose end was passed stop collecting.
		foreach ( $open as $name => $open_depth ) {
			if ( $depth < $open_depth ) {
				unset( $open[ $name ] );
			}
		}
		if ( '#text' === $processor->get_token_type() ) {
			foreach ( array_keys( $open ) as $name ) {
				$texts[ $name ] .= $processor->get_modifiable_text();
			}
			continue;
		}
		if ( '#tag' !== $processor->get_token_type() || $processor->is_tag_closer() ) {
			continue;
		}
		foreach ( $processor->class_list() as $class_name ) {
			$name = isset( $wanted[ $class_name ] ) ? $wanted[ $class_name ] : null;
			// The first element of each kind counts, as block.json's selectors read it.
			if ( null !== $name && ! isset( $found[ $name ] ) ) {
				$found[ $name ] = true;
				$open[ $name ]  = $depth;
			}
		}
	}
	return array_map(
		static function ( $text ) {
			return trim( preg_replace( '/\s+/u', ' ', $text ) );
		},
		$texts
	);
}

/**
 * The route table's rows as readers see them, read from its saved table
 * (the block comment holds no rows): per row, the text of each visible cell
 * whose column heading names a typed column (`data-column`, or the
 * `__col-<key>` class of tables saved before), by that key.
 *
 * @param string $html Saved route-table HTML.
 * @return array Rows, each an array of column key => plain text.
 */
function william_health_blocks_route_rows( $html ) {
	$processor = new WP_HTML_Tag_Processor( $html );
	$section   = '';
	$keys      = array();
	$rows      = array();
	$row       = array();
	$column    = 0;
	$cell      = null;
	$text      = '';
	while ( $processor->next_token() ) {
		$token = $processor->get_token_type();
		if ( '#text' === $token && null !== $cell ) {
			$text .= $processor->get_modifiable_text();
		}
		if ( '#tag' !== $token ) {
			continue;
		}
		$tag    = $processor->get_tag();
		$closer = $processor->is_tag_closer();
		if ( 'THEAD' === $tag || 'TBODY' === $tag ) {
			$section = $closer ? '' : $tag;
		} elseif ( 'TR' === $tag && ! $closer ) {
			$row    = array();
			$column = 0;
		} elseif ( 'TR' === $tag && 'TBODY' === $section ) {
			$rows[] = $row;
		} elseif ( ( 'TH' === $tag || 'TD' === $tag ) && ! $closer ) {
			$key = isset( $keys[ $column ] ) ? $keys[ $column ] : '';
			if ( 'THEAD' === $section ) {
				// Tables saved before 0.2 name the kind only in the class.
				$key        = (string) $processor->get_attribute( 'data-column' );
				$col_prefix = wp_get_block_default_classname( 'william-health/administration-routes' ) . '__col-';
				foreach ( $processor->class_list() as $class_name ) {
					if ( '' === $key && 0 === strpos( $class_name, $col_prefix ) ) {
						$key = substr( $class_name, strlen( $col_prefix ) );
					}
				}
				$keys[ $column ] = $key;
			}
			$cell = null === $processor->get_attribute( 'hidden' ) ? $key : '';
			$text = '';
		} elseif ( 'TH' === $tag || 'TD' === $tag ) {
			if ( 'TBODY' === $section && '' !== $cell && null !== $cell ) {
				$row[ $cell ] = trim( preg_replace( '/\s+/u', ' ', $text ) );
			}
			$cell = null;
			++$column;
		}
	}
	return $rows;
}

/**
 * The synced pattern a `core/block` reference points to, when core's own
 * render of that block would show it: a published, unprotected `wp_block`.
 * Anything else (a post, a draft, a private or password-protected pattern)
 * is not read, so its words cannot reach the graph.
 *
 * @param int $ref The reference's post id.
 * @return WP_Post|null
 */
function william_health_blocks_synced_pattern( $ref ) {
	$synced = get_post( $ref );
	if ( ! $synced || 'wp_block' !== $synced->post_type ) {
		return null;
	}
	if ( 'publish' !== $synced->post_status || '' !== $synced->post_password ) {
		return null;
	}
	return $synced;
}

/**
 * Our blocks in the post, synced patterns resolved, depth first.
 *
 * @param array $blocks Parsed blocks.
 * @param int   $depth  Nesting of synced patterns, to stop loops.
 * @return array Blocks of the william-health namespace.
 */
function william_health_blocks_collect( $blocks, $depth = 0 ) {
	$found = array();
	foreach ( $blocks as $block ) {
		if ( 'core/block' === $block['blockName'] && ! empty( $block['attrs']['ref'] ) && $depth < 5 ) {
			$synced = william_health_blocks_synced_pattern( (int) $block['attrs']['ref'] );
			if ( $synced ) {
				$found = array_merge( $found, william_health_blocks_collect( parse_blocks( $synced->post_content ), $depth + 1 ) );
			}
			continue;
		}
		if ( is_string( $block['blockName'] ) && 0 === strpos( $block['blockName'], 'william-health/' ) ) {
			$found[] = $block;
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$found = array_merge( $found, william_health_blocks_collect( $block['innerBlocks'], $depth ) );
		}
	}
	return $found;
}
