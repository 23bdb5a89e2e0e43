<?php // Generated from patterns/evidence-skeleton.ts by `npm run patterns:update`: edit that file, not this one.
/**
 * Title: Evidence list with guidance
 * Slug: william-health-blocks/evidence-skeleton
 * Categories: william-health
 * Keywords: evidence, studies, references, citations, sources
 * Block Types: william-health/evidence-list
 * Description: An evidence list ready to fill in: one item per claim, each saying what to write and where the study's details go.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:william-health/evidence-list -->
<div class="wp-block-william-health-evidence-list"><ol class="wp-block-william-health-evidence-list__items"><!-- wp:william-health/evidence-item -->
<li class="wp-block-william-health-evidence-item"><p class="wp-block-william-health-evidence-item__finding"><strong><?php echo esc_html__( 'The claim in a few words:', 'william-health-blocks' ); ?></strong> <?php echo esc_html__( 'what the best study behind it found, in one or two plain sentences: who took part, what was compared and what changed.', 'william-health-blocks' ); ?></p><p class="wp-block-william-health-evidence-item__context"><span class="wp-block-william-health-evidence-item__condition"><?php echo esc_html__( 'The condition studied', 'william-health-blocks' ); ?></span></p></li>
<!-- /wp:william-health/evidence-item -->

<!-- wp:william-health/evidence-item -->
<li class="wp-block-william-health-evidence-item"><p class="wp-block-william-health-evidence-item__finding"><strong><?php echo esc_html__( 'One item per claim:', 'william-health-blocks' ); ?></strong> <?php echo esc_html__( 'select an item to add its study in the block settings: the design, the number of participants, the certainty of evidence and its source, chosen from the References list or added to it by DOI, PMID or PMCID.', 'william-health-blocks' ); ?></p><p class="wp-block-william-health-evidence-item__context"><span class="wp-block-william-health-evidence-item__condition"><?php echo esc_html__( 'The condition studied', 'william-health-blocks' ); ?></span></p></li>
<!-- /wp:william-health/evidence-item --></ol></div>
<!-- /wp:william-health/evidence-list -->
