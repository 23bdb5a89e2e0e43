/**
 * System packages the checks need: a Chromium for the browser tests, PHP
 * for `php -l`, and the production stack's server packages. Installed from
 * Debian's archive where apt-get can run; a machine without apt uses
 * Playwright's own Chromium.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

import { ROOT, log } from './site.mjs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * @param {string} command Program name.
 * @return {boolean} Whether the shell finds it.
 */
function hasCommand( command ) {
	return (
		spawnSync( 'sh', [ '-c', `command -v ${ command }` ], {
			stdio: 'ignore',
		} ).status === 0
	);
}

/**
 * How apt-get can be run here: the program and its first arguments.
 *
 * @return {[string, ...string[]]|null} `apt-get` as root, `sudo -n apt-get`
 *                                      with password-less sudo, or null.
 */
function aptCommand() {
	if ( ! hasCommand( 'apt-get' ) ) {
		return null;
	}
	if ( process.getuid?.() === 0 ) {
		return [ 'apt-get' ];
	}
	return spawnSync( 'sudo', [ '-n', 'true' ], { stdio: 'ignore' } ).status ===
		0
		? [ 'sudo', '-n', 'apt-get' ]
		: null;
}

let aptUpdated = false;

/**
 * @param {string[]} packages Debian packages.
 * @return {boolean} Whether they were installed.
 */
function aptInstall( packages ) {
	const apt = aptCommand();
	if ( ! apt ) {
		return false;
	}
	/**
	 * @param {string[]} args apt-get arguments.
	 * @return {boolean} Whether apt-get succeeded.
	 */
	const run = ( args ) => {
		const [ command, ...rest ] = [ ...apt, ...args ];
		return (
			spawnSync( command, rest, {
				stdio: [ 'ignore', 'ignore', 'inherit' ],
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			} ).status === 0
		);
	};
	log( `Installing ${ packages.join( ', ' ) } from Debian's archive …` );
	if ( ! aptUpdated ) {
		aptUpdated = run( [ 'update', '-qq' ] );
	}
	return run( [
		'install',
		'-y',
		'-qq',
		'--no-install-recommends',
		...packages,
	] );
}

/**
 * The Chromium the browser tests drive: Debian's where there is (or can be)
 * one, otherwise Playwright's own download (undefined path).
 *
 * @return {string|undefined} Executable path, or undefined for Playwright's.
 */
export function ensureChromium() {
	if ( process.env.CHROMIUM_PATH ) {
		return process.env.CHROMIUM_PATH;
	}
	if (
		fs.existsSync( DEBIAN_CHROMIUM ) ||
		( aptInstall( [ 'chromium' ] ) && fs.existsSync( DEBIAN_CHROMIUM ) )
	) {
		return DEBIAN_CHROMIUM;
	}
	log( 'No Debian Chromium here; using Playwright’s own browser.' );
	const result = spawnSync( 'npx', [ 'playwright', 'install', 'chromium' ], {
		cwd: ROOT,
		stdio: 'inherit',
	} );
	if ( result.status !== 0 ) {
		throw new Error(
			'Could not install a Chromium for the browser tests.'
		);
	}
	return undefined;
}

/**
 * Makes sure `php` runs, installing Debian's php-cli where it is missing.
 */
export function ensurePhp() {
	if (
		hasCommand( 'php' ) ||
		( aptInstall( [ 'php-cli' ] ) && hasCommand( 'php' ) )
	) {
		return;
	}
	throw new Error(
		'PHP is needed for `php -l` and could not be installed: install php-cli (PHP 7.4+).'
	);
}

/**
 * Whether dpkg has a package installed.
 *
 * @param {string} name Debian package.
 * @return {boolean} True when installed.
 */
function isDebianPackageInstalled( name ) {
	const result = spawnSync(
		'dpkg-query',
		[ '--show', '--showformat=${Status}', name ],
		{ encoding: 'utf8' }
	);
	return result.status === 0 && result.stdout.includes( 'ok installed' );
}

/**
 * Installs the Debian packages of a list that are missing, in one apt-get
 * run, from the machine's own apt sources.
 *
 * @param {string[]} packages Debian packages.
 * @return {string[]} The packages this call installed.
 * @throws {Error} Naming the packages still missing when apt-get could not
 *                 run or failed.
 */
export function ensureDebianPackages( packages ) {
	if ( ! hasCommand( 'dpkg-query' ) ) {
		throw new Error(
			`Not a Debian system (no dpkg-query): install ${ packages.join( ', ' ) } yourself.`
		);
	}
	const missing = packages.filter(
		( name ) => ! isDebianPackageInstalled( name )
	);
	if ( ! missing.length ) {
		return [];
	}
	aptInstall( missing );
	const still = missing.filter(
		( name ) => ! isDebianPackageInstalled( name )
	);
	if ( still.length ) {
		throw new Error(
			`Could not install ${ still.join( ', ' ) } with apt-get (needs root or password-less sudo, and apt sources that carry them; see the apt-get messages above).`
		);
	}
	return missing;
}
