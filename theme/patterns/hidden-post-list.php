<?php
/**
 * Title: Article list
 * Slug: william-inc/hidden-post-list
 * Inserter: no
 * Description: The articles of the current query with their category, date and summary, and pagination.
 *
 * @package WilliamInc
 */

?>
<!-- wp:query {"queryId":1,"query":{"inherit":true},"layout":{"type":"constrained"}} -->
<div class="wp-block-query">
<!-- wp:post-template {"style":{"spacing":{"blockGap":"var:preset|spacing|50"}}} -->
<!-- wp:group {"style":{"spacing":{"blockGap":"0.5rem"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group">
<!-- wp:post-terms {"term":"category"} /-->
<!-- wp:post-title {"level":2,"isLink":true,"fontSize":"x-large"} /-->
<!-- wp:post-date /-->
<!-- wp:post-excerpt {"moreText":""} /-->
</div>
<!-- /wp:group -->
<!-- /wp:post-template -->
<!-- wp:query-pagination {"layout":{"type":"flex","justifyContent":"space-between"}} -->
<!-- wp:query-pagination-previous /-->
<!-- wp:query-pagination-numbers /-->
<!-- wp:query-pagination-next /-->
<!-- /wp:query-pagination -->
<!-- wp:query-no-results -->
<!-- wp:paragraph -->
<p><?php echo esc_html__( 'No articles were found here. Try a search, or browse the latest articles.', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
<!-- /wp:query-no-results -->
</div>
<!-- /wp:query -->
