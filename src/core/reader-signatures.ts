/**
 * On-device learning, step 1 (pure): a cleaned page → the signatures of its blocks outside the article.
 *
 * A signature is what a later page of the same site can be compared with, and nothing more: a CSS selector
 * made of the block root's stable names (tag, id, classes, `data-*`; digits and hashes dropped), the shape of
 * its heading as a short label, hashes of the article links it holds (never the URLs or their text), a hash of
 * its text when it is a short boilerplate line, and what the engine decided. reader-rules.ts merges the
 * signatures of several pages into site rules. No article text is kept.
 *
 * Blocks looked at:
 *  - what the engine hid (decision = its category; `named` when a heading or site rule said so);
 *  - link lists the engine kept, outside the article and outside the page's landmarks (header, nav, footer):
 *    whether they are menus or story lists is only known across pages (link turnover, reader-rules.ts);
 *  - short text blocks the engine kept next to the article (same column), outside landmarks: boilerplate
 *    when the same text recurs on other pages ("Theo dõi … trên Google News" bars, newsletter boxes).
 */
import type { Category, HideItem } from './types';
import { normalizeSpace } from './text';
import { siteKeyOf } from './hosts';
import { runInside } from './doc-order';
import { drain, STEP_EVERY, type Steps } from './steps';

/** What the engine did with a block on one page. `kept`: nothing (the learner may still learn it). */
export type Decision = Category | 'kept';

export interface BlockSignature {
  /** CSS selector of the block root from stable names; matches only blocks decided alike on this page */
  selector: string;
  kind: 'list' | 'block';
  decision: Decision;
  /** a heading rule or a site rule hid it (not a structure-only detector) */
  named: boolean;
  /** short label: the block's heading, at most LABEL_CHARS characters */
  label: string;
  /** hashes of the same-site links it holds (lists) */
  links: string[];
  /** hash of its normalised text (short blocks only) */
  text?: string;
}

export interface PageSignatures {
  /** hash of the page's host + path: which page taught what, without keeping the address */
  pageId: string;
  signatures: BlockSignature[];
  /** selectors of rules already learned that would hide article text on this page */
  unsafe: string[];
}

export interface SignatureInput {
  url: string;
  article: Element | null;
  /** what the engine hid on this page */
  items: readonly HideItem[];
  /** selectors of the site's learned rules (checked against the article on this page) */
  learnedSelectors?: readonly string[];
  /**
   * article parts a site rule would wrongly catch, which the plan spares (`HidePlan.keep`; core/marks.ts marks
   * them KEEP_ATTR). Taken from the plan, not read back from the page: a page may carry that attribute itself.
   */
  keep?: readonly Element[];
}

export const LABEL_CHARS = 60;
/** a kept block this short, next to the article, may be recurring boilerplate */
const BOILERPLATE_CHARS = 120;
const MIN_LIST_LINKS = 3;
/** a selector that matches more blocks than this is too broad to be a site rule */
const MAX_MATCHES = 4;
const MAX_SIGNATURES = 40;
const MAX_LINKS = 24;
const LANDMARKS = 'header,nav,footer,[role="navigation"],[role="banner"],[role="contentinfo"],[role="menubar"]';
const HEADING = 'h1,h2,h3,h4,h5,h6,[class*="title" i],[class*="head" i]';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, not reversible into the text at these lengths of input. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The page's identity for evidence: host (without www.) + path, hashed. Query and fragment are not the page. */
export function pageIdOf(url: string): string {
  const u = new URL(url);
  return hash32(`${siteKeyOf(u.hostname)}${u.pathname}`);
}

const NAME = /^[A-Za-z][\w-]{1,40}$/;
/** volatile parts: long digit runs (ids, dates), hash-like mixes, state and layout utilities */
const VOLATILE = /\d{3,}|[a-f0-9]{6,}|^(?:active|show|hidden|open|selected|current|is-|has-|js-|lazy|loaded|clearfix|col|row$|flex|d-|mt-|mb-|pt-|pb-|p-|m-|w-|h-|swiper-slide)/i;
const STABLE_DATA = /^data-(?:layout|role|type|cd-key|box|zone|block|module|component|widget|name|section)$/;

function stableId(el: Element): string | null {
  const id = el.getAttribute('id');
  return id && NAME.test(id) && !VOLATILE.test(id) ? id : null;
}

function stableClasses(el: Element): string[] {
  return Array.from(el.classList)
    .filter((c) => NAME.test(c) && !VOLATILE.test(c) && !c.startsWith('tin-gon'))
    .slice(0, 3);
}

function stableData(el: Element): string[] {
  const out: string[] = [];
  for (const attr of Array.from(el.attributes)) {
    // `type` on a <div>: the CMS's block type (VCCorp's type="RelatedOneNews"), not an input's
    if (!STABLE_DATA.test(attr.name) && !(attr.name === 'type' && el.localName === 'div')) continue;
    const v = attr.value;
    if (v.length === 0 || v.length > 40 || VOLATILE.test(v) || !/^[\w -]+$/.test(v)) continue;
    out.push(`[${attr.name}="${v}"]`);
  }
  return out;
}

/** The block's own name: #id, or tag.class…, or null when it has none that will hold on another page. */
function ownName(el: Element, withData: boolean): string | null {
  const id = stableId(el);
  if (id) return `#${id}`;
  const classes = stableClasses(el);
  const data = withData ? stableData(el) : [];
  if (classes.length === 0 && data.length === 0) return null;
  return `${el.localName}${classes.map((c) => `.${c}`).join('')}${data.join('')}`;
}

/** Selectors for `el`: its own names with data-*, without, then under its nearest named ancestor. */
export function selectorCandidates(el: Element): string[] {
  // the most specific own name first: a CMS block type or layout says more than a shared class
  const out: string[] = [];
  const plain = ownName(el, false);
  const rich = ownName(el, true);
  if (rich) out.push(rich);
  if (plain && plain !== rich) out.push(plain);
  const base = rich ?? plain;
  let depth = 0;
  for (let a = el.parentElement; a && a.localName !== 'body' && depth < 4; a = a.parentElement, depth++) {
    const name = ownName(a, true);
    if (!name) continue;
    if (base) out.push(`${name} ${base}`);
    else if (a === el.parentElement) out.push(`${name} > ${el.localName}`);
    break;
  }
  return out;
}

function safeQuery(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function headingLabel(el: Element): string {
  const h = el.querySelector(HEADING);
  const text = normalizeSpace(h?.textContent ?? '');
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1)}…`;
}

/** Same-site links to other pages, as hashes of their path (the menu's and the story list's alike). */
function linkHashes(el: Element, base: URL, pageId: string): string[] {
  const out = new Set<string>();
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    let u: URL;
    try {
      u = new URL(a.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if (siteKeyOf(u.hostname) !== siteKeyOf(base.hostname) || u.pathname === '/' || u.pathname === base.pathname) continue;
    const h = hash32(`${siteKeyOf(u.hostname)}${u.pathname}`);
    if (h !== pageId) out.add(h);
    if (out.size >= MAX_LINKS) break;
  }
  return [...out].sort();
}

interface Context {
  doc: Document;
  article: Element | null;
  hidden: Set<Element>;
  base: URL;
  pageId: string;
}

function insideHidden(el: Element, hidden: Set<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (hidden.has(e)) return true;
  return false;
}

function overlapsArticle(el: Element, article: Element | null): boolean {
  return article !== null && (el === article || el.contains(article) || article.contains(el));
}

/**
 * The first candidate selector that picks out blocks decided like `el` on this page: for a hidden block,
 * only hidden blocks; for a kept one, only itself. Never one that reaches the article.
 */
function chooseSelector(el: Element, hiddenBlock: boolean, ctx: Context): string | null {
  for (const sel of selectorCandidates(el)) {
    const matches = safeQuery(ctx.doc, sel);
    if (matches.length === 0 || matches.length > MAX_MATCHES || !matches.includes(el)) continue;
    if (matches.some((m) => overlapsArticle(m, ctx.article) && !(hiddenBlock && ctx.hidden.has(m)))) continue;
    if (hiddenBlock ? matches.every((m) => insideHidden(m, ctx.hidden)) : matches.length === 1) return sel;
  }
  return null;
}

/**
 * The index ranges [from, to) of `items` (a static list in document order) that lie in the article or in a
 * hidden block: each root's elements are one run in document order, found by bisection. Ranges sorted by
 * start; they may overlap (a hidden block inside the article).
 */
function* skippedRuns(items: ArrayLike<Element>, ctx: Context): Steps<[number, number][]> {
  const runs: [number, number][] = [];
  const roots = ctx.article ? [ctx.article, ...ctx.hidden] : [...ctx.hidden];
  let n = 0;
  for (const root of roots) {
    if (++n % 8 === 0) yield;
    const run = runInside(root, items, (el) => el);
    if (run[1] > run[0]) runs.push(run);
  }
  return runs.sort((a, b) => a[0] - b[0]);
}

/**
 * Walks `items` in order, skipping the runs: calls `visit` with each index left, and pauses every STEP_EVERY
 * of them. (What is skipped is what `overlapsArticle`/`insideHidden` would have turned away one by one: on a
 * page of 5,000 teasers appended into a hidden box, 10,000 links and 5,000 blocks read through Firefox's
 * Xrays in one task.)
 */
function* eachOutside(items: ArrayLike<Element>, runs: readonly [number, number][], visit: (el: Element) => void): Steps<void> {
  let r = 0;
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    while (r < runs.length && runs[r]![1] <= i) r++;
    const run = runs[r];
    if (run && i >= run[0]) {
      // (overlapping runs: jump past the furthest end among those that have begun)
      let end = run[1];
      for (let k = r + 1; k < runs.length && runs[k]![0] < end; k++) end = Math.max(end, runs[k]![1]);
      i = end - 1;
      continue;
    }
    if (++n % STEP_EVERY === 0) yield;
    visit(items[i]!);
  }
}

/** Kept link lists outside the article and the landmarks: the nearest named container of ≥ 3 links. */
function* keptListsSteps(ctx: Context): Steps<Element[]> {
  const out = new Set<Element>();
  const body = ctx.doc.body;
  if (!body) return [];
  const links = body.querySelectorAll('a[href]');
  yield* eachOutside(links, yield* skippedRuns(links, ctx), (a) => {
    if (overlapsArticle(a, ctx.article) || insideHidden(a, ctx.hidden) || a.closest(LANDMARKS)) return;
    let depth = 0;
    for (let c = a.parentElement; c && c !== body && depth < 6; c = c.parentElement, depth++) {
      if (overlapsArticle(c, ctx.article) || out.has(c)) break;
      if (!ownName(c, true)) continue;
      if (c.querySelectorAll('a[href]').length >= MIN_LIST_LINKS) {
        out.add(c);
        break;
      }
    }
  });
  yield;
  // the innermost list wins when lists nest
  return [...out].filter((c) => ![...out].some((o) => o !== c && c.contains(o)));
}

/** Kept short blocks in the article's column (its parent's subtree), outside it and outside landmarks. */
function* keptShortBlocksSteps(ctx: Context): Steps<Element[]> {
  const column = ctx.article?.parentElement?.parentElement ?? null;
  if (!column || !ctx.article) return [];
  const out: Element[] = [];
  const blocks = column.querySelectorAll('div,p,section,aside,ul');
  // the blocks inside the article (and inside hidden blocks) are runs in document order: skipped by
  // bisection, not one by one (a comment thread of 60,000 entries inside <article> was one task of seconds
  // from a Firefox content script)
  yield* eachOutside(blocks, yield* skippedRuns(blocks, ctx), (el) => {
    if (overlapsArticle(el, ctx.article) || insideHidden(el, ctx.hidden) || el.closest(LANDMARKS)) return;
    if (el.querySelector('div,p,section,ul,h1,h2,h3,article,textarea,form')) return; // the innermost block only
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length < 4 || text.length > BOILERPLATE_CHARS) return;
    if (!ownName(el, true)) return;
    out.push(el);
  });
  return out;
}

/** Signatures of one cleaned page (see the file comment). Pure: reads the DOM, writes nothing. */
export function pageSignatures(doc: Document, input: SignatureInput): PageSignatures {
  return drain(pageSignaturesSteps(doc, input));
}

/**
 * pageSignatures, pausable (core/steps.ts): after each block whose selector is chosen (each a few queries
 * over the page), every STEP_EVERY links or blocks looked at, and between the passes.
 */
export function* pageSignaturesSteps(doc: Document, input: SignatureInput): Steps<PageSignatures> {
  const base = new URL(input.url);
  const pageId = pageIdOf(input.url);
  // blocks hidden by rules learned on this device are judged afresh, as if kept: their evidence must hold by itself
  const engineItems = input.items.filter((i) => !i.ruleId.startsWith('reader:'));
  const hidden = new Set(engineItems.map((i) => i.element));
  const ctx: Context = { doc, article: input.article, hidden, base, pageId };
  const seen = new Set<string>();
  const signatures: BlockSignature[] = [];
  const add = (sig: BlockSignature): void => {
    if (seen.has(sig.selector) || signatures.length >= MAX_SIGNATURES) return;
    seen.add(sig.selector);
    signatures.push(sig);
  };
  for (const item of engineItems) {
    yield;
    const selector = chooseSelector(item.element, true, ctx);
    if (!selector) continue;
    const links = linkHashes(item.element, base, pageId);
    const text = normalizeSpace(item.element.textContent ?? '');
    add({
      selector,
      kind: links.length >= MIN_LIST_LINKS ? 'list' : 'block',
      decision: item.category,
      named: item.ruleId.startsWith('heading:') || item.ruleId.startsWith('site:'),
      label: (item.label || headingLabel(item.element)).slice(0, LABEL_CHARS),
      links,
      ...(text.length <= BOILERPLATE_CHARS ? { text: hash32(text) } : {}),
    });
  }
  for (const el of yield* keptListsSteps(ctx)) {
    yield;
    const selector = chooseSelector(el, false, ctx);
    if (selector) add({ selector, kind: 'list', decision: 'kept', named: false, label: headingLabel(el), links: linkHashes(el, base, pageId) });
  }
  for (const el of yield* keptShortBlocksSteps(ctx)) {
    yield;
    const selector = chooseSelector(el, false, ctx);
    if (!selector) continue;
    add({ selector, kind: 'block', decision: 'kept', named: false, label: '', links: [], text: hash32(normalizeSpace(el.textContent ?? '')) });
  }
  const unsafe: string[] = [];
  const kept = new Set(input.keep ?? []);
  for (const sel of input.learnedSelectors ?? []) {
    yield;
    const matches = safeQuery(doc, sel);
    // inside the article is fine (an in-body related box) unless the guard kept it; around it never is
    const article = input.article;
    if (matches.some((m) => (article !== null && m.contains(article)) || kept.has(m))) unsafe.push(sel);
  }
  return { pageId, signatures, unsafe };
}
