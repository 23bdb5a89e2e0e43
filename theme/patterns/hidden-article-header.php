<?php
/**
 * Title: Article header
 * Slug: william-inc/hidden-article-header
 * Inserter: no
 * Description: Category, title, byline, the published date and the medical review of an article (filled by the William Health Blocks plugin's review source).
 *
 * @package WilliamInc
 */

?>
<!-- wp:group {"tagName":"header","className":"william-inc-article-header","layout":{"type":"constrained"}} -->
<header class="wp-block-group william-inc-article-header">
<!-- wp:post-terms {"term":"category"} /-->
<!-- wp:post-title {"level":1} /-->
<!-- wp:group {"className":"william-inc-byline","style":{"spacing":{"blockGap":"0.25rem 1rem"}},"layout":{"type":"flex","flexWrap":"wrap"},"fontSize":"small"} -->
<div class="wp-block-group william-inc-byline has-small-font-size">
<!-- wp:post-author-name {"isLink":false} /-->
<!-- wp:group {"style":{"spacing":{"blockGap":"0.35em"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group">
<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Published', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
<!-- wp:post-date /-->
</div>
<!-- /wp:group -->
<!-- wp:paragraph {"metadata":{"bindings":{"content":{"source":"william-health/review","args":{"key":"review"}}}},"className":"william-inc-last-reviewed"} -->
<p class="william-inc-last-reviewed"></p>
<!-- /wp:paragraph -->
</div>
<!-- /wp:group -->
</header>
<!-- /wp:group -->
