/**
 * wp-scripts' production CSS minification (the same preset it uses when no
 * config is given), except that SVG inside data URLs is left as written: the
 * safety notice's icon masks must keep the exact path data of
 * blocks/safety-notice/level-icons.tsx, which the unit and e2e tests compare.
 */
module.exports = {
	preset: [
		'default',
		{
			discardComments: { removeAll: true },
			svgo: false,
		},
	],
};
