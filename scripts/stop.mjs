#!/usr/bin/env node
/**
 * `npm stop`: stops the site this checkout started. Content is kept.
 */
import { stopSite } from './lib/site.mjs';

stopSite();
