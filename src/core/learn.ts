/**
 * The learner: corpus (seed text dumps + annotated HTML pages) → rules. Pure: the script does the
 * file I/O. Deterministic: inputs are sorted, evidence lists sorted, output order canonical.
 *
 * What it learns:
 *  - section headings: short blocks that open a run of teasers (timestamps, doubled titles, labels),
 *    recurring across pages, or matching the small seed lexicon (src/rules/priors.json; evidence "prior");
 *  - teaser labels: the short line printed above a teaser's timestamp; celebrity when its words
 *    are showbiz words (lexicon) — a section mostly labelled so becomes a celebrity section;
 *  - inline boilerplate: short blocks recurring across pages (document frequency) or annotated as
 *    inline clutter, generalised by shared token suffixes ("theo dõi <site> trên", "- hình <num>");
 *  - celebrity vocabulary: words of celebrity-labelled teaser titles that no other teaser or article uses;
 *  - per-site selectors: stable id/class selectors of the sections the engine finds on a site's
 *    pages, kept only when every match on every page of that site is clutter and no gold passage.
 */
import { mergeReaderRules } from './reader-rules';
import type { Category } from './types';
import type {
  BoilerplateRule as BoilerplateShape,
  Evidence,
  HeadingRule as HeadingShape,
  LabelRule as LabelShape,
  Learned as WithEvidence,
  LearnedRule,
  LearnedRules,
  SiteSelectorRule as SiteSelectorShape,
  VocabRule as VocabShape,
} from './rules';
import { fold, isDoubledTitle, isTimestamp, normalizeSpace, shape, shapeTokens } from './text';
import { type SeedGold, type PageGold, seedLineLabels } from './gold';
import { planDeclutter } from './declutter';
import { articleGuard, findArticleRoot, isProtected } from './article';

type HeadingRule = WithEvidence<HeadingShape>;
type BoilerplateRule = WithEvidence<BoilerplateShape>;
type LabelRule = WithEvidence<LabelShape>;
type VocabRule = WithEvidence<VocabShape>;
type SiteSelectorRule = WithEvidence<SiteSelectorShape>;

/** The hand-written seed lexicon (data: src/rules/priors.json). */
export interface Priors {
  /** section headings, by category */
  headings: readonly { text: string; category: Category }[];
  /** call-to-action openings other portals use for the learned "theo dõi <site> trên" line (shapes, `<site>` is any name) */
  boilerPrefixes: readonly string[];
  /** folded word roots of showbiz/entertainment teaser labels */
  celebrityRoots: readonly string[];
}

export interface SeedDoc {
  name: string;
  lines: string[];
  gold?: SeedGold;
}

export interface PageDoc {
  name: string;
  document: Document;
  gold?: PageGold;
}

export interface Corpus {
  seeds: SeedDoc[];
  pages: PageDoc[];
  /** site rules readers gave back (src/rules/reader.json, `npm run learn -- --import`), kept with their evidence */
  readerRules?: SiteSelectorRule[];
}

const MAX_HEADING_TOKENS = 6;
const MAX_LABEL_TOKENS = 4;
const MAX_BOILER_TOKENS = 12;
const LOOKAHEAD = 12;

function slug(pattern: string): string {
  return pattern.replace(/[<>]/g, '').replace(/\s+/g, '-');
}

function siteOfSeed(seed: SeedDoc): string {
  return seed.gold?.site ?? 'unknown';
}

function siteOfPage(page: PageDoc): string {
  if (page.gold?.site) return page.gold.site;
  const m = /^([a-z0-9.-]+\.[a-z]{2,})__/.exec(page.name);
  return m?.[1] ?? 'unknown';
}

/**
 * Accumulates evidence per key: which pages, which sites, how many times. The one tally of the learner: lines,
 * headings, labels, suffixes shared by boilerplate lines and site selectors all count their evidence here.
 */
class Tally {
  private readonly map = new Map<string, { pages: Set<string>; sites: Set<string>; count: number }>();
  private entry(key: string): { pages: Set<string>; sites: Set<string>; count: number } {
    let e = this.map.get(key);
    if (!e) this.map.set(key, (e = { pages: new Set(), sites: new Set(), count: 0 }));
    return e;
  }
  add(key: string, page: string, site: string): void {
    const e = this.entry(key);
    e.pages.add(page);
    e.sites.add(site);
    e.count++;
  }
  /** Add the pages and sites of evidence gathered elsewhere, counting `count` occurrences. */
  addEvidence(key: string, from: Pick<Evidence, 'pages' | 'sites'>, count: number): void {
    const e = this.entry(key);
    for (const p of from.pages) e.pages.add(p);
    for (const s of from.sites) e.sites.add(s);
    e.count += count;
  }
  get(key: string): Evidence | undefined {
    const e = this.map.get(key);
    return e && { pages: [...e.pages].sort(), sites: [...e.sites].sort(), count: e.count };
  }
  /** The keys, sorted (by code unit unless `compare` says otherwise). */
  keys(compare?: (a: string, b: string) => number): string[] {
    return [...this.map.keys()].sort(compare);
  }
  df(key: string): number {
    return this.map.get(key)?.pages.size ?? 0;
  }
}

function isCelebrityLabel(priors: Priors, text: string): boolean {
  const f = ` ${fold(text)} `;
  return priors.celebrityRoots.some((root) => f.includes(` ${root} `));
}

function priorCategory(priors: Priors, text: string): Category | undefined {
  const s = shape(text);
  let best: Priors['headings'][number] | undefined;
  for (const entry of priors.headings) {
    const p = shape(entry.text);
    if ((s === p || s.startsWith(`${p} `)) && (!best || p.length > shape(best.text).length)) best = entry;
  }
  return best?.category;
}

function nonBlank(lines: string[]): { n: number; text: string }[] {
  const out: { n: number; text: string }[] = [];
  lines.forEach((raw, i) => {
    const text = normalizeSpace(raw);
    if (text) out.push({ n: i + 1, text });
  });
  return out;
}

/** Teaser evidence right after a line: timestamps, doubled titles, repeated lines. */
function teasersAfter(lines: { text: string }[], i: number): number {
  let n = 0;
  for (let j = i + 1; j < lines.length && j <= i + LOOKAHEAD; j++) {
    const t = lines[j]!.text;
    if (isTimestamp(t) || isDoubledTitle(t) || lines[j + 1]?.text === t) n++;
  }
  return n;
}

interface Learned {
  priors: Priors;
  headings: Tally;
  headingCategory: Map<string, Category>;
  labels: Tally;
  boiler: Tally;
  boilerLines: Map<string, Set<string>>;
  articleShapes: Set<string>;
  echoTails: Tally;
  /** teaser titles by whether their label is a celebrity label */
  celebTitles: Tally;
  otherTitles: Tally;
}

function learnFromSeeds(seeds: SeedDoc[], acc: Learned): void {
  for (const seed of seeds) {
    const site = siteOfSeed(seed);
    const lines = nonBlank(seed.lines);
    const labels = seed.gold ? seedLineLabels(seed.gold, seed.lines) : new Map();
    lines.forEach(({ n, text }, i) => {
      const tokens = shapeTokens(text);
      const s = tokens.join(' ');
      const label = labels.get(n);
      if (label === 'article') acc.articleShapes.add(s);
      // teaser label: a short line printed right above a timestamp
      const next = lines[i + 1]?.text;
      if (next && isTimestamp(next) && tokens.length <= MAX_LABEL_TOKENS && !isTimestamp(text)) {
        acc.labels.add(s, seed.name, site);
        // the teaser's title sits just above its label: its words are this label's vocabulary
        const title = lines[i - 1]?.text;
        if (title && !isTimestamp(title)) {
          const tally = isCelebrityLabel(acc.priors, text) ? acc.celebTitles : acc.otherTitles;
          for (const term of new Set(terms(title))) tally.add(term, seed.name, site);
        }
        return;
      }
      // section heading: short, not a sentence, opens a run of teasers (a tab row counts as one)
      if (tokens.length > 0 && tokens.length <= MAX_HEADING_TOKENS && !/[.!?;,]$/.test(text) && label !== 'article' && label !== 'inline' && !isTimestamp(text)) {
        let k = i;
        while (k + 1 < lines.length && shapeTokens(lines[k + 1]!.text).length <= MAX_HEADING_TOKENS && !isTimestamp(lines[k + 1]!.text) && k - i < 3) k++;
        if (teasersAfter(lines, k) >= 2) {
          acc.headings.add(s, seed.name, site);
          const cat = priorCategory(acc.priors, text) ?? (label && label !== 'article' && label !== 'inline' ? label : undefined);
          if (cat && !acc.headingCategory.has(s)) acc.headingCategory.set(s, cat);
        }
      }
      // boilerplate candidates: short blocks (document frequency decides), and annotated inline lines
      if (tokens.length > 0 && tokens.length <= MAX_BOILER_TOKENS && label !== 'article') acc.boiler.add(s, seed.name, site);
      // alt-text echo: a line repeating an earlier title plus a short tail ("… - Hình 1") — the tail is boilerplate
      for (let j = 0; j < i; j++) {
        const earlier = shapeTokens(lines[j]!.text);
        if (earlier.length < 5 || tokens.length <= earlier.length || tokens.length > earlier.length + 4) continue;
        if (tokens.slice(0, earlier.length).join(' ') !== earlier.join(' ')) continue;
        acc.echoTails.add(tokens.slice(earlier.length).join(' '), seed.name, site);
        break;
      }
      if (label === 'inline' && tokens.length <= MAX_BOILER_TOKENS) {
        const set = acc.boilerLines.get(s) ?? new Set<string>();
        set.add(seed.name);
        acc.boilerLines.set(s, set);
      }
    });
  }
}

function learnFromPages(pages: PageDoc[], acc: Learned): void {
  for (const page of pages) {
    const site = siteOfPage(page);
    for (const passage of page.gold?.article ?? []) acc.articleShapes.add(shape(passage));
    for (const c of page.gold?.clutter ?? []) {
      if (c.category !== 'inline') continue;
      const s = shape(c.text);
      if (s === '' || s.split(' ').length > MAX_BOILER_TOKENS) continue;
      const set = acc.boilerLines.get(s) ?? new Set<string>();
      set.add(page.name);
      acc.boilerLines.set(s, set);
      acc.boiler.add(s, page.name, site);
    }
  }
}

/** Words and word pairs of a title, folded (the vocabulary unit). */
function terms(title: string): string[] {
  const t = shapeTokens(isDoubledTitle(title) ? title.slice(0, title.length / 2) : title).filter((w) => /^[a-z]{2,}$/.test(w));
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.length >= 5) out.push(t[i]!);
    if (i + 1 < t.length) out.push(`${t[i]} ${t[i + 1]}`);
  }
  return out;
}

/**
 * Celebrity vocabulary: terms in ≥ 2 celebrity-labelled teaser titles, never in another teaser's
 * title and never in an annotated article line (so everyday words like "vì sao" drop out).
 */
function vocabRules(acc: Learned): VocabRule[] {
  const article = [...acc.articleShapes].map((a) => ` ${a} `);
  const out: VocabRule[] = [];
  for (const key of acc.celebTitles.keys()) {
    const ev = acc.celebTitles.get(key)!;
    if (ev.pages.length < 2 || acc.otherTitles.df(key) > 0) continue;
    if (article.some((a) => a.includes(` ${key} `))) continue;
    out.push({ id: `vocab:${slug(key)}`, kind: 'vocab', pattern: key, category: 'celebrity', evidence: ev });
  }
  return out;
}

/** Longest common token suffix of two shapes. */
function commonSuffix(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i <= Math.min(a.length, b.length); i++) {
    if (a[a.length - i] !== b[b.length - i]) break;
    out.unshift(a[a.length - i]!);
  }
  return out;
}

function boilerplateRules(acc: Learned): BoilerplateRule[] {
  const exact = new Map<string, Evidence>();
  for (const key of acc.boiler.keys()) {
    if (acc.articleShapes.has(key) || acc.headings.df(key) > 0 || acc.labels.df(key) > 0) continue;
    if (/^(?:<time>|<date>|<num>)(?: (?:<time>|<date>|<num>))*$/.test(key)) continue;
    const annotated = acc.boilerLines.has(key);
    // one bare word ("Có", "Không") is boilerplate only in context (a poll's options), never everywhere
    if (!key.includes(' ') && (acc.boiler.get(key)?.sites.length ?? 0) < 2) continue;
    if (!annotated && acc.boiler.df(key) < 2) continue;
    // recurring but unannotated lines must recur across sites to count (one site's teaser titles do not)
    if (!annotated && (acc.boiler.get(key)?.sites.length ?? 0) < 2) continue;
    exact.set(key, acc.boiler.get(key)!);
  }
  const rules: BoilerplateRule[] = [...prefixRules(acc.priors, exact)];
  const keys = [...exact.keys()].sort();
  // generalise by shared suffix: two boilerplate lines ending the same way make a suffix rule
  const suffixes = new Tally();
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const suf = commonSuffix(keys[i]!.split(' '), keys[j]!.split(' '));
      const strong = suf.length >= 3 || (suf.length >= 2 && suf.some((t) => t === '<site>' || t === '-'));
      if (!strong || !suf.some((t) => /^[a-z]/.test(t))) continue;
      const key = suf.join(' ');
      suffixes.addEvidence(key, exact.get(keys[i]!)!, 1);
      suffixes.addEvidence(key, exact.get(keys[j]!)!, 1);
    }
  }
  for (const key of acc.echoTails.keys()) {
    const ev = acc.echoTails.get(key)!;
    if (ev.count < 2 || !/[a-z]/.test(key)) continue;
    suffixes.addEvidence(key, ev, ev.count);
  }
  for (const key of suffixes.keys((a, b) => a.localeCompare(b))) {
    const e = suffixes.get(key)!;
    // never a suffix that ends an article line
    if ([...acc.articleShapes].some((a) => a === key || a.endsWith(` ${key}`))) continue;
    exact.delete(key);
    rules.push({
      id: `boilerplate:suffix:${slug(key)}`,
      kind: 'boilerplate',
      pattern: key,
      match: 'suffix',
      category: 'inline',
      evidence: e,
    });
  }
  for (const key of keys) {
    if (!exact.has(key)) continue;
    // an exact line already covered by a learned suffix adds nothing
    if (rules.some((r) => r.match === 'suffix' && key.endsWith(r.pattern))) continue;
    rules.push({ id: `boilerplate:${slug(key)}`, kind: 'boilerplate', pattern: key, match: 'exact', category: 'inline', evidence: exact.get(key)! });
  }
  return rules;
}

/**
 * Prefix rules: a boilerplate line naming a site with words after the name ("theo dõi <site> trên") is a
 * call to action whose platform and tail the seeds cut off (an icon link); on other portals the same line
 * goes on ("… trên Google News để không bỏ lỡ …"). Each such line, anchored at its first word with the
 * site slot open to any name, becomes a prefix rule (matched in core/follow.ts); plus the prior openings.
 */
function prefixRules(priors: Priors, exact: Map<string, Evidence>): BoilerplateRule[] {
  const found = new Map<string, Evidence>();
  for (const [key, ev] of exact) {
    const tokens = key.split(' ');
    const slot = tokens.indexOf('<site>');
    if (slot <= 0 || slot === tokens.length - 1) continue;
    found.set(key, { ...ev, pages: [...ev.pages], sites: [...ev.sites] });
  }
  for (const key of priors.boilerPrefixes) {
    const seen = found.get(key);
    found.set(key, seen ? { ...seen, prior: true } : { pages: [], sites: [], count: 0, prior: true });
  }
  return [...found.keys()].sort().map((key) => ({
    id: `boilerplate:prefix:${slug(key)}`,
    kind: 'boilerplate' as const,
    pattern: key,
    match: 'prefix' as const,
    category: 'inline' as const,
    evidence: found.get(key)!,
  }));
}

function headingRules(acc: Learned): HeadingRule[] {
  const rules = new Map<string, HeadingRule>();
  for (const key of acc.headings.keys()) {
    const ev = acc.headings.get(key)!;
    const cat = priorCategory(acc.priors, key) ?? acc.headingCategory.get(key);
    // a heading seen once with no lexicon support is not enough
    if (!cat && ev.pages.length < 2) continue;
    rules.set(key, { id: `heading:${slug(key)}`, kind: 'heading', pattern: key, match: 'exact', category: cat ?? 'related', evidence: ev });
  }
  for (const { text, category } of acc.priors.headings) {
    const key = shape(text);
    const seen = acc.headings.get(key);
    const match = key.includes(' ') ? 'prefix' : 'exact';
    const existing = rules.get(key);
    if (existing) {
      existing.match = match;
      existing.evidence.prior = true;
      continue;
    }
    rules.set(key, {
      id: `heading:${slug(key)}`,
      kind: 'heading',
      pattern: key,
      match,
      category,
      evidence: { pages: seen?.pages ?? [], sites: seen?.sites ?? [], count: seen?.count ?? 0, prior: true },
    });
  }
  return [...rules.values()];
}

function labelRules(acc: Learned): LabelRule[] {
  return acc.labels.keys().map((key) => ({
    id: `label:${slug(key)}`,
    kind: 'teaser-label' as const,
    pattern: key,
    category: isCelebrityLabel(acc.priors, key) ? ('celebrity' as const) : null,
    evidence: acc.labels.get(key)!,
  }));
}

const UNSTABLE_CLASS = /\d{3,}|^(?:dt-|d-|col|row$|clearfix|flex|active|show|hidden|mt-|mb-|pt-|pb-|p-|m-|w-|h-|swiper-slide)/;

/** A selector from stable names only: #id, or tag.class.class (no hashes, no utility classes). */
export function stableSelector(el: Element): string | null {
  const id = el.getAttribute('id');
  if (id && /^[A-Za-z][\w-]{2,40}$/.test(id) && !/\d{3,}/.test(id)) return `#${id}`;
  const classes = Array.from(el.classList).filter((c) => /^[A-Za-z][\w-]{2,40}$/.test(c) && !UNSTABLE_CLASS.test(c));
  if (classes.length === 0) return null;
  return `${el.tagName.toLowerCase()}.${classes.slice(0, 2).join('.')}`;
}

function goldPassageIn(el: Element, gold: PageGold | undefined): boolean {
  if (!gold) return false;
  const text = normalizeSpace(el.textContent ?? '');
  return gold.article.some((p) => text.includes(normalizeSpace(p).slice(0, 60)));
}

function siteSelectorRules(pages: PageDoc[], base: LearnedRules): SiteSelectorRule[] {
  const bySite = new Map<string, PageDoc[]>();
  for (const p of pages) {
    if (p.name.includes('.reconstructed')) continue;
    const list = bySite.get(siteOfPage(p)) ?? [];
    list.push(p);
    bySite.set(siteOfPage(p), list);
  }
  const out: SiteSelectorRule[] = [];
  for (const site of [...bySite.keys()].sort()) {
    // reconstructed pages teach words and shapes, but their markup is ours, not the site's
    const sitePages = bySite.get(site)!;
    const found = new Tally();
    /** what the planner first called the block: its category and label */
    const named = new Map<string, { category: Category; label: string }>();
    for (const page of sitePages) {
      const plan = planDeclutter(page.document, base);
      for (const item of plan.items) {
        if (item.category === 'inline') continue;
        const sel = stableSelector(item.element);
        if (!sel) continue;
        if (!named.has(sel)) named.set(sel, { category: item.category, label: item.label });
        found.add(sel, page.name, site);
      }
    }
    for (const sel of found.keys()) {
      const e = named.get(sel)!;
      // validate on every page of the site: no match may hold article text or a gold passage
      let ok = true;
      for (const page of sitePages) {
        const article = findArticleRoot(page.document);
        const guard = articleGuard(article, page.document);
        const matches = Array.from(page.document.querySelectorAll(sel));
        if (matches.length > 4) ok = false;
        for (const m of matches) if (isProtected(m, guard) || goldPassageIn(m, page.gold)) ok = false;
        if (!ok) break;
      }
      if (!ok) continue;
      out.push({
        id: `site:${site}:${sel}`,
        kind: 'site-selector',
        site,
        selector: sel,
        label: e.label,
        category: e.category,
        evidence: found.get(sel)!,
      });
    }
  }
  return out;
}

const KIND_ORDER: Record<LearnedRule['kind'], number> = { heading: 0, 'teaser-label': 1, vocab: 2, boilerplate: 3, 'site-selector': 4 };

export function learnRules(corpus: Corpus, priors: Priors): LearnedRules {
  const seeds = [...corpus.seeds].sort((a, b) => a.name.localeCompare(b.name));
  const pages = [...corpus.pages].sort((a, b) => a.name.localeCompare(b.name));
  const acc: Learned = { priors, headings: new Tally(), headingCategory: new Map(), labels: new Tally(), boiler: new Tally(), boilerLines: new Map(), articleShapes: new Set(), echoTails: new Tally(), celebTitles: new Tally(), otherTitles: new Tally() };
  learnFromSeeds(seeds, acc);
  learnFromPages(pages, acc);
  const generic: LearnedRule[] = [...headingRules(acc), ...labelRules(acc), ...vocabRules(acc), ...boilerplateRules(acc)];
  const corpusInfo = {
    pages: [...seeds.map((s) => s.name), ...pages.map((p) => p.name)].sort(),
    sites: [...new Set([...seeds.map(siteOfSeed), ...pages.map(siteOfPage)])].sort(),
  };
  const base: LearnedRules = { version: 1, corpus: corpusInfo, rules: generic };
  const sites = siteSelectorRules(pages, base);
  const reader = mergeReaderRules([], corpus.readerRules ?? [], [...generic, ...sites]);
  const rules = [...generic, ...sites, ...reader].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id));
  return { version: 1, corpus: corpusInfo, rules };
}

/** Canonical JSON text of a rules file (2-space indent, trailing newline): byte-stable. */
export function serializeRules(rules: LearnedRules): string {
  return `${JSON.stringify(rules, null, 2)}\n`;
}

