/**
 * The name the editor plugin registers under; its panels are named after it
 * (<plugin>/<panel>).
 */
export const PLUGIN = 'william-health';
