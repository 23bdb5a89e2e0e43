<?php // Generated from patterns/starter-evidence-article.ts by `npm run patterns:update`: edit that file, not this one.
/**
 * Title: Evidence-based article
 * Slug: william-health-blocks/starter-evidence-article
 * Categories: william-health, featured
 * Keywords: article, evidence, starter, health, skeleton, template
 * Block Types: core/post-content
 * Post Types: post
 * Description: The outline of a health article on any treatment: sections with all four blocks, each saying what to write where. Replace the guidance with your own text.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Start with what readers most need to know, in two or three plain sentences: what the treatment is, whom it is for, and what the evidence says about it.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'How it works', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Explain how the treatment is thought to work, in words a reader without medical training follows. The diagram below shows the same chain of cause and effect, one step per box.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<?php require __DIR__ . '/mechanism-skeleton.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'What the evidence shows', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Say how strong the evidence is overall and where it is still thin. List each claim below with the study behind it.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<?php require __DIR__ . '/evidence-skeleton.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Safety and side effects', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Name the common side effects and the rare serious ones, and who should not take the treatment. Put each risk a reader must act on in a safety notice.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<?php require __DIR__ . '/safety-notice-skeleton.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'How it is given', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Compare the ways the treatment is given: one row per route, with where it is given and its regulatory status.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<?php require __DIR__ . '/routes-skeleton.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Conclusion', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Sum up what the evidence supports, what it does not yet show, and when to talk to a doctor.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'References', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Cite each claim where you make it: select its words and press “Cite” in the toolbar (Shift+Alt+C) to find a source of this list or add one by its DOI, PMID or PMCID. The list numbers the sources in the order the text first cites them.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:william-health/references -->
<div class="wp-block-william-health-references"></div>
<!-- /wp:william-health/references -->
