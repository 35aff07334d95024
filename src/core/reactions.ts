/**
 * Reaction widgets under an article ("Tặng sao cho bài viết: 1 sao · 5 sao · 10 sao", "Bạn cảm thấy thế nào? Thích 12 ·
 * Yêu 3 · Buồn 0"): a run of ≥ MIN_CONTROLS sibling controls that go nowhere (buttons, links to "#" or javascript:)
 * whose short labels each carry a count, grown to take in the prompt and the tally around it while the box stays
 * small and holds no link to another page. Counts are the tell: a share bar ("Facebook · Zalo") or a tab row has
 * none. Only after the start of the article, never in navigation, never over article text.
 */
import type { HideItem } from './types';
import { type ArticleGuard, isProtected } from './article';
import { normalizeSpace } from './text';
import { STEP_EVERY, type Steps } from './steps';
import { attrOf, elementsOf, parentOf, tagOf, textOf } from './reads';

const MIN_CONTROLS = 3;
const MAX_LABEL_CHARS = 20;
const MAX_BOX_CHARS = 300;
const MAX_CLIMB = 2;
const FOLLOWING = 4;

function goesNowhere(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'BUTTON' || attrOf(el, 'role') === 'button') return true;
  if (tag !== 'A') return false;
  const href = (attrOf(el, 'href') ?? '').trim();
  return href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

function isCountControl(el: Element): boolean {
  if (!goesNowhere(el)) return false;
  const text = normalizeSpace(textOf(el));
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && /\d/.test(text);
}

function linksElsewhere(el: Element): boolean {
  return elementsOf(el.getElementsByTagName('a')).some((a) => !goesNowhere(a));
}

/** Reaction widgets under `root` after the article's start; `inNavigation` is the planner's site-chrome test. Pausable every STEP_EVERY controls (core/steps.ts; `drain` runs it in one go). */
export function* reactionWidgetsSteps(root: Element, guard: ArticleGuard, inNavigation: (el: Element) => boolean): Steps<HideItem[]> {
  const article = guard.article;
  if (!article) return [];
  const out: HideItem[] = [];
  const rows = new Set<Element>();
  let n = 0;
  for (const el of elementsOf(root.querySelectorAll('button, a, [role="button"]'))) {
    if (++n % STEP_EVERY === 0) yield;
    const row = parentOf(el);
    if (!row || rows.has(row) || !isCountControl(el)) continue;
    rows.add(row);
    let controls = 0;
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCountControl(c)) controls++;
    if (controls < MIN_CONTROLS) continue;
    if (!(article.compareDocumentPosition(row) & FOLLOWING) || isProtected(row, guard) || inNavigation(row) || linksElsewhere(row)) continue;
    let box = row;
    for (let depth = 0; depth < MAX_CLIMB; depth++) {
      const parent = parentOf(box);
      if (!parent || /^(?:BODY|HTML|MAIN|ARTICLE)$/.test(tagOf(parent)) || isProtected(parent, guard) || linksElsewhere(parent)) break;
      const raw = textOf(parent);
      if (raw.length > MAX_BOX_CHARS * 3 || normalizeSpace(raw).length > MAX_BOX_CHARS) break;
      box = parent;
    }
    if (out.some((o) => o.element.contains(box))) continue;
    out.push({ element: box, category: 'inline', ruleId: 'generic:reactions', label: normalizeSpace(textOf(box)).slice(0, 80) });
  }
  return out;
}
