<?php
/**
 * Title: Search form
 * Slug: william-inc/hidden-search
 * Inserter: no
 * Description: A search form with a visible label.
 *
 * @package WilliamInc
 */

?>
<!-- wp:search {"label":"<?php echo esc_attr__( 'Search articles', 'william-inc' ); ?>","buttonText":"<?php echo esc_attr__( 'Search', 'william-inc' ); ?>"} /-->
