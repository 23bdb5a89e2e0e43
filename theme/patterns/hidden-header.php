<?php
/**
 * Title: Header
 * Slug: william-inc/hidden-header
 * Inserter: no
 * Description: Site title and primary navigation. The navigation never collapses into a script-driven overlay, so readers get no JavaScript.
 *
 * @package WilliamInc
 */

?>
<!-- wp:group {"align":"full","style":{"spacing":{"padding":{"top":"var:preset|spacing|30","bottom":"var:preset|spacing|30"}},"border":{"bottom":{"color":"var:preset|color|accent-4","width":"1px","style":"solid"}}},"layout":{"type":"constrained","contentSize":"64rem"}} -->
<div class="wp-block-group alignfull" style="border-bottom-color:var(--wp--preset--color--accent-4);border-bottom-style:solid;border-bottom-width:1px;padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<!-- wp:group {"layout":{"type":"flex","flexWrap":"wrap","justifyContent":"space-between"}} -->
<div class="wp-block-group">
<!-- wp:site-title {"level":0} /-->
<!-- wp:navigation {"overlayMenu":"never","ariaLabel":"<?php echo esc_attr__( 'Primary', 'william-inc' ); ?>","layout":{"type":"flex","flexWrap":"wrap"}} -->
<!-- wp:navigation-link {"label":"<?php echo esc_attr( __( 'Articles', 'william-inc' ) ); ?>","url":"<?php echo esc_url( home_url( '/' ) ); ?>","kind":"custom"} /-->
<!-- wp:navigation-link {"label":"<?php echo esc_attr( __( 'Search', 'william-inc' ) ); ?>","url":"<?php echo esc_url( home_url( '/?s=' ) ); ?>","kind":"custom"} /-->
<!-- /wp:navigation -->
</div>
<!-- /wp:group -->
</div>
<!-- /wp:group -->
