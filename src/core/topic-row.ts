/**
 * Topic rows under an article: a topic label and one or a few short links, nothing else ("Chủ đề: <a>Xe điện</a>",
 * "<b>Chuyên đề:</b> <a>Kinh tế biển</a>"). Tag rows of two or more links are core/tags.ts's; a row with a single
 * link is no tag row by its shape, so the label carries it: the text outside the links must be a topic label
 * (TOPIC_LABELS, folded, an optional colon) and each link at most MAX_LINK_WORDS words.
 * Only after the start of the article (an event label under the headline is the page's own breadcrumb), never in
 * navigation, never over article text — a sentence that opens with "Chủ đề của …" has no link and is no row.
 */
import type { HideItem } from './types';
import { type ArticleGuard, isLinkTag, isProtected, textOutside } from './article';
import { fold, normalizeSpace } from './text';
import { STEP_EVERY, type Steps } from './steps';
import { elementsOf, parentOf, tagOf, textOf } from './reads';

/** Labels that name a story's topic, folded. */
const TOPIC_LABELS = new Set(['chu de', 'chuyen de', 'chu de lien quan', 'chu de hot', 'topic', 'topics']);
const MAX_LINK_WORDS = 6;
const MAX_LINKS = 4;
const MAX_ROW_CHARS = 120;
const FOLLOWING = 4;

/** The row's text outside its links. */
const looseText = (el: Element): string => textOutside(el, isLinkTag);

function isTopicLabel(text: string): boolean {
  const label = fold(normalizeSpace(text)).replace(/[:：\-–|]+\s*$/, '').trim();
  return TOPIC_LABELS.has(label);
}

/** Is `row` a topic row? */
export function isTopicRow(row: Element): boolean {
  const raw = textOf(row);
  if (raw.length > MAX_ROW_CHARS * 3 || normalizeSpace(raw).length > MAX_ROW_CHARS) return false;
  const links = row.getElementsByTagName('a');
  const count = links.length;
  if (count === 0 || count > MAX_LINKS) return false;
  for (let i = 0; i < count; i++) {
    const t = normalizeSpace(textOf(links[i]!));
    if (t === '' || t.split(' ').length > MAX_LINK_WORDS) return false;
  }
  return isTopicLabel(looseText(row).replace(/[,·•|]/g, ' '));
}

/** Topic rows under `root` after the article's start; `inNavigation` is the planner's site-chrome test. Pausable every STEP_EVERY links (core/steps.ts; `drain` runs it in one go). */
export function* topicRowsSteps(root: Element, guard: ArticleGuard, inNavigation: (el: Element) => boolean): Steps<HideItem[]> {
  const article = guard.article;
  if (!article) return [];
  const out: HideItem[] = [];
  const seen = new Set<Element>();
  let n = 0;
  for (const a of elementsOf(root.getElementsByTagName('a'))) {
    if (++n % STEP_EVERY === 0) yield;
    const parent = parentOf(a);
    const row = parent && tagOf(parent) === 'LI' ? parentOf(parent) : parent;
    if (!row || seen.has(row)) continue;
    seen.add(row);
    if (!(article.compareDocumentPosition(row) & FOLLOWING) || !isTopicRow(row)) continue;
    if (isProtected(row, guard) || inNavigation(row)) continue;
    out.push({ element: row, category: 'inline', ruleId: 'generic:topic-row', label: normalizeSpace(textOf(row)).slice(0, 80) });
  }
  return out;
}
