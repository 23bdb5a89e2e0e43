<?php // Generated from patterns/ketamine-article.ts by `npm run patterns:update`: edit that file, not this one.
/**
 * Title: Example: Ketamine for severe depression and anxiety (full article)
 * Slug: william-health-blocks/ketamine-article
 * Categories: william-health
 * Keywords: example, ketamine, depression, anxiety, article
 * Block Types: core/post-content
 * Post Types: post
 * Description: An example to learn from: William Inc.'s article "Breaking Down the Science: Why Ketamine Works for Severe Depression and Anxiety", built with all four blocks. To write your own article, start from "Evidence-based article" instead.
 *
 * @package WilliamHealthBlocks
 */

?>
<!-- wp:paragraph -->
<p><?php echo esc_html__( 'In recent years, ketamine has emerged as a groundbreaking treatment for severe depression and anxiety, offering new hope to those who have not found relief through traditional therapies. But what exactly makes ketamine so effective? In this blog post, we will delve into the science behind ketamine\'s efficacy, exploring its mechanisms of action and the clinical evidence supporting its use.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'The Mechanisms of Action', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Ketamine primarily acts on the brain\'s glutamate system, a departure from the traditional focus on serotonin and norepinephrine in treating depression. Glutamate is the most abundant excitatory neurotransmitter in the brain, playing a crucial role in synaptic plasticity—the ability of synapses to strengthen or weaken over time, which is essential for learning and memory.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<?php require __DIR__ . '/mechanism-ketamine.php'; ?>

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading"><?php echo esc_html__( 'NMDA Receptor Antagonism', 'william-health-blocks' ); ?></h3>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Ketamine is an N-methyl-D-aspartate (NMDA) receptor antagonist. By inhibiting these receptors, ketamine disrupts abnormal glutamate signaling associated with depression. This inhibition leads to a cascade of events that ultimately increase levels of brain-derived neurotrophic factor (BDNF), a protein that supports neuron growth and survival.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading"><?php echo esc_html__( 'AMPA Receptor Activation', 'william-health-blocks' ); ?></h3>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Interestingly, ketamine also indirectly activates alpha-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid (AMPA) receptors. This activation further enhances synaptic plasticity and promotes rapid antidepressant effects. The dual action on both NMDA and AMPA receptors sets ketamine apart from other treatments.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading"><?php echo esc_html__( 'Rapid Onset of Effects', 'william-health-blocks' ); ?></h3>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'One of the most remarkable aspects of ketamine treatment is its rapid onset. Traditional antidepressants can take weeks to show effects, but ketamine often provides relief within hours to days. This rapid response is particularly beneficial for individuals experiencing severe depressive episodes or suicidal ideation.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Clinical Evidence', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Numerous studies have demonstrated ketamine\'s efficacy in treating severe depression and anxiety:', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<?php require __DIR__ . '/evidence-ketamine.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Safety and Side Effects', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<?php require __DIR__ . '/side-effects-notice.php'; ?>

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Administration Methods', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Ketamine can be administered through various routes:', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<?php require __DIR__ . '/routes-ketamine.php'; ?>

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Each method comes with its own set of benefits and challenges, tailored to individual patient needs.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'Conclusion', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'The science behind why ketamine works for severe depression and anxiety lies in its unique mechanism of action on glutamate pathways and its ability to promote rapid synaptic plasticity. With robust clinical evidence supporting its use, ketamine represents a paradigm shift in psychiatric treatment—offering rapid relief when traditional methods fall short. However, it remains essential that this powerful tool is wielded responsibly within well-regulated medical frameworks to maximize benefits while minimizing risks.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'As research continues to evolve, we may uncover even more about how this fascinating compound can transform mental health care for millions worldwide.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->
