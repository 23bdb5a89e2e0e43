/**
 * One WordPress user per role for a run of the tests, logged in once: each
 * role's session (cookies and REST nonce) is saved to a file the first time
 * a test asks for it, and every later test of the run starts from that file
 * instead of filling in the login form. The users are deleted when the
 * worker ends.
 */
import fs from 'node:fs';
import path from 'node:path';

import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export type Role = 'author' | 'contributor' | 'editor' | 'medical_reviewer';

/** Playground logs every new browser in as admin unless it sends this. */
export const NO_AUTO_LOGIN = {
	name: 'playground_auto_login_already_happened',
	value: '1',
};

type Session = { userId: number; statePath: string; rest: RequestUtils };

export class RoleSessions {
	private readonly sessions = new Map< Role, Promise< Session > >();

	constructor(
		private readonly admin: RequestUtils,
		private readonly baseURL: string,
		private readonly folder: string,
		/** Keeps parallel workers' users apart. */
		private readonly worker: number
	) {}

	/**
	 * The saved session of a role, logging its user in on first use.
	 *
	 * @param role A WordPress role.
	 */
	session( role: Role ): Promise< Session > {
		let session = this.sessions.get( role );
		if ( ! session ) {
			session = this.start( role );
			this.sessions.set( role, session );
		}
		return session;
	}

	private async start( role: Role ): Promise< Session > {
		const username = `e2e-${ role }-${ this.worker }`;
		const password = `pw-${ Math.random().toString( 36 ).slice( 2 ) }`;
		const [ existing ] = await this.admin.rest< Array< { id: number } > >( {
			path: '/wp/v2/users',
			params: { slug: username, context: 'edit' },
		} );
		const user = await this.admin.rest< { id: number } >( {
			method: 'POST',
			path: existing ? `/wp/v2/users/${ existing.id }` : '/wp/v2/users',
			data: {
				...( existing
					? {}
					: { username, email: `${ username }@example.com` } ),
				password,
				roles: [ role ],
				// No first-visit dialogs (welcome guide, starter patterns): on
				// this one-request-at-a-time server the chooser can open long
				// after the editor, over what a test is typing. The chooser
				// has its own test, as the administrator.
				meta: {
					persisted_preferences: {
						core: { enableChoosePatternModal: false },
						'core/edit-post': { welcomeGuide: false },
						_modified: new Date().toISOString(),
					},
				},
			},
		} );
		const statePath = path.join( this.folder, `${ role }.json` );
		const { hostname } = new URL( this.baseURL );
		// The login request must not be logged in as admin by Playground first.
		fs.mkdirSync( this.folder, { recursive: true } );
		fs.writeFileSync(
			statePath,
			JSON.stringify( {
				cookies: [
					{
						...NO_AUTO_LOGIN,
						domain: hostname,
						path: '/',
						expires: -1,
						httpOnly: false,
						secure: false,
						sameSite: 'Lax',
					},
				],
				origins: [],
			} )
		);
		const rest = await RequestUtils.setup( {
			user: { username, password },
			storageStatePath: statePath,
			baseURL: this.baseURL,
		} );
		await rest.setupRest();
		return { userId: user.id, statePath, rest };
	}

	/**
	 * Deletes the users this run created; their posts go to the administrator.
	 */
	async end() {
		for ( const session of this.sessions.values() ) {
			const { userId, rest } = await session;
			await rest.request.dispose();
			await this.admin.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/${ userId }`,
				params: { force: true, reassign: 1 },
			} );
		}
		this.sessions.clear();
	}
}
