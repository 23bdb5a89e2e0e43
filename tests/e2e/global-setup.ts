/**
 * Logs the administrator in once and saves the session for the tests.
 */
import { request, type FullConfig } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { atLeast } from '../../blocks/shared/at-least';

export default async function globalSetup( config: FullConfig ) {
	const [ project ] = atLeast( config.projects, 1 );
	const { storageState, baseURL } = project.use;
	const requestContext = await request.newContext( { baseURL } );
	const requestUtils = new RequestUtils( requestContext, {
		storageStatePath:
			typeof storageState === 'string' ? storageState : undefined,
		baseURL,
	} );
	await requestUtils.setupRest();
	await requestContext.dispose();
}
