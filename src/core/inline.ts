/**
 * Inline boilerplate inside or right after the body: follow-us lines, "Video đang HOT", the
 * "was this useful?" poll, tag and share rows. A matched label takes its row with it when the rest
 * of the row is only links (tags, social icons) — never a block that holds article text.
 */
import { type ArticleGuard, isProtected } from './article';
import { hasLetterPair, normalizeSpace } from './text';
import { parentOf, tagOf, textOf } from './reads';

const MAX_ROW_CHARS = 400;

function linkChars(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0, len = links.length; i < len; i++) n += normalizeSpace(textOf(links[i]!)).length;
  return n;
}

/** Does `parent` hold letters outside `skip` and outside links? (Small rows only: the caller caps the length.) */
function hasLooseWords(parent: Element, skip: Element): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c === skip) continue;
    const type = c.nodeType;
    if (type === 3) {
      if (hasLetterPair(c.nodeValue ?? '')) return true;
    } else if (type === 1 && tagOf(c as Element) !== 'A' && hasLooseWords(c as Element, skip)) return true;
  }
  return false;
}

/** The row a boilerplate label belongs to: climb while the extra text is links or buttons. */
export function boilerplateRow(label: Element, guard: ArticleGuard): Element {
  let current = label;
  let currentLen = normalizeSpace(textOf(label)).length;
  // a label that is itself a link ("Theo dõi … trên Google News") counts as link text
  let currentLinks = tagOf(label) === 'A' ? currentLen : linkChars(label);
  for (let depth = 0; depth < 3; depth++) {
    const parent = parentOf(current);
    if (!parent || /^(BODY|HTML|MAIN|ARTICLE)$/.test(tagOf(parent)) || isProtected(parent, guard)) break;
    const len = normalizeSpace(textOf(parent)).length;
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
