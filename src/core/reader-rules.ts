/**
 * On-device learning, step 2 (pure): the signatures of a site's pages (reader-signatures.ts) → a bounded
 * per-site record → site rules in the schema of src/rules/learned.json (`site-selector`, evidence
 * `source: reader`, pages seen, first and last seen). Also the way back: an export of those rules, and
 * merging an export into the shipped rules (`npm run learn -- --import FILE`).
 *
 * When a signature becomes a rule (seen on ≥ 2 different article pages of the site, never over article text):
 *  - a list of links whose links change from page to page is a list of other stories (turnover ≥ 0.5);
 *    one whose links stay the same is navigation and stays — unless a heading or site rule named it
 *    ("Đọc nhiều" lists the same stories on every page read that day);
 *  - a block the engine hid on every page it was seen on (tag rows, follow lines) is learned as it is;
 *  - a short block the engine kept, but whose text is the same on every page, is boilerplate (`inline`).
 */
import type { Category } from './types';
import { CATEGORIES, isRecord } from './types';
import type { Evidence, Learned, LearnedRules, Rule, SiteSelectorRule } from './rules';
import { type Decision, type PageSignatures } from './reader-signatures';

/** A site rule learned on a reader's device: a site selector with its evidence (`source: reader`). */
export type ReaderRule = Learned<SiteSelectorRule>;

/** One page's view of one signature (short keys: this is what storage.local holds, per page and block). */
export interface Observation {
  d: Decision;
  /** named by a heading or site rule */
  n?: 1;
  /** link hashes */
  l?: string[];
  /** text hash */
  t?: string;
  /** a rule with this selector would have hidden article text on this page */
  u?: 1;
}

export interface SignatureRecord {
  sel: string;
  kind: 'list' | 'block';
  label: string;
  /** by page id */
  obs: Record<string, Observation>;
}

export interface SiteRecord {
  version: 1;
  site: string;
  /** page id → when it was first and last read (ms since epoch) */
  pages: Record<string, { first: number; last: number }>;
  sigs: SignatureRecord[];
  /** derived from `sigs` by rulesFromRecord, kept so a page can read its CSS in one storage read */
  rules: ReaderRule[];
  /** last time a page of this site was read or cleaned with these rules: least recently used sites go first */
  lastUsed: number;
}

export interface ReaderLimits {
  pagesPerSite: number;
  signaturesPerSite: number;
  rulesPerSite: number;
  /** JSON size of one site's record */
  bytesPerSite: number;
}

/** The bounds of what one site may keep (docs/on-device-learning.md). */
export const READER_LIMITS: ReaderLimits = { pagesPerSite: 12, signaturesPerSite: 80, rulesPerSite: 30, bytesPerSite: 40_000 };

export const MIN_PAGES = 2;
export const TURNOVER = 0.5;
const MAX_SELECTOR = 200;
/** what a learned selector may contain: names, ids, classes, attribute tests with quoted values, combinators */
const SAFE_SELECTOR = /^[\w\-#.[\]=" >]+$/;

export function isSafeSelector(sel: string): boolean {
  return sel.length > 0 && sel.length <= MAX_SELECTOR && SAFE_SELECTOR.test(sel);
}

export function emptyRecord(site: string, now: number): SiteRecord {
  return { version: 1, site, pages: {}, sigs: [], rules: [], lastUsed: now };
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared / (a.length + b.length - shared);
}

/** 1 − the mean Jaccard similarity of the link sets of every pair of pages: 0 = same links, 1 = all new. */
export function linkTurnover(lists: readonly (readonly string[])[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      sum += jaccard(lists[i] ?? [], lists[j] ?? []);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : 1 - sum / pairs;
}

function majority(decisions: readonly Category[]): Category {
  const counts = new Map<Category, number>();
  for (const d of decisions) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: Category = decisions[0] ?? 'related';
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** The category a signature's evidence supports as a rule, or null when it stays. */
export function judgeSignature(sig: SignatureRecord, pages: SiteRecord['pages']): Category | null {
  const obs = Object.entries(sig.obs).filter(([page]) => page in pages).map(([, o]) => o);
  if (obs.some((o) => o.u === 1)) return null;
  if (obs.length < MIN_PAGES) return null;
  const engine = obs.flatMap((o) => (o.d === 'kept' ? [] : [o.d]));
  const allHidden = engine.length === obs.length;
  if (sig.kind === 'list') {
    const turnover = linkTurnover(obs.map((o) => o.l ?? []));
    if (allHidden && obs.some((o) => o.n === 1)) return majority(engine);
    if (turnover < TURNOVER) return null; // same links on every page: navigation
    return engine.length > 0 ? majority(engine) : 'related';
  }
  if (allHidden) return majority(engine);
  const texts = new Set(obs.map((o) => o.t));
  if (texts.size === 1 && obs[0]?.t !== undefined) return engine.length > 0 ? majority(engine) : 'inline';
  return null;
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The site rules a record supports, at most `limits.rulesPerSite` (most pages first), sorted by id. */
export function rulesFromRecord(record: SiteRecord, limits: ReaderLimits = READER_LIMITS): ReaderRule[] {
  const rules: ReaderRule[] = [];
  for (const sig of record.sigs) {
    if (!isSafeSelector(sig.sel)) continue;
    const category = judgeSignature(sig, record.pages);
    if (!category) continue;
    const pages = Object.keys(sig.obs).filter((p) => p in record.pages).sort();
    const times = pages.map((p) => record.pages[p]!);
    const evidence: Evidence = {
      pages,
      sites: [record.site],
      count: pages.length,
      source: 'reader',
      firstSeen: day(Math.min(...times.map((t) => t.first))),
      lastSeen: day(Math.max(...times.map((t) => t.last))),
    };
    rules.push({ id: `reader:${record.site}:${sig.sel}`, kind: 'site-selector', site: record.site, selector: sig.sel, label: sig.label, category, evidence });
  }
  rules.sort((a, b) => b.evidence.count - a.evidence.count || a.id.localeCompare(b.id));
  return rules.slice(0, limits.rulesPerSite).sort((a, b) => a.id.localeCompare(b.id));
}

function observationOf(sig: PageSignatures['signatures'][number]): Observation {
  const o: Observation = { d: sig.decision };
  if (sig.named) o.n = 1;
  if (sig.links.length > 0) o.l = sig.links;
  if (sig.text !== undefined) o.t = sig.text;
  return o;
}

/** Drop the least recently read page and every observation it made. */
function dropOldestPage(record: SiteRecord): boolean {
  const oldest = Object.entries(record.pages).sort((a, b) => a[1].last - b[1].last)[0];
  if (!oldest) return false;
  delete record.pages[oldest[0]];
  for (const sig of record.sigs) delete sig.obs[oldest[0]];
  record.sigs = record.sigs.filter((s) => Object.keys(s.obs).length > 0);
  return true;
}

/**
 * Add one cleaned page to a site's record (a new object; `before` is not changed) and derive its rules.
 * Bounded: pages, signatures and bytes per site (the least recently read page goes first).
 */
export function recordPage(before: SiteRecord | undefined, page: PageSignatures, site: string, now: number, limits: ReaderLimits = READER_LIMITS): SiteRecord {
  const record: SiteRecord = before ? structuredClone(before) : emptyRecord(site, now);
  const known = record.pages[page.pageId];
  record.pages[page.pageId] = { first: known?.first ?? now, last: now };
  const bySel = new Map(record.sigs.map((s) => [s.sel, s]));
  for (const sig of page.signatures) {
    if (!isSafeSelector(sig.selector)) continue;
    let rec = bySel.get(sig.selector);
    if (!rec) {
      rec = { sel: sig.selector, kind: sig.kind, label: sig.label, obs: {} };
      bySel.set(sig.selector, rec);
      record.sigs.push(rec);
    }
    // a block hidden by a rule learned here comes back as "kept": keep what the engine itself said before
    const previous = rec.obs[page.pageId];
    const next = observationOf(sig);
    if (next.d === 'kept' && previous && previous.d !== 'kept') {
      next.d = previous.d;
      if (previous.n) next.n = 1;
    }
    rec.obs[page.pageId] = next;
    if (sig.kind === 'list') rec.kind = 'list';
    if (sig.label) rec.label = sig.label;
  }
  for (const sel of page.unsafe) {
    const rec = bySel.get(sel);
    if (rec) rec.obs[page.pageId] = { ...(rec.obs[page.pageId] ?? { d: 'kept' }), u: 1 };
  }
  while (Object.keys(record.pages).length > limits.pagesPerSite) dropOldestPage(record);
  if (record.sigs.length > limits.signaturesPerSite) {
    // keep the signatures seen on the most pages, then the most recently seen
    const lastSeen = (s: SignatureRecord): number => Math.max(0, ...Object.keys(s.obs).map((p) => record.pages[p]?.last ?? 0));
    record.sigs.sort((a, b) => Object.keys(b.obs).length - Object.keys(a.obs).length || lastSeen(b) - lastSeen(a));
    record.sigs = record.sigs.slice(0, limits.signaturesPerSite);
  }
  record.lastUsed = now;
  record.rules = rulesFromRecord(record, limits);
  while (JSON.stringify(record).length > limits.bytesPerSite && Object.keys(record.pages).length > 1) {
    dropOldestPage(record);
    record.rules = rulesFromRecord(record, limits);
  }
  return record;
}

/** CSS that hides what the rules match, sparing what the article guard marked with `keepAttr`. */
export function readerCss(rules: readonly SiteSelectorRule[], categories: ReadonlySet<Category>, keepAttr: string): string {
  const selectors = rules.filter((r) => categories.has(r.category) && isSafeSelector(r.selector)).map((r) => `${r.selector}:not([${keepAttr}])`);
  return selectors.length === 0 ? '' : `${selectors.join(',\n')}{display:none!important}\n`;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCategory = (v: unknown): v is Category => typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);

/** A stored record as it should be, or null (a corrupt or foreign value is dropped, never trusted). */
export function parseSiteRecord(value: unknown): SiteRecord | null {
  if (!isRecord(value) || value.version !== 1 || typeof value.site !== 'string' || typeof value.lastUsed !== 'number') return null;
  if (!isRecord(value.pages) || !Array.isArray(value.sigs) || !Array.isArray(value.rules)) return null;
  const record = value as unknown as SiteRecord;
  // rules reach the page as CSS: each one is checked again, whatever wrote it
  const rules = record.rules.filter((r) => isRecord(r) && r.kind === 'site-selector' && typeof r.selector === 'string' && isSafeSelector(r.selector) && isCategory(r.category));
  return { ...record, rules };
}

/** An export of what was learned, in the schema of learned.json (site-selector rules, evidence `source: reader`). */
export function exportRules(records: readonly SiteRecord[]): LearnedRules {
  const rules = records.flatMap((r) => r.rules).sort((a, b) => a.id.localeCompare(b.id));
  return { version: 1, corpus: { pages: [], sites: [...new Set(records.map((r) => r.site))].sort() }, rules };
}

/** Validate an export (JSON text or value): its reader site rules, or an Error that says what is wrong. */
export function parseReaderExport(value: unknown): ReaderRule[] {
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.rules)) throw new Error('not a Tin Gọn rules export: expected {"version": 1, "rules": [...]}');
  return value.rules.map((r, i) => {
    const where = `rules[${i}]`;
    if (!isRecord(r) || r.kind !== 'site-selector') throw new Error(`${where}: only site-selector rules can be imported`);
    if (typeof r.site !== 'string' || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(r.site)) throw new Error(`${where}: bad site ${JSON.stringify(r.site)}`);
    if (typeof r.selector !== 'string' || !isSafeSelector(r.selector)) throw new Error(`${where}: unsafe or empty selector ${JSON.stringify(r.selector)}`);
    if (!isCategory(r.category)) throw new Error(`${where}: unknown category ${JSON.stringify(r.category)}`);
    const ev = r.evidence;
    if (!isRecord(ev) || ev.source !== 'reader' || !isStringArray(ev.pages) || typeof ev.count !== 'number') throw new Error(`${where}: evidence must say source "reader" with pages and count`);
    if (ev.pages.length < MIN_PAGES) throw new Error(`${where}: taught by ${ev.pages.length} page(s), at least ${MIN_PAGES} needed`);
    const evidence: Evidence = { pages: [...new Set(ev.pages)].sort(), sites: [r.site], count: ev.count, source: 'reader' };
    if (typeof ev.firstSeen === 'string') evidence.firstSeen = ev.firstSeen;
    if (typeof ev.lastSeen === 'string') evidence.lastSeen = ev.lastSeen;
    return {
      id: `reader:${r.site}:${r.selector}`,
      kind: 'site-selector',
      site: r.site,
      selector: r.selector,
      label: typeof r.label === 'string' ? r.label.slice(0, 80) : '',
      category: r.category,
      evidence,
    };
  });
}

function mergeEvidence(a: Evidence, b: Evidence): Evidence {
  const pages = [...new Set([...a.pages, ...b.pages])].sort();
  const out: Evidence = { pages, sites: [...new Set([...a.sites, ...b.sites])].sort(), count: pages.length, source: 'reader' };
  const first = [a.firstSeen, b.firstSeen].filter((x): x is string => x !== undefined).sort()[0];
  const last = [a.lastSeen, b.lastSeen].filter((x): x is string => x !== undefined).sort().pop();
  if (first) out.firstSeen = first;
  if (last) out.lastSeen = last;
  return out;
}

/**
 * Merge reader site rules into a rule list: a selector already given for that site by a shipped rule
 * stays the shipped rule; the same reader rule given twice keeps the union of its evidence.
 */
export function mergeReaderRules(base: readonly ReaderRule[], incoming: readonly ReaderRule[], shipped: readonly Rule[] = []): ReaderRule[] {
  const taken = new Set(shipped.flatMap((r) => (r.kind === 'site-selector' ? [`${r.site} ${r.selector}`] : [])));
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const rule of incoming) {
    if (taken.has(`${rule.site} ${rule.selector}`)) continue;
    const had = byId.get(rule.id);
    byId.set(rule.id, had ? { ...had, category: rule.category, label: rule.label || had.label, evidence: mergeEvidence(had.evidence, rule.evidence) } : rule);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
