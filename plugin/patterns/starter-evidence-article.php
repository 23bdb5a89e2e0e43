<?php
/**
 * Title: Evidence-based article
 * Slug: william-health-blocks/starter-evidence-article
 * Categories: william-health, featured
 * Keywords: article, evidence, starter, health
 * Block Types: core/post-content
 * Post Types: post
 * Description: A health article's skeleton with all four blocks, filled with the ketamine example: replace it with your own mechanism, evidence, risks and routes.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Start with what readers most need to know, in two or three plain sentences.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'How it works', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<?php require __DIR__ . '/mechanism-ketamine.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'What the evidence shows', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<?php require __DIR__ . '/evidence-ketamine.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Safety and side effects', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<?php require __DIR__ . '/side-effects-notice.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'How it is given', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<?php require __DIR__ . '/routes-ketamine.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Conclusion', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Sum up what the evidence supports, what it does not yet show, and when to talk to a doctor.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->
