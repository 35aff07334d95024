/**
 * Tag rows under the article: "#Thưởng Tết 2027 #Công nhân" (laodong `div.lst-tags`), "ngộ độc nấm · nấm
 * độc · #Lâm Đồng" (thanhnien `ul.tags`), "Tags Nhật Bản · TEPCO" (znews). No heading names them, and two
 * or three short links are no teaser list, so they get their own detector:
 *  - ≥ 2 links of ≤ 6 words each, hardly any other text (separators, a short label);
 *  - most links go to a tag-like path (/tag/, /tags/, *.tag, /tu-khoa/, /chu-de/, /hashtag/, /event/, ?q=)
 *    or read "#…", or the row opens with a tag label ("Tags", "Từ khóa", "Chủ đề", "Thẻ");
 *  - never in navigation (menus, header hashtag/event bars, footers), never a breadcrumb, never before
 *    the article's start (site chrome sits above it), never protected article text.
 * Cheap: one pass over the links with attribute and first-character tests; rows are measured once.
 */
import type { HideItem } from './types';
import { type ArticleGuard, isLinkTag, isProtected, textOutside } from './article';
import { fold, normalizeSpace } from './text';
import { STEP_EVERY, type Steps } from './steps';
import { attrOf, parentOf, tagOf, textOf } from './reads';

const TAG_HREF = /(?:^|[/.])(?:tags?|tu-khoa|chu-de|hashtags?|keywords?|topics?|events?)(?=$|[/.?#_-])|[?&](?:q|tag|keyword)=/i;
const TAG_LABEL = /^(?:tu khoa|tags?|the|chu de|hashtags?|keywords?)$/;
const BREADCRUMB = /bread-?crumb/i;
/** what a breadcrumb puts between its links, and a tag row does not */
const CRUMB_SEPARATOR = /[»›>/]/;
const MAX_TAG_WORDS = 6;
const MAX_ROW_CHARS = 400;
const MAX_LABEL_CHARS = 20;
const MAX_LOOSE_CHARS = 12;
const DOCUMENT_POSITION_FOLLOWING = 4;

function isTagLink(a: Element): boolean {
  const href = attrOf(a, 'href');
  if (href && href.length > 1 && TAG_HREF.test(href)) return true;
  return textOf(a).trimStart().startsWith('#');
}

/** The row a link belongs to: its parent, or the list when it sits in a list item. */
function rowOf(a: Element): Element | null {
  const p = parentOf(a);
  if (p && tagOf(p) === 'LI') return parentOf(p);
  return p;
}

/** Text of a short label element ("Tags", "Từ khóa:"), or '' when it is not a tag label. */
function labelText(el: Element | null): string {
  // a label is a leaf or wraps one leaf: never read the text of a big subtree
  if (!el || tagOf(el) === 'A' || el.childElementCount > 1 || el.firstElementChild?.firstElementChild) return '';
  const raw = textOf(el);
  if (raw.length > MAX_LABEL_CHARS * 2) return '';
  const text = normalizeSpace(raw);
  if (text.length === 0 || text.length > MAX_LABEL_CHARS) return '';
  return TAG_LABEL.test(fold(text).replace(/[^a-z ]+/g, '').trim()) ? text : '';
}

function looksLikeBreadcrumb(row: Element): boolean {
  let e: Element | null = row;
  for (let depth = 0; e && depth < 3; depth++, e = parentOf(e)) {
    if (BREADCRUMB.test(attrOf(e, 'class') ?? '') || BREADCRUMB.test(e.id)) return true;
  }
  return false;
}

/** Is `row` a tag row? Returns its text when it is. */
function tagRowText(row: Element, tagLinks: number): string | null {
  const raw = textOf(row);
  if (raw.length > MAX_ROW_CHARS * 3) return null;
  const text = normalizeSpace(raw);
  if (text.length < 2 || text.length > MAX_ROW_CHARS) return null;
  const links = row.getElementsByTagName('a');
  const count = links.length;
  if (count < 2) return null;
  let linkChars = 0;
  for (let i = 0; i < count; i++) {
    const t = normalizeSpace(textOf(links[i]!));
    if (t === '' || t.split(' ').length > MAX_TAG_WORDS) return null;
    linkChars += t.length;
  }
  const inside = labelText(row.firstElementChild);
  const label = inside || labelText(row.previousElementSibling);
  const labelInside = inside !== '';
  // "most links" are tag links, unless a tag label says what the row is
  if (tagLinks * 2 <= count && label === '') return null;
  const loose = text.length - linkChars - (labelInside ? label.length : 0) - (count - 1);
  if (loose > MAX_LOOSE_CHARS + count) return null;
  if (loose > 0 && CRUMB_SEPARATOR.test(looseText(row))) return null;
  return text;
}

/** Text outside links (separators, a label): breadcrumbs give themselves away here. */
const looseText = (el: Element): string => textOutside(el, isLinkTag);

/** Take the row's wrapper when it adds no links and hardly any text (laodong's `div.lst-tags` around its `ul`). */
function growRow(row: Element, text: string, guard: ArticleGuard, linkCount: number): Element {
  let current = row;
  for (let depth = 0; depth < 2; depth++) {
    const parent = parentOf(current);
    if (!parent || /^(?:BODY|HTML|MAIN|ARTICLE)$/.test(tagOf(parent)) || isProtected(parent, guard)) break;
    if (parent.getElementsByTagName('a').length !== linkCount) break;
    const raw = textOf(parent);
    if (raw.length > MAX_ROW_CHARS * 3 || normalizeSpace(raw).length > text.length + MAX_LABEL_CHARS) break;
    current = parent;
  }
  return current;
}

/**
 * Tag rows in `root` that follow the start of the article. `inNavigation` says whether an element is,
 * or sits in, site navigation (the planner's own test). Pausable every STEP_EVERY links (core/steps.ts).
 */
export function* tagRowsSteps(root: Element, guard: ArticleGuard, inNavigation: (el: Element) => boolean): Steps<HideItem[]> {
  const article = guard.article;
  if (!article) return [];
  const out: HideItem[] = [];
  const tagCount = new Map<Element, number>();
  const labelled = new Map<Element, boolean>();
  // a static list: indexing a live HTMLCollection is slow in jsdom (CLI, tests)
  const links = root.querySelectorAll('a');
  // a row holds its links, so a link before the article's start is in a row before it (or around it):
  // skip the page's header and menus, found by bisection (the list is in document order)
  let lo = 0;
  for (let hi = links.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (article.compareDocumentPosition(links[mid]!) & DOCUMENT_POSITION_FOLLOWING) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo, n = links.length; i < n; i++) {
    if ((i - lo + 1) % STEP_EVERY === 0) yield;
    const a = links[i]!;
    const row = rowOf(a);
    if (!row) continue;
    if (isTagLink(a)) tagCount.set(row, (tagCount.get(row) ?? 0) + 1);
    else if (!labelled.has(row)) labelled.set(row, labelText(row.firstElementChild) !== '' || labelText(row.previousElementSibling) !== '');
  }
  const rows = new Set<Element>(tagCount.keys());
  for (const [row, has] of labelled) if (has) rows.add(row);
  let n = 0;
  for (const row of rows) {
    if (++n % STEP_EVERY === 0) yield;
    if (!(article.compareDocumentPosition(row) & DOCUMENT_POSITION_FOLLOWING)) continue;
    const text = tagRowText(row, tagCount.get(row) ?? 0);
    if (text === null || isProtected(row, guard) || inNavigation(row) || looksLikeBreadcrumb(row)) continue;
    const element = growRow(row, text, guard, row.getElementsByTagName('a').length);
    out.push({ element, category: 'inline', ruleId: 'generic:tag-row', label: text.slice(0, 80) });
  }
  return out;
}
