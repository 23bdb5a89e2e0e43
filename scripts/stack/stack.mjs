/**
 * The production stack: WordPress on Debian's nginx, PHP-FPM and MariaDB,
 * run from configs of our own under .cache/stack/ (ignored by git), beside
 * the machine's own services, which are neither touched nor started.
 *
 * Three sites: ours (plugin, William Inc. and the article, as `npm start`
 * provisions them), the baseline (Twenty Twenty-Five, no plugin, the same
 * article in core blocks) for the load test's comparison, and a second of
 * ours, so `npm test` can run half the browser tests on each of ours.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureWordPressCore, readCoreVersion } from '../wp-core.mjs';
import { baselineArticle } from '../bench/baseline-article.mjs';
import {
	ARTICLE_SLUG,
	ARTICLE_TITLE,
	provisionSite,
} from '../lib/provision.mjs';
import { ROOT, log } from '../lib/site.mjs';
import { ensureDebianPackages } from '../lib/system.mjs';

/**
 * One WordPress of the stack.
 *
 * @typedef {Object} StackSite
 * @property {'ours'|'baseline'|'second'} name    Which site.
 * @property {number}                     port    Where nginx serves it (loopback).
 * @property {string}                     url     Its address.
 * @property {string}                     docroot Its WordPress folder.
 * @property {string}                     db      Database and database user.
 */

/**
 * A server process of the stack, found again through its pid file.
 *
 * @typedef {'mariadb'|'php-fpm'|'nginx'} Server
 */

/** Debian packages of the stack (bookworm): servers, PHP extensions, load generator. */
export const STACK_PACKAGES = [
	'nginx',
	'php-fpm',
	'php-cli',
	'php-mysql',
	'php-xml',
	'php-mbstring',
	'php-curl',
	'php-gd',
	'php-intl',
	'php-zip',
	'mariadb-server',
	'mariadb-client',
	'wrk',
];

export const STACK_DIR = path.join( ROOT, '.cache', 'stack' );
const RUN_DIR = path.join( STACK_DIR, 'run' );
const LOG_DIR = path.join( STACK_DIR, 'log' );
const CONF_DIR = path.join( STACK_DIR, 'conf' );
const DATA_DIR = path.join( STACK_DIR, 'mariadb' );
const SITES_DIR = path.join( STACK_DIR, 'sites' );
const SECRETS_FILE = path.join( STACK_DIR, 'secrets.json' );
/** Saved administrator sessions, one folder per site. */
export const SESSIONS_DIR = path.join( STACK_DIR, 'sessions' );
export const DB_SOCKET = path.join( RUN_DIR, 'mariadb.sock' );
const FPM_SOCKET = path.join( RUN_DIR, 'php-fpm.sock' );
/** What PHP logs on the stack (errors and warnings: WP_DEBUG is off). */
export const PHP_ERROR_LOG = path.join( LOG_DIR, 'php-error.log' );

export const OURS_PORT = Number( process.env.WILLIAM_STACK_PORT || 8700 );
export const BASELINE_PORT = Number(
	process.env.WILLIAM_STACK_BASELINE_PORT || OURS_PORT + 1
);
export const SECOND_PORT = Number(
	process.env.WILLIAM_STACK_SECOND_PORT || OURS_PORT + 2
);
/** The baseline article's slug: the same article, in core blocks. */
export const BASELINE_SLUG = ARTICLE_SLUG;

/** @type {Record<'ours'|'baseline'|'second', StackSite>} */
export const SITES = {
	ours: {
		name: 'ours',
		port: OURS_PORT,
		url: `http://localhost:${ OURS_PORT }`,
		docroot: path.join( SITES_DIR, 'ours' ),
		db: 'william_ours',
	},
	baseline: {
		name: 'baseline',
		port: BASELINE_PORT,
		url: `http://localhost:${ BASELINE_PORT }`,
		docroot: path.join( SITES_DIR, 'baseline' ),
		db: 'william_baseline',
	},
	second: {
		name: 'second',
		port: SECOND_PORT,
		url: `http://localhost:${ SECOND_PORT }`,
		docroot: path.join( SITES_DIR, 'second' ),
		db: 'william_second',
	},
};

/** @type {Record<Server, string>} */
const PID_FILES = {
	mariadb: path.join( RUN_DIR, 'mariadb.pid' ),
	'php-fpm': path.join( RUN_DIR, 'php-fpm.pid' ),
	nginx: path.join( RUN_DIR, 'nginx.pid' ),
};

/** @type {Record<Server, RegExp>} What each process's command line names. */
const PROCESS_NAMES = {
	mariadb: /mariadbd|mysqld/,
	'php-fpm': /php-fpm/,
	nginx: /nginx/,
};

const isRoot = process.getuid?.() === 0;
// The system user the servers run as: whoever starts the stack.
const userName = os.userInfo().username;

/**
 * The live pid of a server of ours, or null: the pid file's process must
 * still run and be that server (a reused pid is not ours).
 *
 * @param {Server} server Which server.
 * @return {number|null} Its master process id.
 */
export function runningPid( server ) {
	const file = PID_FILES[ server ];
	if ( ! fs.existsSync( file ) ) {
		return null;
	}
	const pid = Number( fs.readFileSync( file, 'utf8' ).trim() );
	if ( ! pid ) {
		return null;
	}
	try {
		const command = fs
			.readFileSync( `/proc/${ pid }/cmdline`, 'utf8' )
			.replace( /\0/g, ' ' );
		return PROCESS_NAMES[ server ].test( command ) ? pid : null;
	} catch {
		return null;
	}
}

/**
 * Whether a process still runs (a zombie waiting for its parent does not).
 *
 * @param {number} pid Process id.
 * @return {boolean} True while it runs.
 */
function isAlive( pid ) {
	try {
		const stat = fs.readFileSync( `/proc/${ pid }/stat`, 'utf8' );
		return stat.slice( stat.lastIndexOf( ')' ) + 2 )[ 0 ] !== 'Z';
	} catch {
		return false;
	}
}

/**
 * Runs a program to completion, failing with its output.
 *
 * @param {string}   command Program.
 * @param {string[]} args    Arguments.
 * @param {string}   [input] Standard input.
 * @return {string} Its standard output.
 */
function run( command, args, input ) {
	const result = spawnSync( command, args, {
		encoding: 'utf8',
		input,
		cwd: ROOT,
	} );
	if ( result.status !== 0 ) {
		throw new Error(
			`${ command } ${ args.join( ' ' ) } failed (exit ${ result.status ?? result.signal }): ${ (
				result.stderr ||
				result.stdout ||
				result.error?.message ||
				''
			).trim() }`
		);
	}
	return result.stdout;
}

/**
 * Waits until a check passes.
 *
 * @param {string}                         what    What is awaited, for the error.
 * @param {() => boolean|Promise<boolean>} check   The check.
 * @param {number}                         seconds How long at most.
 */
async function waitFor( what, check, seconds ) {
	const until = Date.now() + seconds * 1000;
	while ( Date.now() < until ) {
		if ( await check() ) {
			return;
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 200 ) );
	}
	throw new Error( `Timed out after ${ seconds } s waiting for ${ what }.` );
}

/**
 * Debian's PHP-FPM binary (php-fpm8.2 on bookworm).
 *
 * @return {string} Its path.
 */
function phpFpmBinary() {
	const found = fs
		.readdirSync( '/usr/sbin' )
		.filter( ( file ) => /^php-fpm\d+\.\d+$/.test( file ) )
		.sort()
		.pop();
	if ( ! found ) {
		throw new Error( 'No php-fpm in /usr/sbin: is php-fpm installed?' );
	}
	return path.join( '/usr/sbin', found );
}

/**
 * Passwords made once per stack, so a restart keeps its database users.
 *
 * @return {Record<string, string>} Password per database user.
 */
function secrets() {
	/** @type {Record<string, string>} */
	const saved = fs.existsSync( SECRETS_FILE )
		? JSON.parse( fs.readFileSync( SECRETS_FILE, 'utf8' ) )
		: {};
	let changed = false;
	for ( const site of Object.values( SITES ) ) {
		if ( ! saved[ site.db ] ) {
			saved[ site.db ] = crypto.randomBytes( 18 ).toString( 'base64url' );
			changed = true;
		}
	}
	if ( changed ) {
		fs.writeFileSync( SECRETS_FILE, JSON.stringify( saved, null, '\t' ), {
			mode: 0o600,
		} );
	}
	return saved;
}

/**
 * Runs SQL over our socket as the account mariadb-install-db made for
 * this system user (root, or a developer's own name), by socket login.
 *
 * @param {string} statements Statements.
 * @return {string} Output.
 */
function sql( statements ) {
	return run(
		'mariadb',
		[ '--no-defaults', `--socket=${ DB_SOCKET }`, `-u${ userName }`, '-N' ],
		statements
	);
}

/**
 * Creates the datadir once and starts MariaDB on our socket, no TCP port.
 */
async function startMariaDb() {
	if ( runningPid( 'mariadb' ) ) {
		log( 'MariaDB already runs; reusing it.' );
		return;
	}
	if ( ! fs.existsSync( path.join( DATA_DIR, 'mysql' ) ) ) {
		log( 'Creating the MariaDB datadir …' );
		fs.rmSync( DATA_DIR, { recursive: true, force: true } );
		run( 'mariadb-install-db', [
			'--no-defaults',
			`--datadir=${ DATA_DIR }`,
			`--user=${ userName }`,
			'--auth-root-authentication-method=socket',
			'--skip-test-db',
		] );
	}
	fs.rmSync( DB_SOCKET, { force: true } );
	const logFd = fs.openSync( path.join( LOG_DIR, 'mariadb.log' ), 'a' );
	const child = spawn(
		'/usr/sbin/mariadbd',
		[
			'--no-defaults',
			`--datadir=${ DATA_DIR }`,
			`--socket=${ DB_SOCKET }`,
			`--pid-file=${ PID_FILES.mariadb }`,
			`--log-error=${ path.join( LOG_DIR, 'mariadb-error.log' ) }`,
			`--user=${ userName }`,
			'--skip-networking',
			'--innodb-buffer-pool-size=256M',
			'--innodb-flush-log-at-trx-commit=2',
		],
		{ detached: true, stdio: [ 'ignore', logFd, logFd ] }
	);
	child.unref();
	fs.closeSync( logFd );
	await waitFor(
		'MariaDB to accept connections',
		() =>
			spawnSync( 'mariadb-admin', [
				'--no-defaults',
				`--socket=${ DB_SOCKET }`,
				`-u${ userName }`,
				'ping',
			] ).status === 0,
		60
	);
	log( `MariaDB runs (pid ${ runningPid( 'mariadb' ) }).` );
}

/**
 * A database and a user with its own password for each site.
 */
function createDatabases() {
	const passwords = secrets();
	sql(
		Object.values( SITES )
			.map( ( { db } ) => {
				const password = passwords[ db ];
				return [
					`CREATE DATABASE IF NOT EXISTS \`${ db }\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
					`CREATE USER IF NOT EXISTS '${ db }'@'localhost' IDENTIFIED BY '${ password }';`,
					`ALTER USER '${ db }'@'localhost' IDENTIFIED BY '${ password }';`,
					`GRANT ALL PRIVILEGES ON \`${ db }\`.* TO '${ db }'@'localhost';`,
				].join( '\n' );
			} )
			.join( '\n' )
	);
}

/**
 * @param {string} target Existing file or folder.
 * @param {string} link   Link to (re)make.
 */
function symlink( target, link ) {
	fs.rmSync( link, { recursive: true, force: true } );
	fs.mkdirSync( path.dirname( link ), { recursive: true } );
	fs.symlinkSync( target, link );
}

/**
 * A site's WordPress folder: a copy of the cached core (PHP resolves
 * symlinks, so core files linked in would look for wp-config.php in the
 * cache), its own wp-config.php, and our plugin and theme linked in.
 *
 * @param {StackSite}                      site     Which site.
 * @param {{dir: string, version: string}} core     The cached core.
 * @param {string}                         password Its database user's password.
 */
function writeDocroot( site, core, password ) {
	if ( readCoreVersion( site.docroot ) !== core.version ) {
		log(
			`Copying WordPress ${ core.version } for the ${ site.name } site …`
		);
		fs.rmSync( site.docroot, { recursive: true, force: true } );
		fs.cpSync( core.dir, site.docroot, { recursive: true } );
	}
	const salts = fs.existsSync( path.join( site.docroot, 'wp-config.php' ) )
		? null
		: crypto.randomBytes( 32 ).toString( 'hex' );
	if ( salts ) {
		const keys = [
			'AUTH_KEY',
			'SECURE_AUTH_KEY',
			'LOGGED_IN_KEY',
			'NONCE_KEY',
			'AUTH_SALT',
			'SECURE_AUTH_SALT',
			'LOGGED_IN_SALT',
			'NONCE_SALT',
		];
		fs.writeFileSync(
			path.join( site.docroot, 'wp-config.php' ),
			[
				'<?php',
				'// Written by scripts/stack/stack.mjs for the production stack.',
				`define( 'DB_NAME', '${ site.db }' );`,
				`define( 'DB_USER', '${ site.db }' );`,
				`define( 'DB_PASSWORD', '${ password }' );`,
				`define( 'DB_HOST', 'localhost:${ DB_SOCKET }' );`,
				"define( 'DB_CHARSET', 'utf8mb4' );",
				"define( 'DB_COLLATE', '' );",
				...keys.map(
					( key ) =>
						`define( '${ key }', '${ crypto.randomBytes( 32 ).toString( 'hex' ) }' );`
				),
				"$table_prefix = 'wp_';",
				`define( 'WP_HOME', '${ site.url }' );`,
				`define( 'WP_SITEURL', '${ site.url }' );`,
				"define( 'WP_ENVIRONMENT_TYPE', 'local' );",
				"define( 'WP_DEBUG', false );",
				// Offline: no update checks or cron requests to the outside.
				"define( 'AUTOMATIC_UPDATER_DISABLED', true );",
				"define( 'WP_HTTP_BLOCK_EXTERNAL', true );",
				"define( 'DISABLE_WP_CRON', true );",
				"if ( ! defined( 'ABSPATH' ) ) {",
				"\tdefine( 'ABSPATH', __DIR__ . '/' );",
				'}',
				"require_once ABSPATH . 'wp-settings.php';",
				'',
			].join( '\n' )
		);
	}
	const content = path.join( site.docroot, 'wp-content' );
	// The same test helpers on both sites (they act on cookies only), so the
	// two differ by plugin, theme and content alone.
	symlink(
		path.join( ROOT, 'tests/mu-plugins' ),
		path.join( content, 'mu-plugins' )
	);
	if ( site.name !== 'baseline' ) {
		symlink(
			path.join( ROOT, 'plugin' ),
			path.join( content, 'plugins/william-health-blocks' )
		);
		symlink(
			path.join( ROOT, 'theme' ),
			path.join( content, 'themes/william-inc' )
		);
		symlink(
			path.join( ROOT, 'tests/php/fixtures/lookup' ),
			path.join( content, 'william-lookup-fixtures' )
		);
	}
}

/**
 * Installs WordPress into a site's database when it is not yet installed;
 * publishes the baseline's article.
 *
 * @param {StackSite} site Which site.
 */
function installWordPress( site ) {
	const args = [
		path.join( ROOT, 'scripts/stack/install-wordpress.php' ),
		site.docroot,
		site.url,
		site.name === 'baseline' ? 'Baseline' : 'William Inc.',
	];
	if ( site.name === 'baseline' ) {
		// The baseline's article: the same text in core blocks.
		const postFile = path.join( STACK_DIR, 'baseline-article.json' );
		fs.writeFileSync(
			postFile,
			JSON.stringify( { ...baselineArticle(), slug: BASELINE_SLUG } )
		);
		args.push( 'twentytwentyfive', postFile );
	}
	const output = run( 'php', args );
	if ( output.trim() ) {
		log( output.trim() );
	}
}

/**
 * Our PHP-FPM config: one pool for both sites on a socket of ours.
 */
function writePhpFpmConfig() {
	const file = path.join( CONF_DIR, 'php-fpm.conf' );
	fs.writeFileSync(
		file,
		[
			'[global]',
			`pid = ${ PID_FILES[ 'php-fpm' ] }`,
			`error_log = ${ path.join( LOG_DIR, 'php-fpm.log' ) }`,
			'daemonize = yes',
			'',
			'[william]',
			...( isRoot ? [ 'user = root', 'group = root' ] : [] ),
			`listen = ${ FPM_SOCKET }`,
			'listen.mode = 0600',
			// Two cores: a fixed set of workers, no spawning under load.
			'pm = static',
			'pm.max_children = 4',
			'catch_workers_output = yes',
			'php_admin_value[memory_limit] = 256M',
			`php_admin_value[error_log] = ${ PHP_ERROR_LOG }`,
			'php_admin_flag[log_errors] = on',
			'',
		].join( '\n' )
	);
	return file;
}

/**
 * Our nginx config: both sites on loopback, PHP through our pool.
 *
 * @return {string} The config file.
 */
function writeNginxConfig() {
	const temp = path.join( STACK_DIR, 'nginx' );
	fs.mkdirSync( temp, { recursive: true } );
	const ipv6 = fs.existsSync( '/proc/net/if_inet6' );
	const server = ( /** @type {StackSite} */ site ) => `
	server {
		listen 127.0.0.1:${ site.port };
		${ ipv6 ? `listen [::1]:${ site.port };` : '' }
		server_name localhost;
		root ${ site.docroot };
		index index.php;
		client_max_body_size 32m;
		location / {
			try_files $uri $uri/ /index.php?$args;
		}
		location ~ \\.php$ {
			try_files $uri =404;
			include /etc/nginx/fastcgi_params;
			fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
			# Debian's fastcgi_params sends the host without its port; WordPress
			# would redirect every page to itself.
			fastcgi_param HTTP_HOST $host:$server_port;
			fastcgi_pass unix:${ FPM_SOCKET };
		}
	}`;
	const file = path.join( CONF_DIR, 'nginx.conf' );
	fs.writeFileSync(
		file,
		`# Written by scripts/stack/stack.mjs for the production stack.
${ isRoot ? 'user root root;' : '' }
worker_processes auto;
pid ${ PID_FILES.nginx };
error_log ${ path.join( LOG_DIR, 'nginx-error.log' ) } warn;
events {
	worker_connections 1024;
}
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	keepalive_timeout 65;
	client_body_buffer_size 1m;
	client_body_temp_path ${ temp }/client-body;
	proxy_temp_path ${ temp }/proxy;
	fastcgi_temp_path ${ temp }/fastcgi;
	uwsgi_temp_path ${ temp }/uwsgi;
	scgi_temp_path ${ temp }/scgi;
	fastcgi_buffers 16 16k;
	fastcgi_buffer_size 32k;
${ Object.values( SITES ).map( server ).join( '\n' ) }
}
`
	);
	return file;
}

/**
 * Starts PHP-FPM on our config unless it runs.
 */
async function startPhpFpm() {
	if ( runningPid( 'php-fpm' ) ) {
		log( 'PHP-FPM already runs; reusing it.' );
		return;
	}
	const config = writePhpFpmConfig();
	run( phpFpmBinary(), [
		'--fpm-config',
		config,
		// Root may run the pool only when told so; a developer's user needs not.
		...( isRoot ? [ '--allow-to-run-as-root' ] : [] ),
	] );
	await waitFor( 'PHP-FPM’s pid file', () => !! runningPid( 'php-fpm' ), 20 );
	log( `PHP-FPM runs (pid ${ runningPid( 'php-fpm' ) }).` );
}

/**
 * Starts nginx on our config unless it runs.
 */
async function startNginx() {
	const config = path.join( CONF_DIR, 'nginx.conf' );
	const before = fs.existsSync( config )
		? fs.readFileSync( config, 'utf8' )
		: '';
	writeNginxConfig();
	const changed = fs.readFileSync( config, 'utf8' ) !== before;
	const pid = runningPid( 'nginx' );
	if ( pid ) {
		// A stack started before the second site existed serves two sites:
		// nginx rereads its config on SIGHUP.
		if ( changed ) {
			process.kill( pid, 'SIGHUP' );
			log( 'nginx already runs; told it to reread its config.' );
		} else {
			log( 'nginx already runs; reusing it.' );
		}
		return;
	}
	const args = [
		'-e',
		path.join( LOG_DIR, 'nginx-error.log' ),
		'-p',
		STACK_DIR,
		'-c',
		config,
	];
	run( '/usr/sbin/nginx', [ '-t', '-q', ...args ] );
	run( '/usr/sbin/nginx', args );
	await waitFor( 'nginx’s pid file', () => !! runningPid( 'nginx' ), 20 );
	log( `nginx runs (pid ${ runningPid( 'nginx' ) }).` );
}

/**
 * Fetches a page as an anonymous reader and checks it is the article: a
 * broken stack must not look fast.
 *
 * @param {string} url Page.
 * @return {Promise<void>}
 * @throws {Error} Unless the page answers 200 with the article's title.
 */
export async function checkArticlePage( url ) {
	const get = () =>
		fetch( url, {
			redirect: 'manual',
			signal: AbortSignal.timeout( 30_000 ),
		} );
	// A kept-alive connection nginx has closed meanwhile fails once.
	const response = await get().catch( get );
	const html = await response.text();
	if ( response.status !== 200 ) {
		throw new Error( `${ url } answered ${ response.status }, not 200.` );
	}
	if ( ! html.includes( ARTICLE_TITLE ) ) {
		throw new Error(
			`${ url } answered 200 but without the article's title “${ ARTICLE_TITLE }”.`
		);
	}
}

/**
 * Starts what is not running: installs the packages, MariaDB, both sites'
 * databases and folders, PHP-FPM and nginx. Provisioning is the caller's.
 *
 * @return {Promise<{started: Server[], packages: string[], core: string}>} What this call started and installed.
 */
export async function startServers() {
	/** @type {Server[]} */
	const wasRunning = /** @type {Server[]} */ (
		Object.keys( PID_FILES )
	).filter( ( server ) => runningPid( server ) );
	const packages = ensureDebianPackages( STACK_PACKAGES );
	if ( packages.length ) {
		log( `Installed ${ packages.join( ', ' ) }.` );
	}
	for ( const dir of [ RUN_DIR, LOG_DIR, CONF_DIR, SITES_DIR ] ) {
		fs.mkdirSync( dir, { recursive: true } );
	}
	const core = await ensureWordPressCore();
	await startMariaDb();
	createDatabases();
	const passwords = secrets();
	for ( const site of Object.values( SITES ) ) {
		writeDocroot( site, core, passwords[ site.db ] ?? '' );
		installWordPress( site );
	}
	await startPhpFpm();
	await startNginx();
	return {
		started: /** @type {Server[]} */ ( Object.keys( PID_FILES ) ).filter(
			( server ) => ! wasRunning.includes( server )
		),
		packages,
		core: core.version,
	};
}

/**
 * Stops the servers of ours that run (nginx first, MariaDB last), by the
 * pid files; quiet when nothing runs.
 *
 * @param {Server[]} [only] Just these (what a caller started); all by default.
 * @return {Promise<Server[]>} The servers it stopped.
 */
export async function stopServers( only ) {
	/** @type {Server[]} */
	const stopped = [];
	/** @type {Server[]} */
	const order = [ 'nginx', 'php-fpm', 'mariadb' ];
	for ( const server of order.filter(
		( name ) => ! only || only.includes( name )
	) ) {
		const pid = runningPid( server );
		if ( ! pid ) {
			fs.rmSync( PID_FILES[ server ], { force: true } );
			continue;
		}
		process.kill( pid, 'SIGTERM' );
		await waitFor(
			`${ server } (pid ${ pid }) to stop`,
			() => ! isAlive( pid ),
			60
		);
		fs.rmSync( PID_FILES[ server ], { force: true } );
		log( `Stopped ${ server } (pid ${ pid }).` );
		stopped.push( server );
	}
	return stopped;
}

/**
 * Where the administrator's session of a stack site is saved.
 *
 * @param {StackSite} site Which site.
 * @return {import('../lib/provision.mjs').SiteTarget} The provisioning target.
 */
export const target = ( site ) => ( {
	siteUrl: site.url,
	stateDir: path.join( SESSIONS_DIR, site.name ),
} );

/**
 * Provisions one of our sites in a node process of its own: the e2e utils
 * read the site's address from the environment once, when first imported,
 * so one process cannot provision two sites.
 *
 * @param {StackSite} site Which site.
 * @return {Promise<void>}
 */
function provisionInChild( site ) {
	return new Promise( ( resolve, reject ) => {
		spawn(
			process.execPath,
			[ fileURLToPath( import.meta.url ), '--provision', site.name ],
			{ stdio: 'inherit', env: { ...process.env, WP_BASE_URL: site.url } }
		).on( 'close', ( code ) =>
			code === 0
				? resolve()
				: reject(
						new Error(
							`Provisioning the ${ site.name } site failed (exit ${ code }).`
						)
					)
		);
	} );
}

/**
 * Provisions our two sites exactly as `npm start` does, side by side (the
 * baseline got its article at install).
 *
 * @return {Promise<Record<'ours'|'baseline'|'second', string>>} Each site's article address.
 */
export async function provisionStack() {
	await Promise.all( [ SITES.ours, SITES.second ].map( provisionInChild ) );
	/** @param {StackSite} site Which site. */
	const article = ( site ) => `${ site.url }/${ ARTICLE_SLUG }/`;
	return {
		ours: article( SITES.ours ),
		baseline: article( SITES.baseline ),
		second: article( SITES.second ),
	};
}

if (
	process.argv[ 1 ] === fileURLToPath( import.meta.url ) &&
	process.argv[ 2 ] === '--provision'
) {
	const site = Object.values( SITES ).find(
		( { name } ) => name === process.argv[ 3 ]
	);
	if ( ! site || site.name === 'baseline' ) {
		process.stderr.write(
			`No site of ours named ${ process.argv[ 3 ] }.\n`
		);
		process.exit( 1 );
	}
	await provisionSite( target( site ) );
}
