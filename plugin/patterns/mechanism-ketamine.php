<?php // Generated from patterns/mechanism-ketamine.ts by `npm run patterns:update`: edit that file, not this one.
/**
 * Title: Example article part: ketamine mechanism of action
 * Slug: william-health-blocks/mechanism-ketamine
 * Keywords: mechanism, diagram, ketamine, NMDA, AMPA, BDNF, glutamate
 * Inserter: no
 * Description: The ketamine example article's mechanism diagram, from blocking NMDA receptors to rapid relief. Part of that example only: new articles start from the mechanism diagram with guidance.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:william-health/mechanism-diagram -->
<figure class="wp-block-william-health-mechanism-diagram alignwide"><ol class="wp-block-william-health-mechanism-diagram__steps"><!-- wp:william-health/mechanism-step {"kind":"drug"} -->
<li class="wp-block-william-health-mechanism-step is-kind-drug"><span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'Ketamine', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Drug', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'An NMDA receptor antagonist', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step -->

<!-- wp:william-health/mechanism-step {"relation":"blocks","kind":"receptor"} -->
<li class="wp-block-william-health-mechanism-step is-kind-receptor"><span class="wp-block-william-health-mechanism-step__relation"><span class="wp-block-william-health-mechanism-step__relation-text"><?php echo esc_html_x( 'blocks', 'relation between mechanism steps', 'william-health-blocks' ); ?></span></span> <span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'NMDA receptors', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Receptor', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'Abnormal glutamate signalling is disrupted', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step -->

<!-- wp:william-health/mechanism-step {"relation":"activates","kind":"receptor"} -->
<li class="wp-block-william-health-mechanism-step is-kind-receptor"><span class="wp-block-william-health-mechanism-step__relation"><span class="wp-block-william-health-mechanism-step__relation-text"><?php echo esc_html_x( 'activates', 'relation between mechanism steps', 'william-health-blocks' ); ?></span></span> <span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'AMPA receptors', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Receptor', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'Activated indirectly, enhancing plasticity', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step -->

<!-- wp:william-health/mechanism-step {"relation":"increases","kind":"protein"} -->
<li class="wp-block-william-health-mechanism-step is-kind-protein"><span class="wp-block-william-health-mechanism-step__relation"><span class="wp-block-william-health-mechanism-step__relation-text"><?php echo esc_html_x( 'increases', 'relation between mechanism steps', 'william-health-blocks' ); ?></span></span> <span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'BDNF', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Protein', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'Brain-derived neurotrophic factor rises', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step -->

<!-- wp:william-health/mechanism-step {"relation":"increases"} -->
<li class="wp-block-william-health-mechanism-step is-kind-process"><span class="wp-block-william-health-mechanism-step__relation"><span class="wp-block-william-health-mechanism-step__relation-text"><?php echo esc_html_x( 'increases', 'relation between mechanism steps', 'william-health-blocks' ); ?></span></span> <span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'Synaptic plasticity', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Process', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'Synapses strengthen and reconnect', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step -->

<!-- wp:william-health/mechanism-step {"relation":"leads-to","kind":"outcome"} -->
<li class="wp-block-william-health-mechanism-step is-kind-outcome"><span class="wp-block-william-health-mechanism-step__relation"><span class="wp-block-william-health-mechanism-step__relation-text"><?php echo esc_html_x( 'leads to', 'relation between mechanism steps', 'william-health-blocks' ); ?></span></span> <span class="wp-block-william-health-mechanism-step__box"><strong class="wp-block-william-health-mechanism-step__label"><?php echo esc_html__( 'Rapid relief', 'william-health-blocks' ); ?></strong> <span class="wp-block-william-health-mechanism-step__kind"><?php echo esc_html__( 'Outcome', 'william-health-blocks' ); ?></span> <span class="wp-block-william-health-mechanism-step__description"><?php echo esc_html__( 'Often within hours to days', 'william-health-blocks' ); ?></span></span></li>
<!-- /wp:william-health/mechanism-step --></ol><figcaption class="wp-block-william-health-mechanism-diagram__caption"><?php echo esc_html__( 'How ketamine is thought to relieve depression: from blocking NMDA receptors to rapid relief.', 'william-health-blocks' ); ?></figcaption></figure>
<!-- /wp:william-health/mechanism-diagram -->
