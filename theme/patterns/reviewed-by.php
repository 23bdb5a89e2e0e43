<?php
/**
 * Title: Reviewed by
 * Slug: william-inc/reviewed-by
 * Categories: william-inc
 * Keywords: review, reviewer, medical review
 * Description: Who reviewed the article, when, and when the next review is due; filled by the William Health Blocks plugin's review source and hidden when no reviewer is named.
 *
 * @package WilliamInc
 */

?>
<!-- wp:group {"className":"william-inc-review-box","style":{"spacing":{"padding":{"top":"var:preset|spacing|30","bottom":"var:preset|spacing|30","left":"var:preset|spacing|30","right":"var:preset|spacing|30"}},"border":{"width":"1px","color":"var:preset|color|accent-4","radius":"4px"}},"backgroundColor":"accent-2","layout":{"type":"constrained"}} -->
<div class="wp-block-group william-inc-review-box has-border-color has-accent-2-background-color has-background" style="border-color:var(--wp--preset--color--accent-4);border-width:1px;border-radius:4px;padding-top:var(--wp--preset--spacing--30);padding-right:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30);padding-left:var(--wp--preset--spacing--30)">
<!-- wp:paragraph {"metadata":{"bindings":{"content":{"source":"william-health/review","args":{"key":"reviewed-by"}}}},"className":"william-inc-reviewed-by","fontSize":"small"} -->
<p class="william-inc-reviewed-by has-small-font-size"></p>
<!-- /wp:paragraph -->
<!-- wp:paragraph {"metadata":{"bindings":{"content":{"source":"william-health/review","args":{"key":"next-review"}}}},"className":"william-inc-next-review","fontSize":"small"} -->
<p class="william-inc-next-review has-small-font-size"></p>
<!-- /wp:paragraph -->
</div>
<!-- /wp:group -->
