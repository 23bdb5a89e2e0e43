<?php
/**
 * Title: Footer
 * Slug: william-inc/hidden-footer
 * Inserter: no
 * Description: The medical disclaimer and copyright line.
 *
 * @package WilliamInc
 */

?>
<!-- wp:group {"align":"full","style":{"spacing":{"padding":{"top":"var:preset|spacing|50","bottom":"var:preset|spacing|50"}}},"backgroundColor":"accent-2","layout":{"type":"constrained","contentSize":"64rem"}} -->
<div class="wp-block-group alignfull has-accent-2-background-color has-background" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<!-- wp:site-title {"level":0,"fontSize":"medium"} /-->
<!-- wp:paragraph {"fontSize":"small"} -->
<p class="has-small-font-size"><?php echo esc_html__( 'William Inc. publishes health information for education. It does not replace advice from a doctor or other qualified clinician about your own situation. In an emergency, call your local emergency number.', 'william-inc' ); ?></p>
<!-- /wp:paragraph -->
<!-- wp:paragraph {"fontSize":"small","textColor":"accent-3"} -->
<p class="has-accent-3-color has-text-color has-small-font-size">
<?php
echo esc_html(
	sprintf(
		/* translators: %s: the current year. */
		__( '© %s William Inc. All rights reserved.', 'william-inc' ),
		gmdate( 'Y' )
	)
);
?>
</p>
<!-- /wp:paragraph -->
</div>
<!-- /wp:group -->
