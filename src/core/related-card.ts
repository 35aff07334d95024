/**
 * In-body related cards: a box inside the article that shows one other story — its linked title (a teaser of
 * ≥ 4 words), usually a thumbnail and a lead — and nothing else (24h `div.bv-lq`, the RelatedOneNews callout of
 * VCCorp sites, `box-related` cards). The lead reads like a paragraph, so the card must be found before the guard
 * counts it as article text (core/article.ts leaves card leads out), and the link-density test of the in-body
 * link boxes misses it (a lead is not a link).
 *
 * A card, structurally:
 *  - one distinct target: every link in the box goes to the same other page (title, thumbnail, "Bấm xem >>");
 *  - the title stands alone: the link is not a run inside a sentence (its block holds no loose words);
 *  - a lead: at least MIN_LEAD_CHARS of text outside links; the whole box at most MAX_CARD_CHARS;
 *  - inside the article root, never the root itself, never holding a headline.
 * A paragraph with an inline link ("Theo <a>Bộ Y tế cho biết hôm qua</a>, …") fails the stand-alone test.
 */
import { normalizeSpace, hasLetterPair } from './text';
import { attrOf, foundOnce, parentOf, tagOf, textOf } from './reads';

const MAX_CARD_CHARS = 600;
const MIN_LEAD_CHARS = 20;
/** a card's lead is a sentence or two: a longer text outside links is a body, not a card */
const MAX_LEAD_CHARS = 350;
const MIN_TITLE_WORDS = 4;
const MAX_CLIMB = 4;

/** A link to another page: a real href (not "#", not javascript:). */
function target(a: Element): string | null {
  const href = (attrOf(a, 'href') ?? '').trim();
  if (href === '' || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return null;
  return href.replace(/#.*$/, '');
}

/** Does `el` hold letters in its own text nodes (not inside child elements)? */
function ownWords(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && hasLetterPair(c.nodeValue ?? '')) return true;
  return false;
}

/** Text outside links, normalised. */
function leadText(el: Element): string {
  let out = '';
  const visit = (n: Element): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) out += c.nodeValue ?? '';
      else if (type === 1 && tagOf(c as Element) !== 'A' && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(tagOf(c as Element))) visit(c as Element);
      else if (type === 1) out += ' ';
    }
  };
  visit(el);
  return normalizeSpace(out);
}

/** Every link in `el` goes to `href` (or to nowhere: a button). */
function onlyTarget(el: Element, href: string): boolean {
  const links = el.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const t = target(links[i]!);
    if (t !== null && t !== href) return false;
  }
  return true;
}

/** The related cards inside `root` (the article root), outermost first, in document order; looked for once per plan. */
export const relatedCards = (root: Element): readonly Element[] => foundOnce(relatedCards, root, findCards);

function findCards(root: Element): Element[] {
  const out: Element[] = [];
  const links = root.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const a = links[i]!;
    const href = target(a);
    if (href === null) continue;
    const title = normalizeSpace(textOf(a));
    if (title.length < 20 || title.split(' ').length < MIN_TITLE_WORDS) continue;
    // the title stands alone: no loose words around it on the way up to the card
    let card: Element | null = null;
    let e: Element = a;
    for (let depth = 0; depth < MAX_CLIMB; depth++) {
      const parent = parentOf(e);
      if (!parent || parent === root || !root.contains(parent)) break;
      if (ownWords(parent) && !card) break;
      const raw = textOf(parent);
      if (raw.length > MAX_CARD_CHARS * 3 || normalizeSpace(raw).length > MAX_CARD_CHARS) break;
      if (!onlyTarget(parent, href) || parent.querySelector('h1')) break;
      e = parent;
      const lead = leadText(parent).length;
      if (lead > MAX_LEAD_CHARS) break;
      if (lead >= MIN_LEAD_CHARS) card = parent;
    }
    if (!card || out.some((o) => o.contains(card!))) continue;
    // a card inside a found one was found from the same title: keep the outer
    for (let k = out.length - 1; k >= 0; k--) if (card.contains(out[k]!)) out.splice(k, 1);
    out.push(card);
  }
  return out;
}
