<?php // Generated from patterns/side-effects-notice.ts by `npm run patterns:update`: edit that file, not this one.
/**
 * Title: Example article part: side effects and supervision
 * Slug: william-health-blocks/side-effects-notice
 * Keywords: safety, side effects, ketamine, supervision, warning
 * Inserter: no
 * Description: The ketamine example article's safety notice (side effects and supervision). Part of that example only: new articles start from the safety notice with guidance.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:william-health/safety-notice -->
<aside class="wp-block-william-health-safety-notice is-level-warning" aria-labelledby="safety-notice-side-effects"><p class="wp-block-william-health-safety-notice__badge" aria-hidden="true"><span class="wp-block-william-health-safety-notice__label"><?php echo esc_html__( 'Important', 'william-health-blocks' ); ?></span></p><h3 class="wp-block-william-health-safety-notice__heading" id="safety-notice-side-effects"><span class="wp-block-william-health-safety-notice__level-prefix screen-reader-text"><?php echo esc_html__( 'Important', 'william-health-blocks' ); ?>: </span><span class="wp-block-william-health-safety-notice__heading-text"><?php echo esc_html__( 'Side effects and supervision', 'william-health-blocks' ); ?></span></h3><div class="wp-block-william-health-safety-notice__body"><!-- wp:paragraph -->
<p><?php echo esc_html__( 'While ketamine shows immense promise, it is not without risks. Potential side effects include dissociation, elevated blood pressure, and nausea. Long-term safety data are still being collected, so it\'s crucial that treatment occurs under strict medical supervision.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph --></div><p class="wp-block-william-health-safety-notice__action"><?php echo esc_html__( 'Esketamine nasal spray is given only in certified healthcare settings, with at least two hours of monitoring after each dose.', 'william-health-blocks' ); ?></p></aside>
<!-- /wp:william-health/safety-notice -->
