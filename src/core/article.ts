/**
 * Find the article and protect it. jsdom has no layout, so the score is paragraph density:
 * every substantial, link-poor paragraph votes for its parent (full) and grandparent (half).
 * The guard is absolute: nothing that contains (or sits inside) an article paragraph is hidden.
 */
import { runInside } from './doc-order';
import { normalizeSpace } from './text';
import { relatedCards } from './related-card';
import { BLOCK_TAGS, NOT_ARTICLE_SELECTOR, PARAGRAPH_SELECTOR, UNRENDERED_TAGS } from './tag-sets';
import { drain, STEP_EVERY, type Steps } from './steps';
import { attrOf, elementsOf, foundOnce, parentOf, selfOrAncestor, tagOf, textOf } from './reads';

const MIN_PARAGRAPH_CHARS = 60;
/** Short blocks count as article text only when they are real text tags (subheadings, bylines). */
const MIN_PROTECTED_CHARS = 25;
const MIN_PROTECTED_TEXT_TAG_CHARS = 2;
const TEXT_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'PRE', 'LI', 'FIGCAPTION', 'TD', 'TH']);

/** Elements whose text no reader sees (with scripting on, a <noscript> holds its markup as text). */
const UNSEEN_TAGS = new Set([...UNRENDERED_TAGS, ...UNRENDERED_TAGS.map((t) => t.toLowerCase())]);
const UNSEEN_SELECTOR = UNRENDERED_TAGS.map((t) => t.toLowerCase()).join(', ');

/** The tag name of an element whose text no reader sees (an inline <svg> has its own <style>). */
export const isUnseenTag = (tag: string): boolean => UNSEEN_TAGS.has(tag);

/** Does `el` hold an element whose text no reader sees? */
export const holdsUnseenText = (el: Element): boolean => el.querySelector(UNSEEN_SELECTOR) !== null;

/**
 * The text of `el` without the text of descendants whose tag name `skip` accepts. For the three questions the
 * planner asks (without unseen elements; without links; without both) it is found once per element during a
 * plan, an ancestor's joined from its children's, and a child holding nothing to leave out (one selector query)
 * is its textContent: one read, not one per node. On a portal page saved after its scripts ran (24h.com.vn, 136
 * scripts) every wrapper holding one re-read its whole subtree node by node — 62,379 DOM reads in the clean; once
 * per element, 31,028; with a child's textContent, 16,577 (counted under jsdom, tests/unit/plan-slices.test.ts).
 * Each read is a wrapped call from a Firefox content script (docs/firefox-2026-12-06.md §4).
 * (The same string: an HTML document has no CDATA, the one kind of text textContent has and the walk has not.)
 */
export function textOutside(el: Element, skip: (tag: string) => boolean): string {
  // (any other `skip`: a child without elements is its textContent)
  const selector = SKIP_SELECTORS.get(skip) ?? '*';
  const find = (e: Element): string => joinOutside(e, skip, (c) => (c.querySelector(selector) ? foundOnce(skip, c, find) : textOf(c)));
  return foundOnce(skip, el, find);
}

function joinOutside(el: Element, skip: (tag: string) => boolean, inner: (el: Element) => string): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) out += c.nodeValue ?? '';
    else if (type === 1 && !skip(tagOf(c as Element))) out += inner(c as Element);
  }
  return out;
}

/**
 * What a reader sees of an element's text: textContent without scripts, styles, <noscript> markup and
 * templates (a portal's inline ad config must not score as a paragraph, nor glue onto a heading).
 */
export function visibleText(el: Element): string {
  return holdsUnseenText(el) ? textOutside(el, isUnseenTag) : textOf(el);
}

/** Share of an element's text that sits inside links (0 when empty). */
export function linkDensity(el: Element, textLength?: number): number {
  const total = textLength ?? normalizeSpace(visibleText(el)).length;
  // (the article finder and the guard both ask about a paragraph: its links are read once per plan)
  return total === 0 ? 0 : Math.min(1, foundOnce(linkDensity, el, linkedChars) / total);
}

/** Characters of normalised link text in `el`. */
function linkedChars(el: Element): number {
  // most paragraphs are plain text: no child element, no link
  if (!el.firstElementChild) return 0;
  const links = el.getElementsByTagName('a');
  let linked = 0;
  // (a live list's length is a DOM call too: read once, planning never changes the page)
  for (let i = 0, n = links.length; i < n; i++) linked += normalizeSpace(textOf(links[i]!)).length;
  return linked;
}

/** A link's tag name ('A' in HTML): its text is left out of textOutside(el, isLinkTag). */
export const isLinkTag = (tag: string): boolean => tag === 'A';

/** A link's or an unseen element's tag name: textOutside(el, isLinkOrUnseenTag) is a label without its buttons. */
export const isLinkOrUnseenTag = (tag: string): boolean => tag === 'A' || isUnseenTag(tag);

/**
 * What finds every element a `skip` of textOutside may accept (some more: an SVG <a>): a child it finds nothing in
 * is its textContent. (isLinkTag's rows are small: '*', a child without elements.)
 */
const SKIP_SELECTORS = new Map<(tag: string) => boolean, string>([
  [isUnseenTag, UNSEEN_SELECTOR],
  [isLinkOrUnseenTag, 'a,' + UNSEEN_SELECTOR],
]);


/** A <div> only counts as a paragraph when it holds text itself, not other blocks. (Hot: runs on every div.) */
function isParagraphLike(el: Element): boolean {
  if (tagOf(el) !== 'DIV') return true;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_TAGS.has(tagOf(child))) return false;
  return true;
}

// not "sidebar": vnexpress names its main column .sidebar-1
const TEASER_CLASS = /(?:related|lien-?quan|widget|comment|teaser|recommend|popular|most-?read|news-?item|item-?news|news-?list|list-?news|box-?news|article-?item)/i;

/**
 * A teaser's lead ("Trang Avia Pro dẫn thông tin…" under a title in "Tin mới nhất") reads like a
 * paragraph; it must not vote for the article: it sits in a list item, next to a linked title, or
 * in a block named like a teaser list.
 */
function* isTeaserLeadSteps(p: Element, linkedTitles: Map<Element, boolean>): Steps<boolean> {
  let e: Element | null = p;
  for (let depth = 0; e && depth < 4; depth++, e = parentOf(e)) {
    if (tagOf(e) === 'LI') return true;
    const cls = attrOf(e, 'class');
    if (cls !== null && TEASER_CLASS.test(cls)) return true;
  }
  const parent = parentOf(p);
  if (!parent) return false;
  // the body's paragraphs share one parent: look at its headings once
  let linked = linkedTitles.get(parent);
  if (linked === undefined) linkedTitles.set(parent, (linked = yield* hasLinkedTitleSteps(parent)));
  return linked;
}

const SUBHEADING = new Set(['H2', 'H3', 'H4']);

/**
 * A child heading that is entirely a link: the title of a teaser. Pauses every STEP_EVERY children: the
 * body's paragraphs can share their parent with 9,500 siblings (a page of 10,000 unclosed <div>s).
 */
function* hasLinkedTitleSteps(parent: Element): Steps<boolean> {
  let n = 0;
  for (let h = parent.firstElementChild; h; h = h.nextElementSibling) {
    if (++n % STEP_EVERY === 0) yield;
    if (!SUBHEADING.has(tagOf(h))) continue;
    const a = h.querySelector('a[href]');
    if (a && normalizeSpace(textOf(a)) === normalizeSpace(textOf(h))) return true;
  }
  return false;
}

/**
 * A block that may be a paragraph (one of PARAGRAPH_SELECTOR, a <div> only when it holds no other block)
 * with its raw text. The planner's walk collects them on its way (see paragraphBlocks).
 */
export interface TextBlock {
  el: Element;
  raw: string;
  /** normalizeSpace(raw), once someone needed it (blockText) */
  text?: string;
}

/** A block's normalised text, computed once: finding the article, its guard and its text all read it. */
export function blockText(block: TextBlock): string {
  return (block.text ??= normalizeSpace(block.raw));
}

/** The paragraph-like blocks under `root` (not `root` itself), in document order. */
export function paragraphBlocks(root: Element): TextBlock[] {
  const out: TextBlock[] = [];
  const blocks = root.querySelectorAll(PARAGRAPH_SELECTOR);
  for (let i = 0, n = blocks.length; i < n; i++) {
    const el = blocks[i];
    if (el && isParagraphLike(el)) out.push({ el, raw: visibleText(el) });
  }
  return out;
}

/** `blocks`: paragraphBlocks(doc.body), when the caller has them already. */
export function findArticleRoot(doc: Document, blocks?: readonly TextBlock[]): Element | null {
  return drain(findArticleRootSteps(doc, blocks));
}

/** findArticleRoot, pausable every STEP_EVERY blocks (steps.ts). */
export function* findArticleRootSteps(doc: Document, blocks?: readonly TextBlock[]): Steps<Element | null> {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const linkedTitles = new Map<Element, boolean>();
  let n = 0;
  for (const block of blocks ?? paragraphBlocks(body)) {
    if (++n % STEP_EVERY === 0) yield;
    const p = block.el;
    // normalising only ever shortens: skip the short majority before paying for it
    if (block.raw.length < MIN_PARAGRAPH_CHARS) continue;
    const text = blockText(block);
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    if (linkDensity(p, text.length) > 0.3) continue;
    if (p.closest(NOT_ARTICLE_SELECTOR) || (yield* isTeaserLeadSteps(p, linkedTitles))) continue;
    const commas = (text.match(/[,.;]/g) ?? []).length;
    const score = 1 + Math.min(3, text.length / 100) + Math.min(3, commas / 3);
    const parent = parentOf(p);
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parentOf(parent);
    if (grand && grand !== parentOf(body)) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return bestScore >= 5 ? best : null;
}

/**
 * Other stories embedded in the body: a box inside the article that opens with a heading which is
 * entirely a link to another page (vietgiaitri appends a whole related story this way). Their
 * paragraphs are not this article's text.
 */
export const embeddedStories = (root: Element): readonly Element[] => foundOnce(embeddedStories, root, findStories);

/** (embeddedStories, looked for once per plan: the guard and the planner both ask) */
function findStories(root: Element): Element[] {
  const out: Element[] = [];
  for (const h of elementsOf(root.querySelectorAll('h2, h3, h4'))) {
    const box = parentOf(h);
    if (!box || box === root || !root.contains(box) || box.firstElementChild !== h) continue;
    const text = normalizeSpace(visibleText(h));
    const link = h.querySelector('a[href]');
    if (!link || text.split(' ').length < 4 || normalizeSpace(textOf(link)) !== text) continue;
    if (out.some((o) => o.contains(box))) continue;
    out.push(box);
  }
  return out;
}

/** The blocks under `root` (not root itself) out of a bigger subtree's, in document order. */
function blocksUnder(root: Element, blocks: readonly TextBlock[]): readonly TextBlock[] {
  const [start, end] = runInside(root, blocks, (b) => b.el);
  return blocks.slice(start, end).filter((b) => b.el !== root);
}

/**
 * The article's paragraphs: substantial, link-poor text blocks inside the root (document order).
 * `blocks`: paragraph blocks of a subtree holding the root (the planner's), in document order; else the
 * root's own are read.
 */
export function articleParagraphs(root: Element, blocks?: readonly TextBlock[]): TextBlock[] {
  return drain(articleParagraphsSteps(root, blocks));
}

function* articleParagraphsSteps(root: Element, blocks?: readonly TextBlock[]): Steps<TextBlock[]> {
  const out: TextBlock[] = [];
  // other stories shown in the body (an appended story, a related card with its lead) are not this article's text
  const embedded = [...embeddedStories(root), ...relatedCards(root)];
  yield;
  let n = 0;
  for (const block of blocks ? blocksUnder(root, blocks) : paragraphBlocks(root)) {
    if (++n % STEP_EVERY === 0) yield;
    const p = block.el;
    if (embedded.length > 0 && embedded.some((e) => e.contains(p))) continue;
    // (its parent read last: on the big hostile page it is 60,000 comments' parents, each handed to the content
    // script's world again — a stall of 30 ms in one read in Chromium when its table of those grows)
    if (out.length > 0 && out[out.length - 1]!.el.contains(p) && parentOf(p)) continue;
    const min = TEXT_TAGS.has(tagOf(p)) ? MIN_PROTECTED_TEXT_TAG_CHARS : MIN_PROTECTED_CHARS;
    // normalising only ever shortens: skip short blocks before paying for it
    if (block.raw.length < min) continue;
    const text = blockText(block);
    if (text.length < min) continue;
    if (linkDensity(p, text.length) > 0.5) continue;
    out.push(block);
  }
  return out;
}

/** Paragraph text joined with blank lines: what the entity recogniser reads. `paragraphs`: articleParagraphs(root), when known. */
export function articleText(root: Element, paragraphs: readonly TextBlock[] = articleParagraphs(root)): string {
  return paragraphs.map(blockText).join('\n\n');
}

/**
 * The headline (every substantial h1) and the lead between the headline and the body: sites put the
 * sapo outside the body container (vnexpress p.description, dantri h2.singular-sapo, cafef h2.sapo).
 */
function* headlineAndLeadSteps(doc: Document, article: Element | null): Steps<Element[]> {
  const out: Element[] = [];
  const headlines = elementsOf(doc.querySelectorAll('h1')).filter((h) => normalizeSpace(textOf(h)).length >= 10);
  out.push(...headlines);
  if (!article) return out;
  for (const h of headlines) {
    let common: Element | null = parentOf(h);
    while (common && !common.contains(article)) common = parentOf(common);
    if (!common || tagOf(common) === 'BODY' || tagOf(common) === 'HTML') continue;
    // The blocks after the headline and before the body, walked in document order from the headline: a
    // query over the common ancestor would list every block of the page first (a static list natively: the
    // big page's 180k elements, 41–77 ms in one step in Chromium), though the walk stops at the body.
    let n = 0;
    for (let el = nextOutside(h, common); el; el = nextInOrder(el, common)) {
      if (++n % STEP_EVERY === 0) yield;
      if (article.contains(el)) break;
      if (el.contains(article) || !LEAD_LOCAL.has(el.localName)) continue;
      if (!isParagraphLike(el)) continue;
      const text = normalizeSpace(visibleText(el));
      if (text.length >= 40 && linkDensity(el, text.length) < 0.3) out.push(el);
    }
  }
  return out;
}

/** The blocks a lead paragraph can be (what the query 'p, h2, h3, div' matched). */
const LEAD_LOCAL = new Set(['p', 'h2', 'h3', 'div']);

/** The element after `el` in document order, inside `stay` (null at its end). */
function nextInOrder(el: Element, stay: Element): Element | null {
  return el.firstElementChild ?? nextOutside(el, stay);
}

/** The element after `el` and all it holds, in document order, inside `stay`. */
function nextOutside(el: Element, stay: Element): Element | null {
  for (let e: Element | null = el; e && e !== stay; e = parentOf(e)) {
    const next = e.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/**
 * A long run of entries of one kind (tag and classes) that the planner's walk looked at through a sample
 * (core/declutter.ts RUN): a comment thread of 60,000 entries is not handed to the script entry by entry.
 */
export interface EntryRun {
  container: Element;
  /** the entries' tag and classes, as a selector ("div.comment-item") */
  kind: string;
  /** the entries walked (the first few) */
  sampled: Element[];
}

/** A run of the guard: what in its sampled entries was article text (paragraphs), or held some (holders), by kind. */
interface HeldRun {
  container: Element;
  kind: string;
  /** the sampled entries are paragraphs themselves: all that is inside an entry is protected */
  whole: boolean;
  /** selectors of the kinds of the sampled entries' paragraphs and holders inside them ('' when none) */
  paragraphs: string;
  holders: string;
}

/** The selector of an element's kind (its tag and classes: "div.comment-item"), or null when a name needs escaping. */
export function kindSelector(el: Element): string | null {
  const name = el.localName;
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return null;
  let out = name;
  for (const c of (attrOf(el, 'class') ?? '').split(/[ \t\n\f\r]+/)) {
    if (c === '') continue;
    if (!/^-?[A-Za-z_][\w-]*$/.test(c)) return null;
    out += '.' + c;
  }
  return out;
}

/** The kinds of `set`'s elements inside `entries` (not the entries themselves), as one selector list. */
function kindsInside(entries: readonly Element[], set: ReadonlySet<Element>): string {
  const kinds = new Set<string>();
  for (const entry of entries) {
    for (const el of set) {
      if (el === entry || !entry.contains(el)) continue;
      const kind = kindSelector(el);
      if (kind) kinds.add(kind);
    }
  }
  return [...kinds].join(', ');
}

/** Elements that must never be hidden: article paragraphs, the headline, and all their ancestors. */
export interface ArticleGuard {
  article: Element | null;
  /** articleParagraphs(article), known boilerplate included */
  blocks: TextBlock[];
  paragraphs: Set<Element>;
  /** paragraphs plus every ancestor of one */
  holders: Set<Element>;
  /**
   * runs whose sampled entries hold article paragraphs: every entry of them is protected as those are, and
   * what sits inside one — without a set of their 60,000 paragraphs and parents (each a wrapper kept alive)
   */
  runs: HeldRun[];
}

const guards = new WeakMap<Element, ArticleGuard>();

/**
 * Build the guard. `isBoilerplate` lets the planner leave out paragraphs that are known boilerplate
 * ("Bạn thấy bài viết này có hữu ích không?" sits inside the body on vietgiaitri).
 */
export function articleGuard(
  article: Element | null,
  doc?: Document,
  isBoilerplate?: (p: Element, block: TextBlock) => boolean,
  blocks?: readonly TextBlock[],
): ArticleGuard {
  return drain(articleGuardSteps(article, doc, isBoilerplate, blocks));
}

/**
 * Whether `el` is an entry of one of the guard's runs, or in one is what the sampled entries' paragraphs or their
 * holders are (by kind), or sits inside such a paragraph: protected as the sampled entries' are.
 */
function inProtectedRun(el: Element, guard: ArticleGuard): boolean {
  for (const { container, kind, whole, paragraphs, holders } of guard.runs) {
    if (el === container || !container.contains(el)) continue;
    let entry = el;
    for (let p = parentOf(entry); p && p !== container; p = parentOf(p)) entry = p;
    if (!entry.matches(kind)) continue;
    if (entry === el || whole || (holders !== '' && el.matches(holders))) return true;
    if (paragraphs !== '') for (let e: Element | null = el; e && e !== entry; e = parentOf(e)) if (e.matches(paragraphs)) return true;
  }
  return false;
}

/** articleGuard, pausable every STEP_EVERY paragraphs (steps.ts). `runs`: the runs the walk that found `blocks` sampled. */
export function* articleGuardSteps(
  article: Element | null,
  doc?: Document,
  isBoilerplate?: (p: Element, block: TextBlock) => boolean,
  blocks?: readonly TextBlock[],
  runs: readonly EntryRun[] = [],
): Steps<ArticleGuard> {
  if (article && !isBoilerplate) {
    const cached = guards.get(article);
    if (cached) return cached;
  }
  const found = article ? yield* articleParagraphsSteps(article, blocks) : [];
  const paragraphs = new Set<Element>();
  let n = 0;
  for (const block of found) {
    if (++n % STEP_EVERY === 0) yield;
    if (!isBoilerplate?.(block.el, block)) paragraphs.add(block.el);
  }
  const owner = article?.ownerDocument ?? doc;
  yield;
  if (owner) for (const p of yield* headlineAndLeadSteps(owner, article)) paragraphs.add(p);
  yield;
  const holders = new Set<Element>();
  for (const p of paragraphs) {
    if (++n % STEP_EVERY === 0) yield;
    for (let e: Element | null = p; e && !holders.has(e); e = parentOf(e)) holders.add(e);
  }
  if (article) for (let e: Element | null = article; e && !holders.has(e); e = parentOf(e)) holders.add(e);
  // a run whose sampled entries hold (or are) article paragraphs: the others are taken to, too
  const held = runs
    .filter((r) => article?.contains(r.container) && r.sampled.some((e) => holders.has(e)))
    .map((r) => ({ container: r.container, kind: r.kind, whole: r.sampled.some((e) => paragraphs.has(e)), paragraphs: kindsInside(r.sampled, paragraphs), holders: kindsInside(r.sampled, holders) }));
  const guard = { article, blocks: found, paragraphs, holders, runs: held };
  if (article && !isBoilerplate) guards.set(article, guard);
  return guard;
}

/** True when hiding `el` would hide article text: it holds a paragraph, is one, or sits inside one. */
export function isProtected(el: Element, guard: ArticleGuard): boolean {
  return guard.holders.has(el) || insideParagraph(parentOf(el), guard) || (guard.runs.length > 0 && inProtectedRun(el, guard));
}

/**
 * Whether `el` (or one of its ancestors) is an article paragraph: a climb to the root, remembered per plan and
 * guard (core/reads.ts). Callers asking it for many siblings ask it once for their parent (a page of 10,000
 * unclosed <div>s gives 9,500 siblings 512 deep; outside a plan nothing is remembered).
 */
export function insideParagraph(el: Element | null, guard: ArticleGuard): boolean {
  return guard.paragraphs.size > 0 && selfOrAncestor(el, (e) => guard.paragraphs.has(e), guard);
}

/**
 * Would hiding `el` hide article text? Pass `isBoilerplate` (the planner does) so that known
 * boilerplate inside the body ("Video đang HOT") is not counted as article text.
 */
export function containsArticleText(el: Element, article: Element | null, isBoilerplate?: (p: Element, block?: TextBlock) => boolean): boolean {
  return isProtected(el, articleGuard(article, el.ownerDocument, isBoilerplate));
}
