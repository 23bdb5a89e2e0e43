// wp-scripts' unit-test preset, looking only at the block and editor sources.
const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config.js' );

const babelTransform = require.resolve( '@wordpress/scripts/config/babel-transform' );

module.exports = {
	...defaultConfig,
	roots: [ '<rootDir>/blocks', '<rootDir>/editor' ],
	// Several dependencies of the block editor now ship only ES modules
	// (.js and .mjs); Babel compiles them for Jest like our own sources.
	transform: { '\\.[cm]?[jt]sx?$': babelTransform },
	transformIgnorePatterns: [],
};
