/**
 * Every runtime message between content script, background, popup and options.
 * One discriminated union; no ad-hoc string messages elsewhere.
 */
import type { Category, Entity } from '../core/types';

export interface HiddenCount {
  category: Category;
  label: string;
  count: number;
}

export interface StatsReply {
  /** location.href of the page that answered (lets tests and tools find a tab without the `tabs` permission) */
  url: string;
  enabled: boolean;
  /** why clean mode is off on this page, when it is */
  reason?: 'site-disabled' | 'global-disabled' | 'not-listed' | 'not-article';
  hidden: HiddenCount[];
  /**
   * declutterMs: plan + apply of the first pass (its work, summed over the slices it ran in);
   * declutterSlices: how many slices (tasks) it took, when more than one; entitiesMs: extraction;
   * cleanedAt: performance.now() when the first pass was applied (same time origin as the page),
   * so a benchmark can measure DOMContentLoaded → cleaned.
   */
  timings: { declutterMs: number; declutterSlices?: number; entitiesMs: number; cleanedAt?: number };
  entities: Entity[];
  panelOpen: boolean;
  /**
   * Sent before the work was done (the page still loading, a clean or the entity pass still running):
   * what is known so far. The content script answers within STATS_DEADLINE_MS either way.
   */
  partial?: true;
  /** the entity summary read only the first `read` of the article's `total` characters (ENTITY_TEXT_CAP) */
  entitiesCover?: { read: number; total: number };
  /** the page kept removing the extension's marks: after a few rounds with growing pauses it stopped */
  gaveUp?: 'page-removes-marks';
}

export type Message =
  /**
   * `sentAt`: the asker's Date.now() when it sent the request. The content script's deadline counts from
   * then, not from when the page's main thread got round to the message (a page busy with its own work
   * for most of a second delays delivery by that much; see session.ts statsWithin).
   */
  | { type: 'tin-gon/stats'; sentAt?: number }
  | { type: 'tin-gon/set-enabled'; enabled: boolean }
  | { type: 'tin-gon/panel'; open: boolean }
  /** start the element picker ("Chọn khối để ẩn") in the tab */
  | { type: 'tin-gon/pick' }
  | { type: 'tin-gon/badge'; count: number }
  | { type: 'tin-gon/load-entities' }
  /** have picker.js (the correction UI) injected next to the content script */
  | { type: 'tin-gon/load-picker' }
  /**
   * content → background at document_start: the learned rules of the sender's own site, from the background's
   * memory (background/learned-cache.ts); raced with the content script's own storage read
   */
  | { type: 'tin-gon/learned-rules' }
  /**
   * content → background: the reader's choice on the page (panel open/closed, the page switch), written to
   * synced settings by the background. Sent the moment the reader acts, so it is saved even when the tab
   * closes right after (a write the page itself had batched went with it in Firefox). `pageEnabled` is for
   * the sender's own site only: the background takes the site from the sender, never from the message.
   */
  | { type: 'tin-gon/save-choice'; panelOpen?: boolean; pageEnabled?: boolean }
  /**
   * content → background at its milestones (started, cleaned, entities in, a toggle, gave up): what the popup would
   * render, compact (content/stats.ts compactStats), throttled. The background keeps the last one per tab (background/stats-snapshots.ts)
   * for the popup, which cannot wait for a page whose main thread is busy with its own work.
   */
  | { type: 'tin-gon/stats-snapshot'; stats: StatsReply }
  /** popup → background: the last snapshot of tab `tabId`, if it is of the page the tab shows now (else null) */
  | { type: 'tin-gon/stats-snapshot-of'; tabId: number }
  | { type: 'tin-gon/toggle-site'; tabId?: number }
  | { type: 'tin-gon/enable-origin'; origin: string }
  | { type: 'tin-gon/disable-origin'; origin: string };

export type MessageType = Message['type'];

/** Background's answer to `save-choice`: written (with the batch it joined), or why not. */
export interface SaveChoiceReply {
  ok: boolean;
  /** 'forbidden' | 'not-listed' | the write's error message (e.g. a full sync storage) */
  error?: string;
}

/** Background's answer to `toggle-site`: the site key toggled and whether clean mode is now on there. */
export interface ToggleSiteReply {
  ok: boolean;
  siteKey?: string;
  enabled?: boolean;
  /** 'no-tab' | 'not-listed' (the page is neither a built-in portal nor an added origin) */
  error?: string;
}

/**
 * Background's answer to a content script's `load-entities` / `load-picker`: whether entities.js (the
 * entity recogniser and the panel) / picker.js (the correction UI) was injected into the sender's frame,
 * next to the content script.
 */
export interface LoadEntitiesReply {
  ok: boolean;
  /** 'no-tab' | an API error message */
  error?: string;
}

/**
 * Background's answer to `enable-origin` / `disable-origin`.
 * `enable-origin` needs the origin's host permission granted first (the popup calls
 * `permissions.request({ origins: [originPermissionPattern(origin)] })` in the click handler).
 */
export interface OriginReply {
  ok: boolean;
  /** 'invalid-origin' | 'no-permission' | an API error message */
  error?: string;
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith('tin-gon/');
}

/** A stats request as the popup sends it: stamped with the time it leaves (the content script's deadline counts from then). */
export function statsRequest(): Message {
  return { type: 'tin-gon/stats', sentAt: Date.now() };
}

/** Percent of the article the entity summary read, when it read only a part (rounded down, at least 1). */
/** The same document: equal but for the fragment (a jump to #comments is no new page) — a stats snapshot's test. */
export function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

export function coverPercent(cover: { read: number; total: number } | undefined): number | null {
  if (!cover || !(cover.total > 0) || !(cover.read < cover.total)) return null;
  return Math.max(1, Math.floor((cover.read / cover.total) * 100));
}
