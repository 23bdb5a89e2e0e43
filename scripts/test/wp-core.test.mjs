/**
 * WordPress core from wordpress.org is unpacked only when it matches the
 * checksum wordpress.org publishes beside it.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';

import { compareVersions, verifyChecksum } from '../wp-core.mjs';

const zip = Buffer.from( 'PK\u0003\u0004 pretend zip' );
const sha1 = crypto.createHash( 'sha1' ).update( zip ).digest( 'hex' );

test( 'a download that matches its published SHA-1 passes', () => {
	assert.doesNotThrow( () => verifyChecksum( zip, sha1, 'sha1' ) );
	assert.doesNotThrow( () =>
		verifyChecksum( zip, `${ sha1.toUpperCase() }  latest.zip\n`, 'sha1' )
	);
} );

test( 'a download that does not match is refused, saying both checksums', () => {
	const tampered = Buffer.concat( [ zip, Buffer.from( 'x' ) ] );
	assert.throws(
		() => verifyChecksum( tampered, sha1, 'sha1' ),
		( error ) =>
			error instanceof Error &&
			error.message.includes( `expected ${ sha1 }` ) &&
			error.message.includes( 'was not unpacked' )
	);
} );

test( 'a missing or unreadable checksum is refused', () => {
	for ( const published of [ '', '<html>Not found</html>', 'abc' ] ) {
		assert.throws(
			() => verifyChecksum( zip, published, 'sha1' ),
			/cannot be trusted/
		);
	}
} );

test( 'versions compare numerically', () => {
	assert.ok( compareVersions( '7.1.10', '7.1.4' ) > 0 );
	assert.equal( compareVersions( '7.1', '7.1.0' ), 0 );
	assert.ok( compareVersions( '6.8.12', '7.1' ) < 0 );
} );
