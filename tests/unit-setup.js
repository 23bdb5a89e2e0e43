/**
 * What jsdom lacks and the block editor's data packages need at import:
 * tests that load a block's editor code (to register it whole) get Node's
 * own text encoders.
 */
const { TextDecoder, TextEncoder } = require( 'node:util' );

global.TextEncoder ??= TextEncoder;
global.TextDecoder ??= TextDecoder;
