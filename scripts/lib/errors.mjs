/**
 * What a caught value says. `catch` receives whatever was thrown, which need
 * not be an Error; these read it without assuming so.
 */

/**
 * The message of an Error, or the thrown value as text.
 *
 * @param {unknown} error What was thrown.
 * @return {string} Its message.
 */
export function errorMessage( error ) {
	return error instanceof Error ? error.message : String( error );
}

/**
 * The stack of an Error (its message where there is none), or the thrown
 * value as text: what a script prints when it gives up.
 *
 * @param {unknown} error What was thrown.
 * @return {string} Stack or message.
 */
export function errorReport( error ) {
	return error instanceof Error
		? error.stack || error.message
		: String( error );
}
