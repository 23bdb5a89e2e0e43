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
 * A fixture's saved markup as save() wrote it (tests/fixtures/blocks/, kept
 * current by the full-content unit test), with some of its texts changed.
 * Each text to replace must be in the fixture: if save() changes, the test
 * fails here instead of quietly reading other markup.
 *
 * @param string $name         The fixture, by block name ("evidence-list").
 * @param array  $replacements Text in the fixture => its replacement.
 * @return string
 * @throws William_Test_Failure When a text is not in the fixture.
 */
function william_test_saved_block( $name, $replacements = array() ) {
	$markup = file_get_contents( dirname( __DIR__ ) . '/fixtures/blocks/william-health__' . $name . '.serialized.html' );
	foreach ( $replacements as $from => $to ) {
		if ( false === strpos( $markup, $from ) ) {
			throw new William_Test_Failure( "The $name fixture has no \"$from\"." );
		}
		$markup = str_replace( $from, $to, $markup );
	}
	return $markup;
}

/**
 * The evidence list and the References list its items cite, from the
 * full-content fixtures, with a marker in the first finding's condition
 * ("Condition <marker>") and in the first cited study's title
 * ("Study <marker>"), as saved markup.
 *
 * @param string $marker A word to look for (HTML: escape what must be text).
 * @return string
 */
function william_test_evidence( $marker ) {
	return william_test_saved_block( 'evidence-list', array( '>Mood disorders<' => '>Condition ' . $marker . '<' ) )
		. william_test_saved_block( 'references', array( '>Lithium in the prevention of suicide in mood disorders: updated systematic review and meta-analysis<' => '>Study ' . $marker . '<' ) );
}

/**
 * The conditions the evidence of william_test_evidence() names, in order:
 * the marked one, then the fixture's second finding's.
 *
 * @param string $marker The marker given to william_test_evidence().
 * @return string[]
 */
function william_test_evidence_conditions( $marker ) {
	return array( 'Condition ' . $marker, 'Bipolar disorder' );
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
