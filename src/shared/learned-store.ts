/**
 * What Tin Gọn learned on this device (core/reader-rules.ts), in `storage.local` only: never synced, never
 * sent. One key per site (a page reads only its own site's rules, in one read, at document_start) and one
 * index of sites with their size and last use.
 *
 * Bounds (docs/on-device-learning.md): per site READER_LIMITS (pages, signatures, rules, bytes); at most
 * MAX_SITES sites and MAX_TOTAL_BYTES in all. Over a bound, the least recently used site goes first.
 * Nothing is learned in a private window: `learningAllowed` is the gate, checked by the content script.
 */
import { type PageSignatures } from '../core/reader-signatures';
import { exportRules, parseSiteRecord, READER_LIMITS, recordPage, type ReaderLimits, type ReaderRule, type SiteRecord } from '../core/reader-rules';
import type { LearnedRules, SiteSelectorRule } from '../core/rules';

export const SITE_PREFIX = 'tin-gon/learned/site/';
export const INDEX_KEY = 'tin-gon/learned/index';
export const MAX_SITES = 40;
export const MAX_TOTAL_BYTES = 600_000;

/** The slice of `storage.local` this module uses (browser.storage.local fits; tests pass a Map-backed fake). */
export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StoreLimits extends ReaderLimits {
  sites: number;
  totalBytes: number;
}

export const STORE_LIMITS: StoreLimits = { ...READER_LIMITS, sites: MAX_SITES, totalBytes: MAX_TOTAL_BYTES };

/** site → size of its record (JSON characters) and last use */
export type StoreIndex = Record<string, { bytes: number; lastUsed: number }>;

export interface LearnedSite {
  site: string;
  rules: ReaderRule[];
  pagesSeen: number;
  lastSeen: number;
  bytes: number;
}

/** Learning is off in private windows (Chrome incognito, Firefox private browsing): they leave no trace. */
export function learningAllowed(context: { incognito: boolean }): boolean {
  return !context.incognito;
}

export const siteKey = (site: string): string => `${SITE_PREFIX}${site}`;

function parseIndex(value: unknown): StoreIndex {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: StoreIndex = {};
  for (const [site, v] of Object.entries(value as Record<string, unknown>)) {
    const e = v as { bytes?: unknown; lastUsed?: unknown };
    if (typeof e?.bytes === 'number' && typeof e.lastUsed === 'number') out[site] = { bytes: e.bytes, lastUsed: e.lastUsed };
  }
  return out;
}

export async function readIndex(area: LocalArea): Promise<StoreIndex> {
  return parseIndex((await area.get(INDEX_KEY))[INDEX_KEY]);
}

export async function readSite(area: LocalArea, site: string): Promise<SiteRecord | null> {
  const key = siteKey(site);
  return parseSiteRecord((await area.get(key))[key]);
}

/** The rules a page of `site` should get at document_start ([] when nothing was learned or the value is bad). */
export async function readSiteRules(area: LocalArea, site: string): Promise<SiteSelectorRule[]> {
  return (await readSite(area, site))?.rules ?? [];
}

/** Sites to drop so that the index (with `site` just written) fits the bounds: least recently used first. */
export function evictions(index: StoreIndex, keep: string, limits: Pick<StoreLimits, 'sites' | 'totalBytes'>): string[] {
  const byAge = Object.entries(index)
    .filter(([site]) => site !== keep)
    .sort((a, b) => a[1].lastUsed - b[1].lastUsed);
  let sites = Object.keys(index).length;
  let bytes = Object.values(index).reduce((n, e) => n + e.bytes, 0);
  const out: string[] = [];
  for (const [site, e] of byAge) {
    if (sites <= limits.sites && bytes <= limits.totalBytes) break;
    out.push(site);
    sites--;
    bytes -= e.bytes;
  }
  return out;
}

/** Add one cleaned page's signatures to its site; returns the site's record as stored. */
export async function learnPage(area: LocalArea, site: string, page: PageSignatures, now: number, limits: StoreLimits = STORE_LIMITS): Promise<SiteRecord> {
  const before = await readSite(area, site);
  const record = recordPage(before ?? undefined, page, site, now, limits);
  const index = await readIndex(area);
  index[site] = { bytes: JSON.stringify(record).length, lastUsed: now };
  const drop = evictions(index, site, limits);
  for (const s of drop) delete index[s];
  if (drop.length > 0) await area.remove(drop.map(siteKey));
  await area.set({ [siteKey(site)]: record, [INDEX_KEY]: index });
  return record;
}

/** Every site learned, most recently used first (the options page). */
export async function listLearned(area: LocalArea): Promise<LearnedSite[]> {
  const index = await readIndex(area);
  const sites = Object.keys(index);
  if (sites.length === 0) return [];
  const got = await area.get(sites.map(siteKey));
  const out: LearnedSite[] = [];
  for (const site of sites) {
    const record = parseSiteRecord(got[siteKey(site)]);
    if (!record) continue;
    const pages = Object.values(record.pages);
    out.push({ site, rules: record.rules, pagesSeen: pages.length, lastSeen: Math.max(0, ...pages.map((p) => p.last)), bytes: index[site]?.bytes ?? 0 });
  }
  return out.sort((a, b) => b.lastSeen - a.lastSeen || a.site.localeCompare(b.site));
}

/** "Quên trang này": everything learned on one site goes. */
export async function forgetSite(area: LocalArea, site: string): Promise<void> {
  const index = await readIndex(area);
  delete index[site];
  await area.remove(siteKey(site));
  await area.set({ [INDEX_KEY]: index });
}

/** "Quên tất cả": every learned key goes, also records the index lost track of. */
export async function forgetAll(area: LocalArea): Promise<void> {
  const all = await area.get(null);
  const keys = Object.keys(all).filter((k) => k === INDEX_KEY || k.startsWith(SITE_PREFIX));
  if (keys.length > 0) await area.remove(keys);
}

/** The export the options page offers: the schema of learned.json, evidence `source: reader`. */
export async function exportLearned(area: LocalArea): Promise<LearnedRules> {
  const index = await readIndex(area);
  const sites = Object.keys(index);
  const got = sites.length > 0 ? await area.get(sites.map(siteKey)) : {};
  const records = sites.flatMap((s) => {
    const r = parseSiteRecord(got[siteKey(s)]);
    return r ? [r] : [];
  });
  return exportRules(records);
}
