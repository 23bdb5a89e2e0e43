<?php
/**
 * Title: Medical disclaimer
 * Slug: william-inc/medical-disclaimer
 * Categories: william-inc
 * Keywords: disclaimer, medical advice
 * Description: A short note that the article informs and does not replace a clinician's advice.
 *
 * @package WilliamInc
 */

?>
<!-- wp:group {"className":"william-inc-disclaimer","style":{"spacing":{"padding":{"top":"var:preset|spacing|30","bottom":"var:preset|spacing|30"}},"border":{"top":{"color":"var:preset|color|accent-4","width":"1px","style":"solid"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group william-inc-disclaimer" style="border-top-color:var(--wp--preset--color--accent-4);border-top-style:solid;border-top-width:1px;padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<!-- wp:paragraph {"fontSize":"small","textColor":"accent-3"} -->
<p class="has-accent-3-color has-text-color has-small-font-size"><strong><?php echo esc_html__( 'Medical disclaimer:', 'william-inc' ); ?></strong> <?php echo esc_html__( 'This article explains research for general education. It is not medical advice and does not replace a consultation with a doctor who knows your history. Ketamine and esketamine treatments are given only under medical supervision.', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
</div>
<!-- /wp:group -->
