<?php
/**
 * Runs every tests/php/*-test.php inside a fresh WordPress with the plugin
 * loaded (scripts/test-php.mjs starts it) and exits non-zero on a failure.
 *
 * @package WilliamHealthBlocks
 */

// Every notice, warning and deprecation from here on is a failure of the
// run: the plugin claims to load cleanly on each PHP it supports.
$william_php_messages = array();
set_error_handler( // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler
	static function ( $level, $message, $file, $line ) use ( &$william_php_messages ) {
		// Playground defines WP_DEBUG and the site URL before the wp-config.php
		// it writes defines them again; that file is not ours.
		if ( 0 === strpos( $message, 'Constant ' ) && '/wordpress/wp-config.php' === $file ) {
			return true;
		}
		// Code that silences a call on purpose (@) is not at fault.
		if ( ! ( error_reporting() & $level ) ) { // phpcs:ignore WordPress.PHP.DevelopmentFunctions.prevent_path_disclosure_error_reporting,WordPress.PHP.DiscouragedPHPFunctions.runtime_configuration_error_reporting
			return true;
		}
		$william_php_messages[] = sprintf( '%s in %s:%d', $message, $file, $line );
		return true;
	}
);

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
foreach ( array_unique( $william_php_messages ) as $william_php_message ) {
	printf( "  ✖ PHP: %s\n", $william_php_message );
}
printf(
	"\nPHP %s, WordPress %s, WP_DEBUG %s: %d tests, %d failed; %d PHP notices, warnings or deprecations.\n",
	PHP_VERSION,
	get_bloginfo( 'version' ),
	WP_DEBUG ? 'on' : 'off',
	count( $william_test_results ),
	$william_test_failed,
	count( $william_php_messages )
);
exit( $william_test_failed || $william_php_messages || ! $william_test_results ? 1 : 0 );
