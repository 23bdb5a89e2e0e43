// wp-scripts' unit-test preset, looking only at the block, editor and pattern sources.
const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config.js' );

const babelTransform =
	require.resolve( '@wordpress/scripts/config/babel-transform' );

module.exports = {
	...defaultConfig,
	roots: [ '<rootDir>/blocks', '<rootDir>/editor', '<rootDir>/patterns' ],
	// Merged with the preset's own setup files.
	setupFiles: [ '<rootDir>/tests/unit-setup.js' ],
	// The editor's packages ship CommonJS builds, which Jest loads as they
	// are; these few dependencies ship only ES modules and need Babel. Each
	// was found by a failing "Must use import to load ES Module".
	transform: { '\\.[cm]?[jt]sx?$': babelTransform },
	transformIgnorePatterns: [
		'/node_modules/(?!(uuid|marked|@wordpress/theme|parsel-js)/)',
	],
};
