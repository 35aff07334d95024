/**
 * The model of the reader's corrections per site (pure; src/shared/corrections-store.ts does the storage).
 * The reader's corrections per site (core/corrections.ts), in `storage.local` only: never synced, never sent.
 * Always read through `parseCorrections` (a corrupt value becomes empty, never throws). Bounded: at most
 * MAX_PER_SITE corrections of each kind per site and MAX_SITES sites; the least recently corrected site goes first.
 * Making a correction undoes its opposite: hiding a selector the reader had shown again removes the "show", and
 * the other way round.
 */
import type { Correction, SiteCorrections } from '../core/corrections';
import { siteKeyOf } from '../core/hosts';

export const CORRECTIONS_KEY = 'tin-gon/corrections';
export const MAX_PER_SITE = 100;
export const MAX_SITES = 200;
const MAX_SELECTOR_CHARS = 500;
const MAX_LABEL_CHARS = 80;

export interface CorrectionsState {
  version: 1;
  sites: Record<string, SiteCorrections>;
}

export type CorrectionKind = 'hide' | 'show';

export const emptyCorrections = (): CorrectionsState => ({ version: 1, sites: {} });

function parseCorrection(raw: unknown): Correction | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.selector !== 'string' || r.selector.length === 0 || r.selector.length > MAX_SELECTOR_CHARS) return null;
  const label = typeof r.label === 'string' ? r.label.slice(0, MAX_LABEL_CHARS) : '';
  const at = typeof r.at === 'number' && Number.isFinite(r.at) ? r.at : 0;
  return { selector: r.selector, label, at, ...(r.confirmed === true ? { confirmed: true } : {}) };
}

function parseList(raw: unknown): Correction[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Correction[] = [];
  for (const item of raw) {
    const c = parseCorrection(item);
    if (!c || seen.has(c.selector)) continue;
    seen.add(c.selector);
    out.push(c);
  }
  return out.slice(-MAX_PER_SITE);
}

/** Any stored value → valid state. */
export function parseCorrections(raw: unknown): CorrectionsState {
  const state = emptyCorrections();
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return state;
  const sites = (raw as { sites?: unknown }).sites;
  if (typeof sites !== 'object' || sites === null) return state;
  for (const [site, value] of Object.entries(sites as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    const entry = { hide: parseList(v.hide), show: parseList(v.show) };
    if (entry.hide.length + entry.show.length > 0) state.sites[siteKeyOf(site)] = entry;
  }
  return bounded(state);
}

function lastAt(s: SiteCorrections): number {
  return Math.max(0, ...s.hide.map((c) => c.at), ...s.show.map((c) => c.at));
}

function bounded(state: CorrectionsState): CorrectionsState {
  const entries = Object.entries(state.sites);
  if (entries.length <= MAX_SITES) return state;
  entries.sort((a, b) => lastAt(b[1]) - lastAt(a[1]));
  return { version: 1, sites: Object.fromEntries(entries.slice(0, MAX_SITES)) };
}

/** The corrections of one site (empty when none). */
export function correctionsFor(state: CorrectionsState, hostname: string): SiteCorrections {
  return state.sites[siteKeyOf(hostname)] ?? { hide: [], show: [] };
}

/** `state` with one more correction of `kind` on `site`; its opposite for the same selector goes. */
export function withCorrection(state: CorrectionsState, site: string, kind: CorrectionKind, c: Correction): CorrectionsState {
  const key = siteKeyOf(site);
  const current = state.sites[key] ?? { hide: [], show: [] };
  const other: CorrectionKind = kind === 'hide' ? 'show' : 'hide';
  const next: SiteCorrections = {
    ...current,
    [kind]: [...current[kind].filter((x) => x.selector !== c.selector), c].slice(-MAX_PER_SITE),
    [other]: current[other].filter((x) => x.selector !== c.selector),
  } as SiteCorrections;
  return bounded({ version: 1, sites: { ...state.sites, [key]: next } });
}

/** `state` without one correction (the options page's undo). */
export function withoutCorrection(state: CorrectionsState, site: string, kind: CorrectionKind, selector: string): CorrectionsState {
  const key = siteKeyOf(site);
  const current = state.sites[key];
  if (!current) return state;
  const next = { ...current, [kind]: current[kind].filter((x) => x.selector !== selector) } as SiteCorrections;
  const sites = { ...state.sites };
  if (next.hide.length + next.show.length === 0) delete sites[key];
  else sites[key] = next;
  return { version: 1, sites };
}

