<?php // Generated from patterns/safety-notice-skeleton.ts by `npm run patterns:update`: edit that file, not this one.
/**
 * Title: Safety notice with guidance
 * Slug: william-health-blocks/safety-notice-skeleton
 * Categories: william-health
 * Keywords: safety, side effects, risk, warning, notice
 * Block Types: william-health/safety-notice
 * Description: A safety notice ready to fill in: each field says what belongs in it. Replace the text with the risk of your own article.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:william-health/safety-notice -->
<aside class="wp-block-william-health-safety-notice is-level-warning" aria-labelledby="safety-notice-guidance"><p class="wp-block-william-health-safety-notice__badge" aria-hidden="true"><span class="wp-block-william-health-safety-notice__label"><?php echo esc_html__( 'Important', 'william-health-blocks' ); ?></span></p><h3 class="wp-block-william-health-safety-notice__heading" id="safety-notice-guidance"><span class="wp-block-william-health-safety-notice__level-prefix screen-reader-text"><?php echo esc_html__( 'Important', 'william-health-blocks' ); ?>: </span><span class="wp-block-william-health-safety-notice__heading-text"><?php echo esc_html__( 'Name the risk in a few words', 'william-health-blocks' ); ?></span></h3><div class="wp-block-william-health-safety-notice__body"><!-- wp:paragraph -->
<p><?php echo esc_html__( 'Describe the risk in plain words: what can happen, to whom, how often and how serious it is. Choose how urgent it is with the level in the block toolbar.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph --></div><p class="wp-block-william-health-safety-notice__action"><?php echo esc_html__( 'Say what the reader should do about it, for example when to call their doctor.', 'william-health-blocks' ); ?></p></aside>
<!-- /wp:william-health/safety-notice -->
