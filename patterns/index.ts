/**
 * Every pattern of the plugin, in the order the generator writes them.
 * Each module is one pattern; its file under plugin/patterns/ is named after
 * its slug.
 */
import evidenceKetamine from './evidence-ketamine';
import evidenceSkeleton from './evidence-skeleton';
import ketamineArticle from './ketamine-article';
import mechanismKetamine from './mechanism-ketamine';
import mechanismSkeleton from './mechanism-skeleton';
import routesKetamine from './routes-ketamine';
import routesSkeleton from './routes-skeleton';
import safetyNoticeSkeleton from './safety-notice-skeleton';
import sideEffectsNotice from './side-effects-notice';
import starterEvidenceArticle from './starter-evidence-article';
import type { PatternDefinition } from './types';

export const PATTERNS: PatternDefinition[] = [
	evidenceKetamine,
	evidenceSkeleton,
	ketamineArticle,
	mechanismKetamine,
	mechanismSkeleton,
	routesKetamine,
	routesSkeleton,
	safetyNoticeSkeleton,
	sideEffectsNotice,
	starterEvidenceArticle,
];
