<?php
/**
 * Title: Medical disclaimer
 * Slug: william-inc/hidden-medical-disclaimer
 * Inserter: no
 * Description: The default text of the "Medical disclaimer" template part, shown under every article. Administrators change it in the Site Editor; it names no treatment, so it fits every article.
 *
 * @package WilliamInc
 */

?>
<!-- wp:group {"className":"william-inc-disclaimer","style":{"spacing":{"padding":{"top":"var:preset|spacing|30","bottom":"var:preset|spacing|30"}},"border":{"top":{"color":"var:preset|color|accent-4","width":"1px","style":"solid"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group william-inc-disclaimer" style="border-top-color:var(--wp--preset--color--accent-4);border-top-style:solid;border-top-width:1px;padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<!-- wp:paragraph {"fontSize":"small","textColor":"accent-3"} -->
<p class="has-accent-3-color has-text-color has-small-font-size"><strong><?php echo esc_html__( 'Medical disclaimer:', 'william-inc' ); ?></strong> <?php echo esc_html__( 'This article explains research for general education. It is not medical advice and does not replace a consultation with a doctor who knows your history. Do not start, stop or change a treatment without talking to your doctor or pharmacist.', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
</div>
<!-- /wp:group -->
