// wp-scripts' lint rules, plus what our folders need.
const defaultConfig = require( '@wordpress/scripts/config/eslint.config.cjs' );

module.exports = [
	...defaultConfig,
	{
		ignores: [
			'plugin/build/**',
			'artifacts/**',
			'.wp-env-home/**',
			'.cache/**',
			'dist/**',
		],
	},
	{
		// Playwright fixtures call `use()`, which is not a React hook.
		files: [ 'tests/e2e/**' ],
		rules: { 'react-hooks/rules-of-hooks': 'off' },
	},
	{
		// Benchmarks print their tables.
		files: [ 'scripts/bench/**' ],
		rules: { 'no-console': 'off' },
	},
];
