/**
 * Inline boilerplate inside or right after the body: follow-us lines, "Video đang HOT", the
 * "was this useful?" poll, tag and share rows. A matched label takes its row with it when the rest
 * of the row is only links (tags, social icons) — never a block that holds article text.
 */
import { type ArticleGuard, isProtected } from './article';
import { hasLetterPair, normalizeSpace } from './text';

const MAX_ROW_CHARS = 400;

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += normalizeSpace(a.textContent ?? '').length;
  return n;
}

/** Does `parent` hold letters outside `skip` and outside links? (Small rows only: the caller caps the length.) */
function hasLooseWords(parent: Element, skip: Element): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c === skip) continue;
    if (c.nodeType === 3) {
      if (hasLetterPair(c.nodeValue ?? '')) return true;
    } else if (c.nodeType === 1 && (c as Element).tagName !== 'A' && hasLooseWords(c as Element, skip)) return true;
  }
  return false;
}

/** The row a boilerplate label belongs to: climb while the extra text is links or buttons. */
export function boilerplateRow(label: Element, guard: ArticleGuard): Element {
  let current = label;
  let currentLen = normalizeSpace(label.textContent ?? '').length;
  // a label that is itself a link ("Theo dõi … trên Google News") counts as link text
  let currentLinks = label.tagName === 'A' ? currentLen : linkChars(label);
  for (let depth = 0; depth < 3; depth++) {
    const parent = current.parentElement;
    if (!parent || /^(BODY|HTML|MAIN|ARTICLE)$/.test(parent.tagName) || isProtected(parent, guard)) break;
    const len = normalizeSpace(parent.textContent ?? '').length;
    if (len > MAX_ROW_CHARS) break;
    const links = linkChars(parent);
    const extra = len - currentLen;
    const extraLinks = links - currentLinks;
    // extra text must be links (tags, share buttons) or a few characters of decoration ("|", "·"), never
    // words: laodong's follow link sits next to the author's name ("Quế Chi | Theo dõi … trên Google News")
    if (extra > 12 && extraLinks < extra * 0.7) break;
    if (extra > extraLinks && hasLooseWords(parent, current)) break;
    current = parent;
    currentLen = len;
    currentLinks = links;
  }
  return current;
}
