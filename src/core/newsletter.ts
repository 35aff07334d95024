/**
 * Newsletter sign-up boxes ("Đăng ký nhận bản tin", "Nhận tin … mỗi ngày"): a small box around an e-mail field.
 * Found by structure, not by wording: an <input> that asks for an e-mail address (type=email, or a name, id or
 * placeholder saying e-mail), grown to the smallest ancestor that still reads as one small box (≤ MAX_BOX_CHARS,
 * no story teaser). A form with a <textarea> is a comment form and stays; so does anything in site navigation
 * (a footer's sign-up belongs to the site's chrome) and anything holding article text.
 */
import type { HideItem } from './types';
import { type ArticleGuard, isProtected } from './article';
import { normalizeSpace } from './text';
import { elementsOf, parentOf, tagOf, textOf } from './reads';

const MAX_BOX_CHARS = 300;
const MAX_CLIMB = 4;
const EMAIL = /e-?mail|thu dien tu/i;

function asksForEmail(input: Element): boolean {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'email') return true;
  if (type !== 'text' && type !== '') return false;
  return [input.getAttribute('name'), input.id, input.getAttribute('placeholder'), input.getAttribute('aria-label')].some((v) => v !== null && EMAIL.test(v));
}

/** Sign-up boxes under `root`; `inNavigation` is the planner's site-chrome test. */
export function newsletterBoxes(root: Element, guard: ArticleGuard, inNavigation: (el: Element) => boolean): HideItem[] {
  const out: HideItem[] = [];
  for (const input of elementsOf(root.getElementsByTagName('input'))) {
    if (!asksForEmail(input)) continue;
    let box: Element | null = null;
    let e: Element = input;
    for (let depth = 0; depth < MAX_CLIMB; depth++) {
      const parent = parentOf(e);
      if (!parent || /^(?:BODY|HTML|MAIN|ARTICLE)$/.test(tagOf(parent)) || isProtected(parent, guard)) break;
      if (parent.getElementsByTagName('textarea').length > 0) break;
      const raw = textOf(parent);
      if (raw.length > MAX_BOX_CHARS * 3 || normalizeSpace(raw).length > MAX_BOX_CHARS) break;
      // one box: a story link means we climbed into a list
      if (elementsOf(parent.getElementsByTagName('a')).some((a) => normalizeSpace(textOf(a)).split(' ').length >= 4)) break;
      e = parent;
      box = parent;
    }
    if (!box || inNavigation(box) || out.some((o) => o.element.contains(box!))) continue;
    out.push({ element: box, category: 'inline', ruleId: 'generic:newsletter', label: normalizeSpace(textOf(box)).slice(0, 80) });
  }
  return out;
}
