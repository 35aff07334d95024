/**
 * Plan what to hide: a list of blocks with their reasons, and the elements the per-site CSS must spare.
 * Planning never writes to the page; core/marks.ts applies a plan and restores the page exactly.
 */
import type { Category, HideItem, HidePlan } from './types';
import { type BoilerplateRule, type CompiledRules, compileRules, type HeadingRule, matchBoilerplate, matchHeading, siteRulesFor, type Rules, type SiteSelectorRule } from './rules';
import { type ArticleGuard, articleGuardSteps, type EntryRun, kindSelector, blockText, embeddedStories, findArticleRootSteps, holdsUnseenText, insideParagraph, isLinkOrUnseenTag, isProtected, isUnseenTag, linkDensity, textOutside, type TextBlock, visibleText } from './article';
import { classifySection, classifySectionSteps, growList, isTeaserLink, isTeaserListSteps, isTeaserTitle, rememberTeaserCounts, sectionForHeading, type SectionHit } from './sections';
import { boilerplateRow } from './inline';
import { tagRowsSteps } from './tags';
import { rootSiblingLinkBoxes } from './sibling-boxes';
import { relatedCards } from './related-card';
import { newsletterBoxes } from './newsletter';
import { reactionWidgetsSteps } from './reactions';
import { topicRowsSteps } from './topic-row';
import { CLIPBOARD_SELECTOR, clipboardTools } from './copy-link';
import { normalizeSpace } from './text';
// the vocabularies (core/tag-sets.ts): SKIP_* = never page content; NAVIGATION_* by name, without a selector match per element
import { BLOCK_LOCAL, NAVIGATION_ROLE_SELECTOR, NAVIGATION_ROLES, NAVIGATION_TAGS, NON_CONTENT_LOCAL as SKIP_LOCAL, NON_CONTENT_TAGS as SKIP_TAGS, PARAGRAPH_LOCAL } from './tag-sets';
import { drain, STEP_EVERY, type Steps } from './steps';
import { attrOf, elementsOf, parentOf, planScope, rememberText, selfOrAncestor, tagOf, textOf } from './reads';

export interface PlanOptions {
  url?: string;
  categories?: ReadonlySet<Category>;
  /**
   * Site rules learned on the reader's device (core/reader-rules.ts). Planned after everything else, so a
   * block the engine finds by itself keeps the engine's reason; guarded like every rule.
   */
  extraSiteRules?: readonly SiteSelectorRule[];
}

export interface SubtreeOptions extends PlanOptions {
  /** whether an element is inside a block already hidden (PageMarks.hides): nothing there is planned again */
  hidden?: (el: Element) => boolean;
}

const MAX_LABEL_CHARS = 200;

interface Candidates {
  headings: Element[];
  lists: Element[];
  boiler: { element: Element; ruleId: string; label: string }[];
  /** over a big subtree: the elements matching CLIPBOARD_SELECTOR under root, in document order (else queried later) */
  clipboard?: Element[];
  /** the long runs of entries the walk looked at through a sample (see RUN) */
  runs: EntryRun[];
}

/**
 * Site chrome by name: a class "main-nav", "menucategory", "header_new", "site-footer"… but not a
 * section's own "box-header" (which holds a heading like "Tin liên quan"). Tested on the whole class
 * attribute at once (classes are separated by ASCII whitespace): no class list per element.
 */
const CHROME_CLASS =
  /(?:^|[ \t\n\f\r])(?:(?:(?:site|page|main|top|global|mobile)[-_]?)?(?:header|footer|nav|navbar|navigation|menu|topbar|breadcrumbs?)(?:$|[-_ \t\n\f\r])|menu|nav)/i;

function isNavigation(el: Element, localName = el.localName): boolean {
  if (NAVIGATION_TAGS.has(localName)) return true;
  const role = attrOf(el, 'role');
  if (role !== null && NAVIGATION_ROLES.has(role)) return true;
  return chromeClass(el);
}

const chromeClass = (el: Element): boolean => {
  const cls = attrOf(el, 'class');
  return cls !== null && CHROME_CLASS.test(cls);
};


/**
 * One walk over the subtree collecting heading, list and boilerplate candidates, in document order.
 * Hot (every element of the page, on a cold JIT), so the walk goes children first:
 *  - each element knows a lower bound of its text length (the sum of its children's) and never reads
 *    the text of a big wrapper (a page's outer columns) only to find it too long;
 *  - a wrapper whose text is all in one child (<li><a>title</a></li>) reuses that child's normalised
 *    text and matches instead of computing them again.
 * Candidates are still reported in document order, and nothing under a boilerplate block is
 * reported, as a top-down walk would. The same walk fills `teasers` (every teaser link under root)
 * and counts them per element. With `blocks`, it also gathers the paragraph blocks under root (as
 * core/article.ts paragraphBlocks would), so the article is found without reading the page again.
 *
 * The walk keeps its own stack (one Frame per open element) instead of recursing, so it can stop every
 * STEP_EVERY elements and go on in a later task (steps.ts): a page of 180k elements is not one task.
 */
/** A subtree this big is not queried in one call (see collect's navigation roles). */
export const BIG_SUBTREE_ELEMENTS = 20_000;

/**
 * The walk over a subtree of more than `elements` elements (the big hostile page: 180k) reads less of the page:
 *  - a container's text is joined from its children's when its child nodes are only elements (no text of its
 *    own), not read again. Every text read from the DOM is a string the browser makes for the script: on the big
 *    page single reads of 50 characters took 30–75 ms in Chromium 150 when the browser's table of those strings
 *    grew (a page script reading the same elements: the same stalls, at the 32,767th and 65,535th string);
 *  - the copy-link candidates (CLIPBOARD_SELECTOR) are matched as the walk passes, instead of a second walk over
 *    every element after it (a TreeWalker: each of the 180k elements handed to the script again).
 * docs/speed-2026-12-06e.md §6. The plan is the same; a page of ordinary size keeps its one text read per element
 * and its one query (fewer DOM calls: each costs most from a Firefox content script). Tests set `elements` to 0
 * to compare plans on every fixture page.
 */
export const BIG_WALK = { elements: BIG_SUBTREE_ELEMENTS };

/**
 * A long run of entries of one kind (a comment thread: 60,000 `div.comment-item` children of one element) is
 * looked at through its first `sample` entries, in the big walk only. Each element a content script is handed
 * gets a wrapper in the script's world, and the call that hands out the 65,536th or 131,072nd stalls 30–60 ms in
 * Chromium (its table of wrappers grows); each new string read stalls the same way at the 32,767th and 65,535th
 * (docs/speed-2026-12-06e.md §6.2, §7). No slicing splits one such call: the walk must touch fewer elements.
 * A run qualifies when at least `entries` children share a tag and classes (one query lists them, natively: their
 * elements are handed to the script only when read), the container's other children are all before or after
 * them, no entry holds a link (one native count), and its sampled entries gave the walk nothing (no boilerplate,
 * heading, list, teaser, copy-link candidate): then the other entries are taken to be like them — not walked,
 * their paragraphs not listed, and protected as the sampled ones are (core/article.ts ArticleGuard.runs).
 * Otherwise every entry is walked, as before. (A query for what the walk reports inside the entries — links,
 * unseen elements, the copy-link names — took 79 ms in one call on the big page in Chromium 150: not made.)
 */
export const RUN = { entries: 1_000, sample: 8 };

/** The walk through a run (see RUN), kept in its container's frame. */
interface RunWalk {
  run: EntryRun;
  /** the entries (a static list: its elements are handed to the script only when read) */
  entries: ArrayLike<Element>;
  /** the container's other children: before the entries, and after them (in document order) */
  before: Element[];
  after: Element[];
  /** the children walked so far of `before` + entries + `after` */
  at: number;
  /** what the walk had found (its `finds`) before the first entry */
  finds: number;
}

/** The links under `el` (a native count). */
const linksUnder = (el: Element): number => el.getElementsByTagName('a').length;

/** A run among the children of `el` worth sampling (see RUN), or null. Pauses between its native calls. */
function* runSteps(el: Element, n: number): Steps<RunWalk | null> {
  const middle = el.children[n >> 1];
  const kind = middle ? kindSelector(middle) : null;
  if (!kind) return null;
  yield;
  const entries = el.querySelectorAll(`:scope > ${kind}`);
  const m = entries.length;
  if (m < RUN.entries || n - m > RUN.entries) return null;
  // the others: before the first entry and after the last; none between
  const before: Element[] = [];
  const after: Element[] = [];
  for (let c = el.firstElementChild; c && before.length < n - m && !c.matches(kind); c = c.nextElementSibling) before.push(c);
  if (before.length < n - m) for (let c = el.lastElementChild; c && before.length + after.length < n - m && !c.matches(kind); c = c.previousElementSibling) after.unshift(c);
  if (before.length + after.length !== n - m) return null;
  yield;
  let links = linksUnder(el);
  for (const o of [...before, ...after]) links -= linksUnder(o);
  return links === 0 ? { run: { container: el, kind, sampled: [] }, entries, before, after, at: 0, finds: 0 } : null;
}

/** More than BIG_SUBTREE_ELEMENTS elements under `root` (one native count: no selector to match). */
export function isBigSubtree(root: Element, limit = BIG_SUBTREE_ELEMENTS): boolean {
  return root.getElementsByTagName('*').length > limit;
}

function* collect(root: Element, rules: CompiledRules, teasers: Set<Element>, inNavAtRoot: boolean, blocks?: (TextBlock | undefined)[]): Steps<Candidates> {
  const found: Candidates = { headings: [], lists: [], boiler: [], runs: [] };
  // candidates found so far (a count that only grows: whether a run's sampled entries gave anything)
  let finds = 0;
  const { headings, lists, boiler } = found;
  // teaser links inside each element, counted on the way up (see rememberTeaserCounts)
  const counts = new Map<Element, number>();
  let lastTeasers = 0;
  // what the element visited last matched, when its text was a candidate (len < 0: it was not)
  let lastLen = -1;
  let lastText = '';
  let lastBoiler: BoilerplateRule | undefined;
  let lastHeading: HeadingRule | undefined | null = null;
  // its label without links (null: not looked at) and whether it is a link itself
  let lastNoLinks: BoilerplateRule | undefined | null = null;
  let lastIsLink = false;
  // whether the element visited last is a block a <div> holding it is not a paragraph for
  let lastIsBlock = false;
  // whether it holds (or is) an element whose text no reader sees (a script, a style): its text is then
  // read without them (core/article.ts visibleText)
  let lastUnseen = false;
  // a lower bound of the length of the textContent of the element visited last
  let lastBound = 0;
  // Elements with a navigation role: one query over a page of ordinary size (one call, where reading the
  // attribute per element would be one more DOM call per element, dear from a Firefox content script). Over
  // BIG_SUBTREE_ELEMENTS that query is one step of its own as long as the page (80 ms for the 180k elements
  // of the big hostile page in Chromium): then the role is read per element, in the sliced walk.
  const count = root.getElementsByTagName('*').length;
  const navRoles = count > BIG_SUBTREE_ELEMENTS ? null : new Set(root.querySelectorAll(NAVIGATION_ROLE_SELECTOR));
  // a container's text joined from its children's, copy-link candidates listed on the way (see BIG_WALK)
  const derive = count > BIG_WALK.elements;
  const clipboard = (found.clipboard = derive ? ([] as Element[]) : undefined);
  // the text of the element visited last, when it was read (or joined); undefined: not known
  let lastRaw: string | undefined;
  const hasNavRole = (el: Element): boolean => {
    if (navRoles) return navRoles.has(el);
    const role = attrOf(el, 'role');
    return role !== null && NAVIGATION_ROLES.has(role);
  };

  /** Opens an element: its frame, or null when it is not entered (its last* values are set). */
  const enter = (el: Element, inNav: boolean): Frame | null => {
    const name = el.localName;
    if (clipboard && el !== root && el.matches(CLIPBOARD_SELECTOR)) {
      clipboard.push(el);
      finds++;
    }
    if (SKIP_LOCAL.has(name)) {
      // (not walked: what is under it, as a query would find it)
      if (clipboard && el.firstElementChild) {
        const under = elementsOf(el.querySelectorAll(CLIPBOARD_SELECTOR));
        clipboard.push(...under);
        finds += under.length;
      }
      lastLen = -1;
      lastIsBlock = false;
      lastUnseen = isUnseenTag(name) || (el.firstElementChild !== null && holdsUnseenText(el));
      lastTeasers = teasersInside(el, teasers, counts);
      if (lastTeasers > 0) counts.set(el, lastTeasers);
      lastBound = 0;
      lastRaw = undefined;
      return null;
    }
    // every read below crosses into the DOM (dearest from Firefox's content scripts): one per question
    const nav = inNav || (el === root ? isNavigation(el, name) : NAVIGATION_TAGS.has(name) || hasNavRole(el) || chromeClass(el));
    // an <a>'s tag name: 'A' in HTML, 'a' in XHTML
    const tag = name === 'a' ? tagOf(el) : '';
    const f: Frame = {
      el,
      name,
      nav,
      tag,
      boilerMark: boiler.length,
      headingMark: headings.length,
      listMark: lists.length,
      // a paragraph block's place in document order, filled once its children are seen
      blockSlot: blocks && el !== root && PARAGRAPH_LOCAL.has(name) ? blocks.push(undefined) - 1 : -1,
      holdsBlock: false,
      unseen: false,
      raw: undefined,
      inside: 0,
      bound: 0,
      childLen: -1,
      childText: '',
      childBoiler: undefined,
      childHeading: null,
      childNoLinks: null,
      childIsLink: false,
      kids: 0,
      joined: derive ? '' : null,
      child: el.firstElementChild,
      inChild: false,
      run: null,
    };
    // the teaser links (teaserSet's, found on the way): a link is one before anything inside it is visited
    if ((tag === 'A' || (tag === 'a' && el !== root)) && isTeaserTitle((f.raw = textOf(el)))) {
      teasers.add(el);
      finds++;
      f.inside = 1;
    }
    return f;
  };

  /** A child of `f` was visited: take in what it found. */
  const absorb = (f: Frame): void => {
    f.kids++;
    f.bound += lastBound;
    if (f.joined !== null) f.joined = lastRaw === undefined ? null : f.joined + lastRaw;
    f.inside += lastTeasers;
    if (lastIsBlock) f.holdsBlock = true;
    if (lastUnseen) f.unseen = true;
    // the child holding the most candidate text, and what it matched
    if (lastLen > f.childLen) {
      f.childLen = lastLen;
      f.childText = lastText;
      f.childBoiler = lastBoiler;
      f.childHeading = lastHeading;
      f.childNoLinks = lastNoLinks;
      f.childIsLink = lastIsLink;
    }
  };

  /** All children of `f` were visited: decide about its element. Returns a lower bound of its text length. */
  const leave = (f: Frame, isList: boolean): number => {
    const { el, name, nav, tag, blockSlot, unseen, inside, kids, childLen } = f;
    let raw = f.raw;
    lastUnseen = unseen;
    // a link holding a script was read with it: read it again without
    if (unseen) raw = undefined;
    lastTeasers = inside;
    // a list is reported before what it holds, as a top-down walk would
    if (isList) {
      lists.splice(f.listMark, 0, el);
      finds++;
    }
    lastLen = -1;
    lastIsBlock = BLOCK_LOCAL.has(name);
    lastRaw = undefined;
    if (blockSlot >= 0 && !(name === 'div' && f.holdsBlock)) blocks![blockSlot] = { el, raw: (raw ??= textFor(f)) };
    // most blocks are empty wrappers or long text: skip both before normalising
    if (kids > 3 || f.bound > MAX_LABEL_CHARS * 3) return (lastRaw = raw)?.length ?? f.bound;
    lastRaw = raw ??= textFor(f);
    if (raw.length < 2 || raw.length > MAX_LABEL_CHARS * 3) return raw.length;
    // same length as a child's text: the same text (the child's is part of this one)
    const same = raw.length === childLen;
    const text = same ? f.childText : normalizeSpace(raw);
    // a paragraph block normalised here is not normalised again by the article finder
    if (blockSlot >= 0 && blocks![blockSlot]) blocks![blockSlot]!.text = text;
    if (text.length < 2 || text.length > MAX_LABEL_CHARS) return raw.length;
    const textRule = same ? f.childBoiler : matchBoilerplate(rules, text);
    let heading = same ? f.childHeading : null;
    // the label without links: none in a block without child elements; all the text in one link
    // child leaves nothing; all of it in another child leaves that child's
    let noLinks: BoilerplateRule | undefined | null = null;
    if (!textRule) {
      noLinks =
        kids === 0 ? undefined
        : same && f.childIsLink ? matchBoilerplate(rules, '')
        : same && f.childNoLinks !== null ? f.childNoLinks
        : boilerplateWithoutLinks(el, raw, rules, unseen);
    }
    const rule = textRule ?? noLinks;
    if (rule) {
      // the whole block goes: forget what was found inside it
      boiler.length = f.boilerMark;
      headings.length = f.headingMark;
      lists.length = f.listMark;
      boiler.push({ element: el, ruleId: rule.id, label: text });
      finds++;
    } else if (!nav && text.length <= 60 && !(tag === 'A' && teasers.has(el))) {
      if (heading === null) heading = matchHeading(rules, text);
      if (heading) {
        headings.splice(f.headingMark, 0, el);
        finds++;
      }
    }
    lastLen = raw.length;
    lastText = text;
    lastBoiler = textRule;
    lastHeading = heading;
    lastNoLinks = noLinks;
    lastIsLink = tag === 'A';
    return raw.length;
  };

  /** The text of a frame's element as a reader sees it: joined from its children's when they hold all of it, else read. */
  const textFor = (f: Frame): string => {
    if (f.joined !== null && f.kids > 0 && !f.unseen && onlyElementChildren(f.el, f.kids)) {
      rememberText(f.el, f.joined);
      return f.joined;
    }
    return readText(f.el, f.unseen);
  };

  /**
   * The next child of a run's container to walk, in document order: the children before the entries, the sampled
   * entries — or all of them, when the sample gave the walk something — and the children after them (see RUN).
   */
  const nextInRun = (f: Frame, w: RunWalk): Element | null => {
    const { before, entries, after, run } = w;
    const i = w.at++;
    if (i < before.length) return before[i]!;
    const e = i - before.length;
    if (e === 0) w.finds = finds;
    if (e === RUN.sample && finds === w.finds && entries.length > RUN.sample) {
      // the rest are like the sample: not walked, counted as children whose text is not known
      const rest = entries.length - e;
      w.at += rest;
      f.kids += rest;
      f.joined = null;
      if (BLOCK_LOCAL.has(run.kind.split('.')[0]!)) f.holdsBlock = true;
      found.runs.push(run);
      return nextInRun(f, w);
    }
    if (e < entries.length) {
      if (e < RUN.sample) run.sampled.push(entries[e]!);
      return entries[e]!;
    }
    return after[e - entries.length] ?? null;
  };

  /** A frame entered: with many children, whether they hold a run (see RUN), and its first child to walk. */
  function* opened(f: Frame): Steps<void> {
    const n = derive && f.child ? f.el.childElementCount : 0;
    if (n < RUN.entries) return;
    f.run = yield* runSteps(f.el, n);
    if (f.run) f.child = nextInRun(f, f.run);
  }

  const stack: Frame[] = [];
  const top = enter(root, inNavAtRoot);
  if (top) {
    stack.push(top);
    yield* opened(top);
  }
  let visited = 0;
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.inChild) {
      absorb(f);
      f.inChild = false;
      // read after the child was walked (as the recursive walk did): the page may have changed meanwhile
      f.child = f.run ? nextInRun(f, f.run) : f.child!.nextElementSibling;
    }
    const c = f.child;
    if (c === null) {
      stack.pop();
      if (f.inside > 0) counts.set(f.el, f.inside);
      // (a list of 20,000 items is looked at in slices too)
      const isList = !f.nav && f.inside >= 3 && (yield* isTeaserListSteps(f.el, teasers, counts));
      lastBound = leave(f, isList);
      continue;
    }
    f.inChild = true;
    const open = enter(c, f.nav);
    if (open) {
      stack.push(open);
      yield* opened(open);
    }
    if (++visited % STEP_EVERY === 0) yield;
  }
  for (let e = parentOf(root); e; e = parentOf(e)) if (lastTeasers > 0) counts.set(e, lastTeasers);
  rememberTeaserCounts(teasers, counts);
  return found;
}

/** An element the walk has entered and not yet left: the recursive walk's locals. */
interface Frame {
  el: Element;
  name: string;
  nav: boolean;
  tag: string;
  boilerMark: number;
  headingMark: number;
  listMark: number;
  blockSlot: number;
  holdsBlock: boolean;
  unseen: boolean;
  raw: string | undefined;
  inside: number;
  bound: number;
  childLen: number;
  childText: string;
  childBoiler: BoilerplateRule | undefined;
  childHeading: HeadingRule | undefined | null;
  childNoLinks: BoilerplateRule | undefined | null;
  childIsLink: boolean;
  kids: number;
  /** its children's texts joined, while each was known (derived texts only); null: not known */
  joined: string | null;
  /** the child being walked (inChild) or to walk next; null: all were */
  child: Element | null;
  inChild: boolean;
  /** a run of entries among its children, walked through a sample (see RUN) */
  run: RunWalk | null;
}

/**
 * Whether `el`'s child nodes are `kids` elements and nothing else that has text (comments may be among them): its
 * textContent is then its children's, joined. Two DOM calls per child node, no string read from the page.
 */
function onlyElementChildren(el: Element, kids: number): boolean {
  let n = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    const type = node.nodeType;
    if (type === 1) n++;
    // text and CDATA (text in textContent); comments and processing instructions have none
    else if (type === 3 || type === 4) return false;
  }
  return n === kids;
}

/** An element's text as a reader sees it (core/article.ts visibleText), told whether it holds unseen text. */
function readText(el: Element, unseen: boolean): string {
  return unseen ? textOutside(el, isUnseenTag) : textOf(el);
}

/** Teasers inside a block the walk does not enter (<noscript>, <svg>): added, and counted up to it as the walk would. */
function teasersInside(el: Element, teasers: Set<Element>, counts: Map<Element, number>): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0, len = links.length; i < len; i++) {
    const a = links[i];
    if (!a || !isTeaserLink(a)) continue;
    teasers.add(a);
    n++;
    for (let e: Element | null = a; e && e !== el; e = parentOf(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return n;
}

/**
 * The boilerplate label of a block once its links are left out ("Theo dõi VGT trên <a>Google News</a>").
 * A block whose text is all one link (most teasers) has no label left: no walk over its text nodes.
 * `raw`: the block's text as a reader sees it; `unseen`: whether it holds text no reader sees (unknown: looked up).
 */
function boilerplateWithoutLinks(el: Element, raw: string, rules: CompiledRules, unseen?: boolean): BoilerplateRule | undefined {
  const a = el.querySelector('a');
  if (!a) return undefined;
  if (textOf(a).length === raw.length && !rules.boilerLast.has('')) return undefined;
  // links left out, nothing may follow a prefix shape: the platform was the link ("… trên <a>Zalo</a>")
  const rest = (unseen ?? holdsUnseenText(el)) ? null : cutLinks(el, raw);
  return matchBoilerplate(rules, normalizeSpace(rest ?? textWithoutLinks(el)), false);
}

/**
 * The block's text with its links' texts cut out, read through a few DOM calls (the links and their
 * texts) instead of a walk over every text node: from a Firefox content script each DOM call crosses
 * an Xray wrapper, and this walk was a third of the planner's DOM calls. The same string as
 * textWithoutLinks when `raw` is the block's whole text; null (walk instead) whenever that is not
 * certain: a link inside a link, inline SVG or MathML, an <a> that is not HTML's, a link text found twice
 * where it could be.
 */
function cutLinks(el: Element, raw: string): string | null {
  // CDATA text (textContent has it, the walk does not) only occurs in inline SVG or MathML
  if (el.querySelector('a a, svg, math')) return null;
  const links = el.getElementsByTagName('a');
  let out = '';
  let from = 0;
  for (let i = 0, n = links.length; i < n; i++) {
    const link = links[i];
    if (!link || tagOf(link) !== 'A') return null;
    const text = textOf(link);
    if (text === '') continue;
    // links come in document order and do not nest: this one's text starts at or after `from`;
    // found exactly once there, that is where it is
    const at = raw.indexOf(text, from);
    if (at < 0 || raw.indexOf(text, at + 1) >= 0) return null;
    out += raw.slice(from, at);
    from = at + text.length;
  }
  return out + raw.slice(from);
}

/** "Theo dõi VGT trên <a>Google News</a>": the label without its buttons (nor anything no reader sees). */
function textWithoutLinks(el: Element): string {
  return textOutside(el, isLinkOrUnseenTag);
}

/** Is `el`, or does it sit in, site navigation? (Remembered per plan: the detectors' rows share their ancestors.) */
const inNavigation = (el: Element | null): boolean => selfOrAncestor(el, isNavigation, isNavigation);

const insideAnchor = (el: Element): boolean => inNavigation(parentOf(el));

/**
 * Link boxes sitting loose in the body ("Xem thêm: <a>…</a>"): every word is a link to another story.
 * Pauses every STEP_EVERY children. The children share their ancestors: whether one of those is an article
 * paragraph is asked once, not per child (isProtected climbs to the root: on a page of 10,000 unclosed
 * <div>s, 9,500 children 512 deep made that 4.9 million parent reads in one step, 0.25 s in Chromium).
 */
function* inBodyLinkBoxesSteps(article: Element, guard: ArticleGuard, teasers: Set<Element>): Steps<HideItem[]> {
  const out: HideItem[] = [];
  if (insideParagraph(article, guard)) return out;
  let n = 0;
  for (const child of elementsOf(article.children)) {
    if (++n % STEP_EVERY === 0) yield;
    // (isProtected(child): its ancestors are not paragraphs, as asked above)
    if (SKIP_TAGS.has(tagOf(child)) || guard.holders.has(child)) continue;
    const text = normalizeSpace(textOf(child));
    if (text.length === 0 || text.length > 500) continue;
    let hasTeaser = false;
    for (const a of elementsOf(child.getElementsByTagName('a'))) if (teasers.has(a)) hasTeaser = true;
    if (!hasTeaser || linkDensity(child, text.length) < 0.75) continue;
    out.push({ element: child, category: 'related', ruleId: 'generic:in-body-links', label: text.slice(0, 80) });
  }
  return out;
}

/** What the collect walk found under one root. */
interface Walk {
  root: Element;
  /** every teaser link under root (root too, when it is one) */
  teasers: Set<Element>;
  found: Candidates;
}

function* walk(root: Element, rules: CompiledRules, blocks?: (TextBlock | undefined)[]): Steps<Walk> {
  const teasers = new Set<Element>();
  return { root, teasers, found: yield* collect(root, rules, teasers, insideAnchor(root), blocks) };
}

/**
 * What to hide under the walked root, once the article guard is known. Pauses between candidates and
 * between detectors; each detector (one selector query and its matches) is one step.
 */
function* planWithGuard({ root, teasers, found }: Walk, guard: ArticleGuard, rules: CompiledRules): Steps<HideItem[]> {
  const items: HideItem[] = [];
  let n = 0;
  for (const b of found.boiler) {
    if (++n % STEP_EVERY === 0) yield;
    if (isProtected(b.element, guard)) continue;
    items.push({ element: boilerplateRow(b.element, guard), category: 'inline', ruleId: b.ruleId, label: b.label });
  }
  // tabs of one box ("Mới nhất | Đọc nhiều") lead to the same section: classify it once
  const classified = new Map<Element, Partial<Record<Category, SectionHit>>>();
  function* classify(el: Element, fallback: Category): Steps<SectionHit> {
    let byFallback = classified.get(el);
    if (!byFallback) classified.set(el, (byFallback = {}));
    return (byFallback[fallback] ??= yield* classifySectionSteps(el, rules, teasers, fallback));
  }
  for (const h of found.headings) {
    yield;
    const elements = sectionForHeading(h, guard, teasers, found.headings);
    if (!elements) continue;
    const text = normalizeSpace(textOf(h));
    const rule = matchHeading(rules, text);
    for (const el of elements) {
      const hit = yield* classify(el, rule?.category ?? 'related');
      items.push({ element: el, category: rule && hit.category !== 'celebrity' ? rule.category : hit.category, ruleId: rule?.id ?? hit.ruleId, label: text });
    }
  }
  yield;
  items.push(...(yield* tagRowsSteps(root, guard, inNavigation)));
  yield;
  items.push(...(yield* topicRowsSteps(root, guard, inNavigation)));
  yield;
  items.push(...newsletterBoxes(root, guard, inNavigation));
  yield;
  items.push(...(yield* reactionWidgetsSteps(root, guard, inNavigation)));
  yield;
  // (over a big subtree the candidates are listed in steps: one query over the 180k elements of the big hostile
  // page was a 56 ms task in Chromium 150, docs/speed-2026-12-06d.md)
  for (const tool of clipboardTools(root, found.clipboard)) {
    if (!inNavigation(tool)) items.push({ element: tool, category: 'inline', ruleId: 'generic:copy-link', label: normalizeSpace(textOf(tool)).slice(0, 80) });
  }
  for (const list of found.lists) {
    yield;
    if (isProtected(list, guard)) continue;
    const section = growList(list, guard, teasers);
    items.push({ ...(yield* classify(section, 'related')) });
  }
  if (guard.article && (root === guard.article || root.contains(guard.article))) {
    yield;
    items.push(...(yield* inBodyLinkBoxesSteps(guard.article, guard, teasers)));
    yield;
    for (const box of rootSiblingLinkBoxes(guard.article, guard, teasers, inNavigation)) {
      const hit = classifySection(box, rules, teasers, 'related');
      items.push(hit.ruleId === 'generic:teaser-list' ? { ...hit, ruleId: 'generic:near-body-links' } : hit);
    }
    yield;
    for (const card of relatedCards(guard.article)) {
      const title = elementsOf(card.getElementsByTagName('a')).map((a) => normalizeSpace(textOf(a))).find((t) => t.length >= 20) ?? '';
      items.push({ element: card, category: 'related', ruleId: 'generic:related-card', label: title.slice(0, 80) });
    }
    yield;
    for (const story of embeddedStories(guard.article)) {
      const first = story.firstElementChild;
      const label = first ? normalizeSpace(textOf(first)) : '';
      items.push({ element: story, category: 'related', ruleId: 'generic:embedded-story', label });
    }
  }
  return items;
}

/** Keep the outermost of nested items, drop anything protected, keep document order. */
function* finalize(items: HideItem[], guard: ArticleGuard, categories?: ReadonlySet<Category>): Steps<HideItem[]> {
  const byElement = new Map<Element, HideItem>();
  let n = 0;
  for (const item of items) {
    if (++n % STEP_EVERY === 0) yield;
    if (isProtected(item.element, guard)) continue;
    if (categories && !categories.has(item.category)) continue;
    if (!byElement.has(item.element)) byElement.set(item.element, item);
  }
  const out: HideItem[] = [];
  for (const [el, item] of byElement) {
    if (++n % STEP_EVERY === 0) yield;
    let nested = false;
    for (let p = parentOf(el); p; p = parentOf(p)) {
      if (byElement.has(p)) {
        nested = true;
        break;
      }
    }
    if (!nested) out.push(item);
  }
  out.sort((a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  return out;
}

/** Known boilerplate is not article text, even inside the body. */
export function boilerplatePredicate(rules: Rules): (p: Element, block?: TextBlock) => boolean {
  const compiled = compileRules(rules);
  return (p, block = { el: p, raw: visibleText(p) }) => {
    if (block.raw.length > MAX_LABEL_CHARS * 2) return false;
    return (matchBoilerplate(compiled, blockText(block)) ?? boilerplateWithoutLinks(p, block.raw, compiled)) !== undefined;
  };
}

const guardCache = new WeakMap<Element, WeakMap<Rules, ArticleGuard>>();

/**
 * One guard per (article, rules): planSubtree runs on every batch of added nodes and must stay cheap.
 * A whole-page plan passes the paragraph `blocks` of its walk and always builds the guard afresh (the
 * article may have grown since the last one); planSubtree reuses the last.
 */
function* guardFor(article: Element | null, doc: Document, rules: Rules, blocks?: readonly TextBlock[], runs?: readonly EntryRun[]): Steps<ArticleGuard> {
  if (!article) return yield* articleGuardSteps(null, doc, boilerplatePredicate(rules));
  let byRules = guardCache.get(article);
  if (!byRules) guardCache.set(article, (byRules = new WeakMap()));
  let guard = blocks ? undefined : byRules.get(rules);
  if (!guard) byRules.set(rules, (guard = yield* articleGuardSteps(article, doc, boilerplatePredicate(rules), blocks, runs)));
  return guard;
}

/**
 * Plan for one subtree (the content script calls this for nodes added after load). Cheap: one walk
 * of the subtree, Map/Set lookups, a few anchored regexes.
 */
export function planSubtree(root: Element, article: Element | null, rules: Rules, opts: SubtreeOptions = {}): HideItem[] {
  return drain(planSubtreeSteps(root, article, rules, opts));
}

/**
 * planSubtree, pausable (steps.ts): a huge subtree a page appends at once (20,000 children) is planned in
 * slices. The guard (cached per article) comes first, then the walk; nothing is returned, so nothing can be
 * hidden, before the whole subtree is planned.
 */
export function planSubtreeSteps(root: Element, article: Element | null, rules: Rules, opts: SubtreeOptions = {}): Steps<HideItem[]> {
  return planScope(subtreeSteps(root, article, rules, opts));
}

function* subtreeSteps(root: Element, article: Element | null, rules: Rules, opts: SubtreeOptions): Steps<HideItem[]> {
  const compiled = compileRules(rules);
  const guard = yield* guardFor(article, root.ownerDocument, rules);
  const items = yield* planWithGuard(yield* walk(root, compiled), guard, compiled);
  const hidden = opts.hidden;
  return yield* finalize(hidden ? items.filter((i) => !hidden(i.element)) : items, guard, opts.categories);
}

function hostnameOf(url: string | undefined, doc: Document): string {
  // the page's own address (what the content script passes) is parsed already
  const location = doc.location;
  if (location && (url === undefined || url === location.href)) return location.hostname;
  try {
    return new URL(url ?? doc.location?.href ?? '').hostname;
  } catch {
    return '';
  }
}

function planSiteRules(doc: Document, rules: readonly SiteSelectorRule[], guard: ArticleGuard, keep: Element[]): HideItem[] {
  const items: HideItem[] = [];
  for (const rule of rules) {
    let matches: Element[];
    try {
      matches = Array.from(doc.querySelectorAll(rule.selector));
    } catch {
      continue;
    }
    for (const el of matches) {
      // the early CSS would hide article text here: spare it (core/marks.ts KEEP_ATTR)
      if (isProtected(el, guard)) keep.push(el);
      else items.push({ element: el, category: rule.category, ruleId: rule.id, label: rule.label });
    }
  }
  return items;
}

export function planDeclutter(doc: Document, rules: Rules, opts: PlanOptions = {}): HidePlan {
  return drain(planDeclutterSteps(doc, rules, opts));
}

/**
 * planDeclutter, pausable (steps.ts): the content script runs the first clean of a page in slices of a few
 * ms, so a page of 180k elements (a comment thread of 60,000 entries) never freezes its tab. The order
 * keeps the article safe: the walk only collects; the article and its guard are found from everything
 * walked before any item is planned; the plan is returned (and applied) only once it is whole — the same
 * plan as in one go. Each plan reads the page through a memo of its own (core/reads.ts).
 */
export function planDeclutterSteps(doc: Document, rules: Rules, opts: PlanOptions = {}): Steps<HidePlan> {
  return planScope(declutterSteps(doc, rules, opts));
}

function* declutterSteps(doc: Document, rules: Rules, opts: PlanOptions): Steps<HidePlan> {
  const compiled = compileRules(rules);
  // one walk of the body finds the candidates and the paragraph blocks the article is found from
  const slots: (TextBlock | undefined)[] = [];
  const body = doc.body ? yield* walk(doc.body, compiled, slots) : undefined;
  const blocks = slots.filter((b): b is TextBlock => b !== undefined);
  const article = yield* findArticleRootSteps(doc, body ? blocks : undefined);
  const guard = yield* guardFor(article, doc, rules, body ? blocks : undefined, body?.found.runs);
  const items: HideItem[] = [];
  const keep: Element[] = [];
  const host = hostnameOf(opts.url, doc);
  if (host) items.push(...planSiteRules(doc, siteRulesFor(compiled, host), guard, keep));
  yield;
  if (body) items.push(...(yield* planWithGuard(body, guard, compiled)));
  if (opts.extraSiteRules) items.push(...planSiteRules(doc, opts.extraSiteRules, guard, keep));
  return { article, items: yield* finalize(items, guard, opts.categories), keep, paragraphs: guard.blocks };
}
