<?php
/**
 * Installs WordPress into a production-stack site's database without WP-CLI:
 * loads the site's core with php-cli and calls wp_install(). Does nothing
 * when the site is installed already. Run by scripts/stack/stack.mjs.
 *
 * With a post file (JSON: title, slug, content), it also publishes that
 * post, or updates the one with its slug: the baseline site's article,
 * written here rather than over REST.
 *
 * Usage: php install-wordpress.php <docroot> <site url> <title> [theme] [post.json]
 *
 * @package WilliamHealthBlocks
 */

if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "Usage: php install-wordpress.php <docroot> <site url> <title> [theme] [post.json]\n" );
	exit( 2 );
}

list( , $william_docroot, $william_url, $william_title ) = $argv;
$william_theme = $argv[4] ?? '';
$william_post  = $argv[5] ?? '';
// WordPress is not loaded yet: PHP's own parse_url().
$william_parts = parse_url( $william_url ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url
$william_port  = isset( $william_parts['port'] ) ? (int) $william_parts['port'] : 80;

// What WordPress reads from a web request.
$_SERVER['HTTP_HOST']   = $william_parts['host'] . ( 80 === $william_port ? '' : ':' . $william_port );
$_SERVER['SERVER_NAME'] = $william_parts['host'];
$_SERVER['SERVER_PORT'] = (string) $william_port;
$_SERVER['REQUEST_URI'] = '/';

define( 'WP_INSTALLING', true );

/**
 * No e-mail to the administrator: the stack has no mail server.
 */
function wp_new_blog_notification() {}

require $william_docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if ( ! is_blog_installed() ) {
	// The administrator of every local site here (README: admin / password).
	wp_install( $william_title, 'admin', 'admin@example.invalid', true, '', 'password' );
	// Through WP_Rewrite, so this request's links use it too.
	$GLOBALS['wp_rewrite']->set_permalink_structure( '/%postname%/' );
	update_option( 'blogdescription', '' );
	if ( '' !== $william_theme ) {
		switch_theme( $william_theme );
	}
	flush_rewrite_rules( false );
	// WordPress's sample post has no place beside the article.
	wp_delete_post( 1, true );
	echo 'Installed WordPress ' . esc_html( get_bloginfo( 'version' ) ) . ' at ' . esc_url( home_url( '/' ) ) . "\n";
}

if ( '' !== $william_post ) {
	$william_fields = json_decode( (string) file_get_contents( $william_post ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	$william_found  = get_posts(
		array(
			'name'        => $william_fields['slug'],
			'post_type'   => 'post',
			'post_status' => 'any',
			'numberposts' => 1,
		)
	);
	$william_postarr = array(
		'post_title'     => $william_fields['title'],
		'post_name'      => $william_fields['slug'],
		'post_content'   => $william_fields['content'],
		'post_status'    => 'publish',
		'post_author'    => 1,
		'comment_status' => 'closed',
		'ping_status'    => 'closed',
	);
	if ( $william_found ) {
		if ( $william_found[0]->post_content === $william_fields['content'] && $william_found[0]->post_title === $william_fields['title'] ) {
			exit( 0 );
		}
		$william_postarr['ID'] = $william_found[0]->ID;
	}
	// Stored as given: the block markup is the administrator's, as over REST.
	kses_remove_filters();
	$william_id = wp_insert_post( wp_slash( $william_postarr ), true );
	if ( is_wp_error( $william_id ) ) {
		fwrite( STDERR, $william_id->get_error_message() . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite
		exit( 1 );
	}
	echo 'Published ' . esc_url( get_permalink( $william_id ) ) . "\n";
}
