/**
 * Sections of other stories: a heading followed by a run of teasers. Two detectors share one pass:
 *  - heading-driven: a learned heading ("Tin liên quan", "Đọc nhiều…") → the smallest container
 *    holding it and at least one teaser;
 *  - structure-driven (unseen sites): a container whose children repeat one shape and each carry a
 *    teaser link (a title of ≥ 4 words) → grown to take in its heading, never into the article.
 */
import type { Category } from './types';
import { type CompiledRules, matchHeading, matchLabel, vocabCategory } from './rules';
import { type ArticleGuard, isProtected } from './article';
import { runInside } from './doc-order';
import { normalizedLongerThan, normalizeSpace, shapeTokens } from './text';
import { drain, STEP_EVERY, type Steps } from './steps';
import { answers, attrOf, parentOf, tagOf, textOf } from './reads';

export interface SectionHit {
  element: Element;
  category: Category;
  label: string;
  ruleId: string;
}

const MIN_TEASER_WORDS = 4;
const MAX_ITEM_CHARS = 700;
const MAX_CLIMB = 6;

export function isTeaserLink(a: Element): boolean {
  return isTeaserTitle(textOf(a));
}

/** The text of a teaser link: a title of ≥ 20 characters and ≥ MIN_TEASER_WORDS words. */
export function isTeaserTitle(raw: string): boolean {
  // normalising only shortens: most links (icons, menu words) are rejected before it
  if (raw.length < 20) return false;
  const text = normalizeSpace(raw);
  if (text.length < 20) return false;
  // ≥ MIN_TEASER_WORDS words: count the single spaces between them, without splitting
  let at = -1;
  for (let words = 1; words < MIN_TEASER_WORDS; words++) if ((at = text.indexOf(' ', at + 1)) < 0) return false;
  return true;
}

const ancestorCounts = new WeakMap<Set<Element>, Map<Element, number>>();

/**
 * Hand over the teaser counts of a walk that already counted them (the planner's collect walk counts
 * bottom-up: one entry per element that holds a teaser, instead of a climb from every link).
 * The map must end up as countsFor would build it: every element holding a teaser, ancestors included.
 */
export function rememberTeaserCounts(teasers: Set<Element>, counts: Map<Element, number>): void {
  ancestorCounts.set(teasers, counts);
}

/** Teaser links inside each element, counted once per teaser set by walking each link's ancestors. */
function countsFor(teasers: Set<Element>): Map<Element, number> {
  let counts = ancestorCounts.get(teasers);
  if (counts) return counts;
  counts = new Map();
  for (const a of teasers) for (let e: Element | null = a; e; e = parentOf(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
  ancestorCounts.set(teasers, counts);
  return counts;
}

function teaserCount(el: Element, teasers: Set<Element>, skip?: Element): number {
  const counts = countsFor(teasers);
  const n = counts.get(el) ?? 0;
  return skip && n > 0 && el.contains(skip) ? n - (counts.get(skip) ?? 0) : n;
}

function isStructural(el: Element): boolean {
  const tag = tagOf(el);
  return tag === 'BODY' || tag === 'HTML' || tag === 'MAIN';
}

/**
 * The heading-driven container, or the heading plus its following siblings when the list sits loose in the
 * article. `headings`: every section heading found with it, in document order.
 */
export function sectionForHeading(heading: Element, guard: ArticleGuard, teasers: Set<Element>, headings: readonly Element[] = []): Element[] | null {
  let depth = 0;
  const headingText = normalizeSpace(textOf(heading));
  let emptyWidget: Element | null = null;
  let child: Element = heading;
  for (let a = parentOf(heading); a && depth < MAX_CLIMB; child = a, a = parentOf(a), depth++) {
    if (isStructural(a) || isProtected(a, guard)) break;
    // another section's heading joins here (not a tab of the same row): we would swallow its section
    const branch = child;
    // only the headings inside `a` can join here: one run of the list (document order), no contains() per heading
    // (asked again for the ancestors the headings share: remembered per plan, core/reads.ts)
    const runs = answers<[number, number]>(headings);
    let run = runs?.get(a);
    if (!run) {
      run = runInside(a, headings, (o) => o);
      runs?.set(a, run);
    }
    const [start, end] = run;
    if (headings.slice(start, end).some((o) => !branch.contains(o) && !o.contains(heading) && !isTeaserDecoration(o, teasers))) break;
    if (teaserCount(a, teasers, heading) >= 1) return [a];
    // a widget whose list the page fills later (cafef's in-body "TIN MỚI" box): only the heading and an
    // empty list show. The empty list is required: a lone "Đọc tiếp" button must never count.
    const raw = textOf(a);
    if (!normalizedLongerThan(raw, headingText.length) && normalizeSpace(raw) === headingText && a.querySelector('ul, ol')) emptyWidget = a;
  }
  if (emptyWidget) return [emptyWidget];
  // loose: heading, then sibling blocks up to the next protected block
  const out: Element[] = [heading];
  let found = 0;
  for (let s = heading.nextElementSibling; s; s = s.nextElementSibling) {
    if (isProtected(s, guard)) break;
    const n = teaserCount(s, teasers);
    if (n === 0 && normalizeSpace(textOf(s)).length > 0) break;
    found += n;
    out.push(s);
  }
  return found >= 1 && !isProtected(heading, guard) ? out : null;
}

/** A label printed inside a teaser ("Nổi bật" next to a title) is not another section's heading. */
function isTeaserDecoration(el: Element, teasers: Set<Element>): boolean {
  const parent = parentOf(el);
  const grand = parent && parentOf(parent);
  return (parent !== null && teaserCount(parent, teasers) > 0) || (grand !== null && teaserCount(grand, teasers) > 0 && grand.childElementCount <= 4);
}

/** The first class, as classList.item(0) reads it, without a token list per element. */
const FIRST_CLASS = /^[ \t\n\f\r]*([^ \t\n\f\r]*)/;

function signature(el: Element): string {
  const cls = attrOf(el, 'class');
  return `${tagOf(el)}.${cls === null ? '' : (FIRST_CLASS.exec(cls)?.[1] ?? '')}`;
}

/** Is `el` a list of teasers: ≥ 3 children of one shape, each a short block with a teaser link? */
export function isTeaserList(el: Element, teasers: Set<Element>, known?: Map<Element, number>): boolean {
  return drain(isTeaserListSteps(el, teasers, known));
}

/** isTeaserList, pausable every STEP_EVERY children (core/steps.ts): a list of 20,000 items is read in slices. */
export function* isTeaserListSteps(el: Element, teasers: Set<Element>, known?: Map<Element, number>): Steps<boolean> {
  if (el.childElementCount < 3) return false;
  // three children with a teaser each need three teasers inside: most blocks stop here
  const counts = known ?? countsFor(teasers);
  if ((counts.get(el) ?? 0) < 3) return false;
  // a wrapper whose teasers sit in one or two children stops here
  let withTeasers = 0;
  for (let child = el.firstElementChild; child && withTeasers < 3; child = child.nextElementSibling) if ((counts.get(child) ?? 0) > 0) withTeasers++;
  if (withTeasers < 3) return false;
  // children with a teaser, by shape; only a shape shared by three can make a list, and only then
  // is the children's text read (a page's columns carry teasers too, and tens of kilobytes of text)
  const groups = new Map<string, Element[]>();
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (++n % STEP_EVERY === 0) yield;
    if ((counts.get(child) ?? 0) === 0) continue;
    const sig = signature(child);
    const group = groups.get(sig);
    if (group) group.push(child);
    else groups.set(sig, [child]);
  }
  for (const group of groups.values()) {
    if (group.length < 3) continue;
    let short = 0;
    for (const child of group) {
      if (++n % STEP_EVERY === 0) yield;
      if (!normalizedLongerThan(textOf(child), MAX_ITEM_CHARS) && ++short >= 3) return true;
    }
  }
  return false;
}

/** Grow a list to the smallest container that also holds its heading, without taking in new stories or the article. */
export function growList(list: Element, guard: ArticleGuard, teasers: Set<Element>): Element {
  let current = list;
  const base = teaserCount(list, teasers);
  const baseLen = normalizeSpace(textOf(list)).length;
  for (let depth = 0; depth < 3; depth++) {
    const parent = parentOf(current);
    if (!parent || isStructural(parent) || isProtected(parent, guard)) break;
    if (teaserCount(parent, teasers) !== base) break;
    if (normalizedLongerThan(textOf(parent), baseLen + 160)) break;
    current = parent;
  }
  return current;
}

/** The heading text of a section: its first short non-teaser text, or the short block just before it. */
export function sectionHeading(section: Element, teasers: Set<Element>): string {
  const walker = section.ownerDocument.createTreeWalker(section, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (tagOf(el) === 'A' && teasers.has(el)) break;
    if (el.childElementCount > 2) continue;
    const text = normalizeSpace(textOf(el));
    if (text.length >= 3 && text.length <= 60 && shapeTokens(text).length <= 8 && !/^(?:SCRIPT|STYLE)$/.test(tagOf(el))) return text;
  }
  const prev = section.previousElementSibling;
  const text = prev ? normalizeSpace(textOf(prev)) : '';
  return text.length >= 3 && text.length <= 60 ? text : '';
}

/** Celebrity when most teaser labels inside are celebrity labels (Sao Việt, Netizen, Mọt game…). */
export function celebrityByLabels(section: Element, rules: CompiledRules): boolean {
  return drain(celebrityByLabelsSteps(section, rules));
}

function* celebrityByLabelsSteps(section: Element, rules: CompiledRules): Steps<boolean> {
  let celeb = 0;
  let labelled = 0;
  let step = 0;
  const walker = section.ownerDocument.createTreeWalker(section, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++step % STEP_EVERY === 0) yield;
    const el = n as Element;
    if (el.childElementCount > 1) continue;
    const text = textOf(el);
    if (text.length > 30) continue;
    const rule = matchLabel(rules, text);
    if (!rule) continue;
    labelled++;
    if (rule.category === 'celebrity') celeb++;
  }
  if (labelled >= 2) return celeb * 2 >= labelled;
  // no labels: the teasers' own words (learned celebrity vocabulary)
  const titles: string[] = [];
  const links = section.getElementsByTagName('a');
  // (its length read once: between two slices the page may have dropped links, hence the check)
  for (let i = 0, n = links.length; i < n; i++) {
    if (++step % STEP_EVERY === 0) yield;
    const link = links[i];
    const text = link ? textOf(link) : '';
    if (text.length >= 20) titles.push(text);
  }
  if (titles.length < 3) return false;
  // stop reading titles as soon as the vote is decided
  let showbiz = 0;
  let other = 0;
  for (const text of titles) {
    if (vocabCategory(rules, text) === 'celebrity') showbiz++;
    else other++;
    if (showbiz * 2 >= titles.length) return true;
    if (other * 2 > titles.length) return false;
  }
  return false;
}

export function classifySection(section: Element, rules: CompiledRules, teasers: Set<Element>, fallback: Category): SectionHit {
  return drain(classifySectionSteps(section, rules, teasers, fallback));
}

/** classifySection, pausable (core/steps.ts): a section of 20,000 teasers is read in slices. */
export function* classifySectionSteps(section: Element, rules: CompiledRules, teasers: Set<Element>, fallback: Category): Steps<SectionHit> {
  const label = sectionHeading(section, teasers);
  const heading = label ? matchHeading(rules, label) : undefined;
  let category: Category = heading?.category ?? fallback;
  if (yield* celebrityByLabelsSteps(section, rules)) category = 'celebrity';
  return { element: section, category, label: label || 'Tin khác', ruleId: heading?.id ?? 'generic:teaser-list' };
}
