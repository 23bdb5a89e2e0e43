/**
 * wp-scripts' own configuration, plus one entry: the editor script under
 * editor/ (the pre-publish checks), built to plugin/build/editor/ with its
 * index.asset.php. Blocks are still found from their block.json files, as
 * `--webpack-src-dir=blocks` tells wp-scripts (see package.json).
 */
const path = require( 'path' );

const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

// With --experimental-modules wp-scripts exports [ scripts, modules ].
const [ scriptConfig, ...otherConfigs ] = Array.isArray( defaultConfig )
	? defaultConfig
	: [ defaultConfig ];

module.exports = [
	{
		...scriptConfig,
		entry: () => ( {
			...scriptConfig.entry(),
			'editor/index': path.resolve( __dirname, 'editor/index.tsx' ),
		} ),
	},
	...otherConfigs,
];
