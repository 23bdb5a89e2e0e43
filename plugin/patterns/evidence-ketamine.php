<?php
/**
 * Title: Example article part: ketamine clinical evidence
 * Slug: william-health-blocks/evidence-ketamine
 * Inserter: no
 * Keywords: evidence, studies, references, ketamine, depression, anxiety
 * Description: The ketamine example article's evidence list: three claims with the checked studies behind them. Part of that example only: new articles start from the evidence list with guidance.
 *
 * @package WilliamHealthBlocks
 */

/**
 * "Design, N participants", worded as the evidence item block words it.
 *
 * @param string $design       Translated design.
 * @param int    $participants Number of participants.
 * @return string
 */
$william_health_describe = static function ( $design, $participants ) {
	return sprintf(
		/* translators: 1: the study description so far, 2: its next part. */
		__( '%1$s, %2$s', 'william-health-blocks' ),
		$design,
		/* translators: %d: number of people in the study. */
		sprintf( _n( '%d participant', '%d participants', $participants, 'william-health-blocks' ), $participants )
	);
};
$william_health_rct_18   = $william_health_describe( __( 'Randomised controlled trial', 'william-health-blocks' ), 18 );
$william_health_meta_167 = $william_health_describe( __( 'Meta-analysis', 'william-health-blocks' ), 167 );
$william_health_as_of    = sprintf(
	/* translators: %s: the date the evidence was last checked. */
	__( 'Evidence as of %s', 'william-health-blocks' ),
	date_i18n( get_option( 'date_format' ), strtotime( '2026-11-27 12:00:00' ) )
);
?>
<!-- wp:william-health/evidence-list -->
<div class="wp-block-william-health-evidence-list"><ol class="wp-block-william-health-evidence-list__items"><!-- wp:william-health/evidence-item {"design":"randomised-controlled-trial","participants":18} -->
<li class="wp-block-william-health-evidence-item"><p class="wp-block-william-health-evidence-item__finding"><strong><?php echo esc_html__( 'Treatment-Resistant Depression:', 'william-health-blocks' ); ?></strong> <?php echo esc_html__( 'Research published in journals like JAMA Psychiatry has shown that intravenous ketamine infusions significantly reduce depressive symptoms in patients who have not responded to other treatments.', 'william-health-blocks' ); ?></p><p class="wp-block-william-health-evidence-item__context"><span class="wp-block-william-health-evidence-item__condition"><?php echo esc_html__( 'Treatment-resistant major depression', 'william-health-blocks' ); ?></span> · <span class="wp-block-william-health-evidence-item__summary"><?php echo esc_html( $william_health_rct_18 ); ?></span></p><p class="wp-block-william-health-evidence-item__reference"><span class="wp-block-william-health-evidence-item__authors">Zarate CA Jr, Singh JB, Carlson PJ, et al</span>. <span class="wp-block-william-health-evidence-item__title">A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression</span>. <cite class="wp-block-william-health-evidence-item__journal">Arch Gen Psychiatry</cite>. <span class="wp-block-william-health-evidence-item__year">2006</span>. <span class="wp-block-william-health-evidence-item__doi">doi: <a href="https://doi.org/10.1001/archpsyc.63.8.856"><span class="wp-block-william-health-evidence-item__doi-value">10.1001/archpsyc.63.8.856</span></a> </span><span class="wp-block-william-health-evidence-item__pmid">PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/16894061/"><span class="wp-block-william-health-evidence-item__pmid-value">16894061</span></a> </span></p></li>
<!-- /wp:william-health/evidence-item -->

<!-- wp:william-health/evidence-item {"design":"randomised-controlled-trial","participants":18} -->
<li class="wp-block-william-health-evidence-item"><p class="wp-block-william-health-evidence-item__finding"><strong><?php echo esc_html__( 'Anxiety Disorders:', 'william-health-blocks' ); ?></strong> <?php echo esc_html__( 'Studies indicate that ketamine can alleviate symptoms of generalized anxiety disorder (GAD) and social anxiety disorder (SAD), providing another therapeutic avenue for those suffering from these conditions.', 'william-health-blocks' ); ?></p><p class="wp-block-william-health-evidence-item__context"><span class="wp-block-william-health-evidence-item__condition"><?php echo esc_html__( 'Social anxiety disorder', 'william-health-blocks' ); ?></span> · <span class="wp-block-william-health-evidence-item__summary"><?php echo esc_html( $william_health_rct_18 ); ?></span></p><p class="wp-block-william-health-evidence-item__reference"><span class="wp-block-william-health-evidence-item__authors">Taylor JH, Landeros-Weisenberger A, Coughlin C, et al</span>. <span class="wp-block-william-health-evidence-item__title">Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial</span>. <cite class="wp-block-william-health-evidence-item__journal">Neuropsychopharmacology</cite>. <span class="wp-block-william-health-evidence-item__year">2018</span>. <span class="wp-block-william-health-evidence-item__doi">doi: <a href="https://doi.org/10.1038/npp.2017.194"><span class="wp-block-william-health-evidence-item__doi-value">10.1038/npp.2017.194</span></a> </span><span class="wp-block-william-health-evidence-item__url"><a href="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5729569/"><span class="wp-block-william-health-evidence-item__url-value">https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5729569/</span></a> </span></p></li>
<!-- /wp:william-health/evidence-item -->

<!-- wp:william-health/evidence-item {"design":"meta-analysis","participants":167} -->
<li class="wp-block-william-health-evidence-item"><p class="wp-block-william-health-evidence-item__finding"><strong><?php echo esc_html__( 'Suicidal Ideation:', 'william-health-blocks' ); ?></strong> <?php echo esc_html__( 'Ketamine\'s ability to rapidly reduce suicidal thoughts has been documented in multiple clinical trials, making it a critical tool in emergency psychiatric care.', 'william-health-blocks' ); ?></p><p class="wp-block-william-health-evidence-item__context"><span class="wp-block-william-health-evidence-item__condition"><?php echo esc_html__( 'Suicidal ideation', 'william-health-blocks' ); ?></span> · <span class="wp-block-william-health-evidence-item__summary"><?php echo esc_html( $william_health_meta_167 ); ?></span></p><p class="wp-block-william-health-evidence-item__reference"><span class="wp-block-william-health-evidence-item__authors">Wilkinson ST, Ballard ED, Bloch MH, et al</span>. <span class="wp-block-william-health-evidence-item__title">The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis</span>. <cite class="wp-block-william-health-evidence-item__journal">Am J Psychiatry</cite>. <span class="wp-block-william-health-evidence-item__year">2018</span>. <span class="wp-block-william-health-evidence-item__doi">doi: <a href="https://doi.org/10.1176/appi.ajp.2017.17040472"><span class="wp-block-william-health-evidence-item__doi-value">10.1176/appi.ajp.2017.17040472</span></a> </span><span class="wp-block-william-health-evidence-item__pmid">PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/28969441/"><span class="wp-block-william-health-evidence-item__pmid-value">28969441</span></a> </span></p></li>
<!-- /wp:william-health/evidence-item --></ol><p class="wp-block-william-health-evidence-list__as-of"><time datetime="2026-11-27"><?php echo esc_html( $william_health_as_of ); ?></time></p></div>
<!-- /wp:william-health/evidence-list -->