<?php
/**
 * Title: Home heading
 * Slug: william-inc/hidden-home-heading
 * Inserter: no
 * Description: The heading of the list of latest articles.
 *
 * @package WilliamInc
 */

?>
<!-- wp:heading {"level":1} -->
<h1 class="wp-block-heading"><?php echo esc_html__( 'Latest articles', 'william-inc' ); ?></h1>
<!-- /wp:heading -->
<!-- wp:paragraph {"textColor":"accent-3"} -->
<p class="has-accent-3-color has-text-color"><?php echo esc_html__( 'Health research, explained carefully and checked against its sources.', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
