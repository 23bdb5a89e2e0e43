<?php // Generated from patterns/mechanism-skeleton.ts by `npm run patterns:update`: edit that file, not this one.
/**
 * Title: Mechanism diagram with guidance
 * Slug: william-health-blocks/mechanism-skeleton
 * Categories: william-health
 * Keywords: mechanism, diagram, pathway, how it works, steps
 * Block Types: william-health/mechanism-diagram
 * Description: A three-step causal chain ready to fill in, from the treatment to the effect readers notice. Rename the steps, change their kind and relation, add or remove steps.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:william-health/mechanism-diagram -->
<figure class="wp-block-william-health-mechanism-diagram alignwide"><ol class="wp-block-william-health-mechanism-diagram__steps"><!-- wp:william-health/mechanism-step {"kind":"drug"} -->
<li class="wp-block-william-health-mechanism-step is-kind-drug"><span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'The treatment', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Drug', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'What it is and what it acts on first', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step -->

<!-- wp:william-health/mechanism-step {"relation":"leads-to"} -->
<li class="wp-block-william-health-mechanism-step is-kind-process"><span class="wp-block-william-health-mechanism-step__relation"><span class="wp-block-william-health-mechanism-step__relation-text"><?php echo esc_html_x( 'leads to', 'relation between mechanism steps', 'william-health-blocks' ); ?></span></span> <span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'What changes in the body', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Process', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'One step per change the evidence describes', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step -->

<!-- wp:william-health/mechanism-step {"relation":"leads-to","kind":"outcome"} -->
<li class="wp-block-william-health-mechanism-step is-kind-outcome"><span class="wp-block-william-health-mechanism-step__relation"><span class="wp-block-william-health-mechanism-step__relation-text"><?php echo esc_html_x( 'leads to', 'relation between mechanism steps', 'william-health-blocks' ); ?></span></span> <span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'The effect readers notice', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Outcome', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'What changes for them, and how soon', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step --></ol><figcaption class="wp-block-william-health-mechanism-diagram__caption"><?php echo esc_html__( 'Say in one sentence what the diagram shows, for example how the treatment is thought to work.', 'william-health-blocks' ); ?></figcaption></figure>
<!-- /wp:william-health/mechanism-diagram -->
