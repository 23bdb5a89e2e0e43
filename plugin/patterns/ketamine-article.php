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
<p><?php echo esc_html__( 'In recent years, ketamine has emerged as a groundbreaking treatment for severe depression and anxiety, offering new hope to those who have not found relief through traditional therapies.', 'william-health-blocks' ); ?><sup data-ref="rzara" id="cite-zint1" class="william-health-citation"><a href="#ref-rzara">1</a></sup> <?php echo esc_html__( 'But what exactly makes ketamine so effective? In this blog post, we will delve into the science behind ketamine\'s efficacy, exploring its mechanisms of action and the clinical evidence supporting its use.', 'william-health-blocks' ); ?></p>
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
<p><?php echo esc_html__( 'One of the most remarkable aspects of ketamine treatment is its rapid onset. Traditional antidepressants can take weeks to show effects, but ketamine often provides relief within hours to days.', 'william-health-blocks' ); ?><sup data-ref="rzara" id="cite-zons1" class="william-health-citation"><a href="#ref-rzara">1</a></sup> <?php echo esc_html__( 'This rapid response is particularly beneficial for individuals experiencing severe depressive episodes or suicidal ideation.', 'william-health-blocks' ); ?><sup data-ref="rwilk" id="cite-wons1" class="william-health-citation"><a href="#ref-rwilk">2</a></sup></p>
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
<p><?php echo esc_html__( 'The science behind why ketamine works for severe depression and anxiety lies in its unique mechanism of action on glutamate pathways and its ability to promote rapid synaptic plasticity. With robust clinical evidence supporting its use, ketamine represents a paradigm shift in psychiatric treatment—offering rapid relief when traditional methods fall short.', 'william-health-blocks' ); ?><sup data-ref="rzara" id="cite-zcon1" class="william-health-citation"><a href="#ref-rzara">1</a></sup> <?php echo esc_html__( 'However, it remains essential that this powerful tool is wielded responsibly within well-regulated medical frameworks to maximize benefits while minimizing risks.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'As research continues to evolve, we may uncover even more about how this fascinating compound can transform mental health care for millions worldwide.', 'william-health-blocks' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading"><?php echo esc_html__( 'References', 'william-health-blocks' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:william-health/references {"backText":"<?php echo substr( serialize_block_attributes( __( 'Back to the text', 'william-health-blocks' ) ), 1, -1 ); ?>"} -->
<div class="wp-block-william-health-references"><ol class="wp-block-william-health-references__list"><li id="ref-rzara" data-ref="rzara" class="wp-block-william-health-references__entry"><span class="wp-block-william-health-references__authors" data-value="Zarate CA Jr, Singh JB, Carlson PJ, et al">Zarate CA Jr, Singh JB, Carlson PJ, et al</span>. <span class="wp-block-william-health-references__title">A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression</span>. <span class="wp-block-william-health-references__journal">Arch Gen Psychiatry</span>. <span class="wp-block-william-health-references__year" data-value="2006">2006</span>;<span class="wp-block-william-health-references__volume">63</span>(<span class="wp-block-william-health-references__issue">8</span>):<span class="wp-block-william-health-references__pages" data-value="856-64">856-64</span>. doi: <a href="https://doi.org/10.1001/archpsyc.63.8.856"><span class="wp-block-william-health-references__doi">10.1001/archpsyc.63.8.856</span></a> PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/16894061/"><span class="wp-block-william-health-references__pmid">16894061</span></a><span class="wp-block-william-health-references__backlinks"> <span aria-hidden="true">↩</span> <a class="wp-block-william-health-references__backlink" href="#cite-zint1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?> a">a</a> <a class="wp-block-william-health-references__backlink" href="#cite-zons1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?> b">b</a> <a class="wp-block-william-health-references__backlink" href="#cite-zevi1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?> c">c</a> <a class="wp-block-william-health-references__backlink" href="#cite-zcon1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?> d">d</a></span></li><li id="ref-rwilk" data-ref="rwilk" class="wp-block-william-health-references__entry"><span class="wp-block-william-health-references__authors" data-value="Wilkinson ST, Ballard ED, Bloch MH, et al">Wilkinson ST, Ballard ED, Bloch MH, et al</span>. <span class="wp-block-william-health-references__title">The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis</span>. <span class="wp-block-william-health-references__journal">Am J Psychiatry</span>. <span class="wp-block-william-health-references__year" data-value="2018">2018</span>;<span class="wp-block-william-health-references__volume">175</span>(<span class="wp-block-william-health-references__issue">2</span>):<span class="wp-block-william-health-references__pages" data-value="150-8">150-8</span>. doi: <a href="https://doi.org/10.1176/appi.ajp.2017.17040472"><span class="wp-block-william-health-references__doi">10.1176/appi.ajp.2017.17040472</span></a> PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/28969441/"><span class="wp-block-william-health-references__pmid">28969441</span></a><span class="wp-block-william-health-references__backlinks"> <span aria-hidden="true">↩</span> <a class="wp-block-william-health-references__backlink" href="#cite-wons1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?> a">a</a> <a class="wp-block-william-health-references__backlink" href="#cite-wevi1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?> b">b</a></span></li><li id="ref-rglue" data-ref="rglue" class="wp-block-william-health-references__entry"><span class="wp-block-william-health-references__authors" data-value="Glue P, Medlicott NJ, Harland S, et al">Glue P, Medlicott NJ, Harland S, et al</span>. <span class="wp-block-william-health-references__title">Ketamine's dose-related effects on anxiety symptoms in patients with treatment refractory anxiety disorders</span>. <span class="wp-block-william-health-references__journal">J Psychopharmacol</span>. <span class="wp-block-william-health-references__year" data-value="2017">2017</span>;<span class="wp-block-william-health-references__volume">31</span>(<span class="wp-block-william-health-references__issue">10</span>):<span class="wp-block-william-health-references__pages" data-value="1302-5">1302-5</span>. doi: <a href="https://doi.org/10.1177/0269881117705089"><span class="wp-block-william-health-references__doi">10.1177/0269881117705089</span></a> PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/28441895/"><span class="wp-block-william-health-references__pmid">28441895</span></a><span class="wp-block-william-health-references__backlinks"> <a class="wp-block-william-health-references__backlink" href="#cite-gevi1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?>">↩</a></span></li><li id="ref-rtayl" data-ref="rtayl" class="wp-block-william-health-references__entry"><span class="wp-block-william-health-references__authors" data-value="Taylor JH, Landeros-Weisenberger A, Coughlin C, et al">Taylor JH, Landeros-Weisenberger A, Coughlin C, et al</span>. <span class="wp-block-william-health-references__title">Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial</span>. <span class="wp-block-william-health-references__journal">Neuropsychopharmacology</span>. <span class="wp-block-william-health-references__year" data-value="2018">2018</span>;<span class="wp-block-william-health-references__volume">43</span>(<span class="wp-block-william-health-references__issue">2</span>):<span class="wp-block-william-health-references__pages" data-value="325-33">325-33</span>. doi: <a href="https://doi.org/10.1038/npp.2017.194"><span class="wp-block-william-health-references__doi">10.1038/npp.2017.194</span></a> PMCID: <a href="https://pmc.ncbi.nlm.nih.gov/articles/PMC5729569/"><span class="wp-block-william-health-references__pmcid">PMC5729569</span></a><span class="wp-block-william-health-references__backlinks"> <a class="wp-block-william-health-references__backlink" href="#cite-tevi1" aria-label="<?php echo esc_attr__( 'Back to the text', 'william-health-blocks' ); ?>">↩</a></span></li></ol></div>
<!-- /wp:william-health/references -->
