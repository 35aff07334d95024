/**
 * What the popup shows for one tab, as plain data: derived from the tab's URL, the settings and the stats — the
 * content script's live reply, or until it comes the background's snapshot (stats-source.ts, `pickStats`); null when
 * neither has anything. Pure; unit-tested.
 */
import type { Category, Entity } from '../core/types';
import { CATEGORIES } from '../core/types';
import { groupEntities, type EntityGroup } from '../panel/model';
import { decideEnablement, originOf } from '../shared/enablement';
import { coverPercent, sameDocument, type StatsReply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { StatsAnswer, StatsSource } from './stats-source';

/** Why the popup shows a notice instead of (or above) the summary. */
export type PopupNotice =
  /** not an http(s) page (browser pages, extension pages, files) */
  | 'unsupported'
  /** the popup could not read the tab's address (no permission for it) */
  | 'unknown-page'
  /** an http(s) page that is neither a built-in portal nor an added site: offer "Bật trên trang này" */
  | 'not-listed'
  /** clean mode should run but no content script answers: the page was open before install/enable */
  | 'reload'
  /** clean mode should run, nothing is known yet and the content script may still answer: the page is loading */
  | 'loading'
  | 'global-off'
  | 'site-off'
  /** the content script runs but found no article */
  | 'not-article';

export interface CategoryCount {
  category: Category;
  count: number;
}

export interface PopupView {
  /** hostname shown under the title, or null */
  host: string | null;
  /** origin to enable (for 'not-listed'), e.g. "https://example.com" */
  origin: string | null;
  /** settings key of this page's site, null when the page is not a built-in or added site */
  siteKey: string | null;
  /** the page's clean-mode switch: shown, and its state */
  siteToggle: { visible: boolean; checked: boolean };
  globalEnabled: boolean;
  showHidden: boolean;
  notice: PopupNotice | null;
  /** hidden blocks per category (only categories with a count), in the settings' category order */
  hidden: CategoryCount[];
  hiddenTotal: number;
  /** whether stats are known (counts and entities are meaningful): the live reply or a snapshot */
  hasStats: boolean;
  /** where they come from: the content script's live reply, or the background's snapshot until that comes */
  source: StatsSource | null;
  entityGroups: EntityGroup[];
  entityCount: number;
  panelOpen: boolean;
  /** the summary read only the first part of a very long article (percent read), else null */
  entitiesCoverPercent: number | null;
  /** the page kept removing Tin Gọn's marks and Tin Gọn stopped */
  gaveUp: boolean;
  /** the stats are from before the work was done (loading, cleaning, entities on their way): not final */
  partial: boolean;
}

/**
 * The stats to show: the live reply whenever there is one (it is the page's state now), else the snapshot — if it is
 * of this page (the background checked the tab's URL too; a fragment is the same page).
 */
export function pickStats(url: string | undefined, snapshot: StatsReply | null, live: StatsReply | null): StatsAnswer | null {
  if (live) return { source: 'live', reply: live };
  if (!snapshot) return null;
  if (url !== undefined && !sameDocument(snapshot.url, url)) return null;
  return { source: 'snapshot', reply: snapshot };
}

/**
 * `stats`: what to show (pickStats), and from where (default: the live reply); `waiting`: the live reply may still
 * come — with no stats, the page is said to be loading rather than to need a reload.
 */
export function popupView(url: string | undefined, settings: Settings, stats: StatsReply | null, from: { source?: StatsSource; waiting?: boolean } = {}): PopupView {
  const base: PopupView = {
    host: null,
    origin: null,
    siteKey: null,
    siteToggle: { visible: false, checked: false },
    globalEnabled: settings.enabled,
    showHidden: settings.showHidden,
    notice: null,
    hidden: [],
    hiddenTotal: 0,
    hasStats: false,
    source: null,
    entityGroups: [],
    entityCount: 0,
    panelOpen: false,
    entitiesCoverPercent: null,
    gaveUp: false,
    partial: false,
  };
  if (!url) return { ...base, notice: 'unknown-page' };
  const origin = originOf(url);
  if (!origin) return { ...base, notice: 'unsupported' };
  const host = new URL(origin).hostname;
  const state = decideEnablement(url, settings);
  if (state.siteKey === null) return { ...base, host, origin, notice: 'not-listed' };

  const view: PopupView = { ...base, host, origin, siteKey: state.siteKey, siteToggle: { visible: true, checked: state.enabled } };
  if (state.reason === 'global-disabled') return { ...view, notice: 'global-off' };
  if (state.reason === 'site-disabled') return { ...view, notice: 'site-off' };
  if (!stats) return { ...view, notice: from.waiting ? 'loading' : 'reload' };

  const entities: Entity[] = Array.isArray(stats.entities) ? stats.entities : [];
  const hidden = countByCategory(stats.hidden);
  return {
    ...view,
    hasStats: true,
    source: from.source ?? 'live',
    notice: stats.reason === 'not-article' ? 'not-article' : null,
    hidden,
    hiddenTotal: hidden.reduce((sum, c) => sum + c.count, 0),
    entityGroups: groupEntities(entities),
    entityCount: entities.length,
    panelOpen: stats.panelOpen === true,
    entitiesCoverPercent: coverPercent(stats.entitiesCover),
    gaveUp: stats.gaveUp === 'page-removes-marks',
    partial: stats.partial === true,
  };
}


/** Sum the reply's per-label counts per category; keep the settings' category order; drop zeros. */
export function countByCategory(hidden: StatsReply['hidden'] | undefined): CategoryCount[] {
  const sums = new Map<Category, number>();
  for (const item of Array.isArray(hidden) ? hidden : []) {
    if (!CATEGORIES.includes(item.category) || !(item.count > 0)) continue;
    sums.set(item.category, (sums.get(item.category) ?? 0) + item.count);
  }
  return CATEGORIES.filter((c) => sums.has(c)).map((category) => ({ category, count: sums.get(category) ?? 0 }));
}

