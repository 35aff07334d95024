/**
 * The learned rules of each site, kept in the background's memory, for the content script's race at
 * document_start (content/learning.ts): it asks for its site's rules here *and* reads storage.local itself,
 * and takes whichever answers first. In Firefox ESR 140 a content script's storage.local read is slow (it
 * went past the parser in one-chunk revisits); a message to a background that has the rules in memory comes
 * back sooner — figures in docs/on-device-learning.md. No permission: the same data the content script may read.
 *
 * A cache, not a store: empty when the background (service worker / event page) starts, filled per site on
 * the first ask (one storage read), dropped whenever a learned key changes (learning, "Quên trang này",
 * "Quên tất cả"), so it never answers with rules storage no longer has. The site comes from the sender.
 */
import type { SiteSelectorRule } from '../core/rules';
import { siteKeyOf } from '../core/hosts';
import { browser } from '../shared/browser';
import { readSiteRules, SITE_PREFIX, INDEX_KEY, type LocalArea } from '../shared/learned-store';

const cache = new Map<string, Promise<SiteSelectorRule[]>>();

const isLearnedKey = (key: string): boolean => key === INDEX_KEY || key.startsWith(SITE_PREFIX);

/** The learned rules for the page at `url` ([] for a bad url, nothing learned, or a failed read). */
export function learnedRulesFor(url: string, area: LocalArea = browser.storage.local as unknown as LocalArea): Promise<SiteSelectorRule[]> {
  let site: string;
  try {
    site = siteKeyOf(new URL(url).hostname);
  } catch {
    return Promise.resolve([]);
  }
  let rules = cache.get(site);
  if (!rules) {
    rules = readSiteRules(area, site).catch(() => {
      cache.delete(site); // not cached: the next ask reads again
      return [];
    });
    cache.set(site, rules);
  }
  return rules;
}

/** storage.onChanged: any change to what was learned drops the whole cache. */
export function learnedStorageChanged(changes: Record<string, unknown>, area: string): void {
  if (area === 'local' && Object.keys(changes).some(isLearnedKey)) cache.clear();
}
