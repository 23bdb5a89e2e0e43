<?php
/**
 * A small test harness for the plugin's PHP: named tests, a few assertions,
 * and a report a person can read. It runs inside WordPress (see run.php),
 * so tests call WordPress functions as the plugin does.
 *
 * @package WilliamHealthBlocks
 */

/**
 * The failure of one assertion.
 */
class William_Test_Failure extends Exception {}

/**
 * Registers and runs one test; a test is a function that asserts.
 *
 * @param string   $name What it shows, in words.
 * @param callable $body The test.
 */
function william_test( $name, $body ) {
	global $william_test_results;
	try {
		$body();
		$william_test_results[] = array( true, $name, '' );
	} catch ( Throwable $error ) {
		$where                  = $error instanceof William_Test_Failure ? '' : ' (' . get_class( $error ) . ' at ' . basename( $error->getFile() ) . ':' . $error->getLine() . ')';
		$william_test_results[] = array( false, $name, $error->getMessage() . $where );
	}
}

/**
 * Fails unless two values are identical (===).
 *
 * @param mixed  $expected What the test expects.
 * @param mixed  $actual   What the code gave.
 * @param string $message  What was checked.
 * @throws William_Test_Failure When they differ.
 */
function william_assert_same( $expected, $actual, $message = '' ) {
	if ( $expected !== $actual ) {
		throw new William_Test_Failure(
			trim( $message . "\n      expected: " . wp_json_encode( $expected, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n      actual:   " . wp_json_encode( $actual, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) )
		);
	}
}

/**
 * Fails unless a condition holds.
 *
 * @param bool   $condition The condition.
 * @param string $message   What was checked.
 * @throws William_Test_Failure When it does not hold.
 */
function william_assert_true( $condition, $message ) {
	if ( true !== $condition ) {
		throw new William_Test_Failure( $message );
	}
}

/**
 * Fails when a text contains a needle.
 *
 * @param string $needle   What must not be there.
 * @param string $haystack The text.
 * @param string $message  What was checked.
 * @throws William_Test_Failure When it is there.
 */
function william_assert_not_contains( $needle, $haystack, $message = '' ) {
	if ( false !== strpos( $haystack, $needle ) ) {
		throw new William_Test_Failure( trim( $message . "\n      found: " . $needle ) );
	}
}

/**
 * An evidence list and the References list its item cites, whose fields
 * hold a marker, as saved markup.
 *
 * @param string $marker A word to look for.
 * @return string
 */
function william_test_evidence( $marker ) {
	$item = 'wp-block-william-health-evidence-item';
	$list = 'wp-block-william-health-references';
	return '<!-- wp:william-health/evidence-list --><div class="wp-block-william-health-evidence-list"><ol class="wp-block-william-health-evidence-list__items">'
		. '<!-- wp:william-health/evidence-item --><li class="' . $item . '"><p class="' . $item . '__finding">Finding.</p>'
		. '<p class="' . $item . '__context"><span class="' . $item . '__condition">Condition ' . $marker . '</span>'
		. '<sup class="william-health-citation ' . $item . '__cite" data-ref="rtest" id="cite-test1"><a href="#ref-rtest">1</a></sup></p></li><!-- /wp:william-health/evidence-item -->'
		. '</ol></div><!-- /wp:william-health/evidence-list -->'
		. '<!-- wp:william-health/references --><div class="' . $list . '"><ol class="' . $list . '__list">'
		. '<li id="ref-rtest" data-ref="rtest" class="' . $list . '__entry"><span class="' . $list . '__title">Study ' . $marker . '</span>. </li>'
		. '</ol></div><!-- /wp:william-health/references -->';
}

/**
 * Creates a post and returns it.
 *
 * @param array $fields Post fields.
 * @return WP_Post
 */
function william_test_post( $fields ) {
	return get_post(
		wp_insert_post(
			array_merge(
				array(
					'post_title'  => 'A post',
					'post_status' => 'publish',
					'post_type'   => 'post',
				),
				$fields
			)
		)
	);
}
