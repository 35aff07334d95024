/**
 * What the content script should do with the page, as a pure function of settings, the reader's
 * in-tab choice (`set-enabled`) and where the page is. Unit-tested; session.ts only executes it.
 */
import { CATEGORIES, type Category } from '../core/types';
import { decideEnablement, type Enablement } from '../shared/enablement';
import type { Settings } from '../shared/settings';

export interface PageState {
  enabled: boolean;
  reason?: Enablement['reason'];
  siteKey: string | null;
  categories: ReadonlySet<Category>;
  /** hidden blocks are outlined instead of hidden (core/marks.ts MarkStyle) */
  showHidden: boolean;
  /** identity of what a plan depends on: a change means restore + re-plan */
  planKey: string;
}

export function enabledCategories(settings: Settings): Set<Category> {
  return new Set(CATEGORIES.filter((c) => settings.categories[c]));
}

export function pageState(url: string, settings: Settings, override: boolean | null): PageState {
  const decision = decideEnablement(url, settings);
  // an in-tab choice cannot switch on a page that is neither built-in nor added
  const enabled = decision.siteKey === null ? false : (override ?? decision.enabled);
  const categories = enabledCategories(settings);
  const showHidden = settings.showHidden;
  const state: PageState = { enabled, siteKey: decision.siteKey, categories, showHidden, planKey: `${showHidden ? 'show-hidden' : 'hide'}|${[...categories].join(',')}` };
  if (!enabled) state.reason = decision.reason ?? 'site-disabled';
  return state;
}

/**
 * The in-tab override lasts until settings change this site's own decision (the reader, or another
 * tab, decided again), so the newest choice wins.
 */
export function nextOverride(url: string, before: Settings, after: Settings, override: boolean | null): boolean | null {
  if (override === null) return null;
  return decideEnablement(url, before).enabled === decideEnablement(url, after).enabled ? override : null;
}
