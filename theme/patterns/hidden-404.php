<?php
/**
 * Title: Page not found
 * Slug: william-inc/hidden-404
 * Inserter: no
 * Description: What a reader sees when an address leads nowhere.
 *
 * @package WilliamInc
 */

?>
<!-- wp:heading {"level":1} -->
<h1 class="wp-block-heading"><?php echo esc_html__( 'Page not found', 'william-inc' ); ?></h1>
<!-- /wp:heading -->
<!-- wp:paragraph -->
<p><?php echo esc_html__( 'The page you were looking for has moved or never existed. Search the articles, or go to the latest ones.', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
<!-- wp:pattern {"slug":"william-inc/hidden-search"} /-->
