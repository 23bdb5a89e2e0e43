<?php
/**
 * Title: Related articles
 * Slug: william-inc/hidden-related-articles
 * Inserter: no
 * Description: Up to three other articles from the same category (chosen in functions.php).
 *
 * @package WilliamInc
 */

?>
<!-- wp:group {"tagName":"section","className":"william-inc-related","layout":{"type":"constrained"}} -->
<section class="wp-block-group william-inc-related">
<!-- wp:heading {"fontSize":"large"} -->
<h2 class="wp-block-heading has-large-font-size"><?php echo esc_html__( 'Related articles', 'william-inc' ); ?></h2>
<!-- /wp:heading -->
<!-- wp:query {"queryId":7,"query":{"perPage":3,"pages":0,"offset":0,"postType":"post","order":"desc","orderBy":"date","inherit":false,"williamIncRelated":true}} -->
<div class="wp-block-query">
<!-- wp:post-template -->
<!-- wp:post-title {"level":3,"isLink":true,"fontSize":"medium"} /-->
<!-- /wp:post-template -->
<!-- wp:query-no-results -->
<!-- wp:paragraph -->
<p><?php echo esc_html__( 'More articles on this topic are on the way.', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
<!-- /wp:query-no-results -->
</div>
<!-- /wp:query -->
</section>
<!-- /wp:group -->
