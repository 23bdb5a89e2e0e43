/**
 * System packages the checks need: a Chromium for the browser tests and PHP
 * for `php -l`. Installed from Debian's archive where apt-get can run; a
 * machine without apt uses Playwright's own Chromium.
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
