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
