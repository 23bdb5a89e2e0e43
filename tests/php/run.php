<?php
/**
 * Runs every tests/php/*-test.php inside a fresh WordPress with the plugin
 * loaded (scripts/test-php.mjs starts it) and exits non-zero on a failure.
 *
 * @package WilliamHealthBlocks
 */

require '/wordpress/wp-load.php';
require __DIR__ . '/lib.php';

$william_test_results = array();
$william_test_files   = glob( __DIR__ . '/*-test.php' );
// scripts/test-php.mjs defines it from its command line: run matching files only.
if ( defined( 'WILLIAM_TEST_FILTER' ) && '' !== WILLIAM_TEST_FILTER ) {
	$william_test_files = array_filter(
		$william_test_files,
		static function ( $file ) {
			return false !== strpos( basename( $file ), WILLIAM_TEST_FILTER );
		}
	);
}
foreach ( $william_test_files as $william_test_file ) {
	$william_test_before = count( $william_test_results );
	require $william_test_file;
	printf( "%s\n", basename( $william_test_file ) );
	foreach ( array_slice( $william_test_results, $william_test_before ) as list( $william_test_passed, $william_test_name, $william_test_message ) ) {
		printf( "  %s %s%s\n", $william_test_passed ? '✔' : '✖', $william_test_name, $william_test_passed ? '' : "\n      " . $william_test_message );
	}
}
$william_test_failed = count(
	array_filter(
		$william_test_results,
		static function ( $result ) {
			return ! $result[0];
		}
	)
);
printf(
	"\nPHP %s, WordPress %s: %d tests, %d failed.\n",
	PHP_VERSION,
	get_bloginfo( 'version' ),
	count( $william_test_results ),
	$william_test_failed
);
exit( $william_test_failed || ! $william_test_results ? 1 : 0 );
