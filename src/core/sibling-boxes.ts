/**
 * Heading-less link boxes next to the body: kenh14 puts two related stories (`ul.krw-list`) between the
 * sapo and `div.knc-content`, a sibling of the article root rather than a child, so the in-body scan
 * (declutter.ts `inBodyLinkBoxes`) never sees them, and two items are no teaser list. Same test as in
 * the body: every word is a link (density ≥ 0.75) and at least one link is a story title (a teaser).
 * Only the root's own siblings are looked at, never navigation and never protected text (the sapo).
 */
import { type ArticleGuard, isProtected, linkDensity } from './article';
import { normalizeSpace } from './text';
import { hostMatchesDomain, siteKeyOf } from './hosts';
import { NON_CONTENT_TAGS } from './tag-sets';
import { attrOf, parentOf, tagOf, textOf } from './reads';

/** never page content, and the page's title (HEAD is never a sibling here) */
const SKIP = new Set([...NON_CONTENT_TAGS, 'H1']);
const MAX_BOX_CHARS = 500;
const MIN_LINK_DENSITY = 0.75;

/**
 * A link to another story of this site: a path on the same host. A long link to "#" or off-site
 * ("Theo dõi Báo Lao Động trên Google News" next to laodong's byline) is a button, not a story.
 */
function isStoryLink(a: Element, host: string): boolean {
  const href = attrOf(a, 'href') ?? '';
  if (href === '' || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return false;
  if (!/^(?:https?:)?\/\//i.test(href)) return true;
  if (host === '') return true;
  try {
    const h = siteKeyOf(new URL(href, 'https://x.invalid/').hostname);
    return hostMatchesDomain(h, host) || hostMatchesDomain(host, h);
  } catch {
    return false;
  }
}

function holdsStoryTeaser(el: Element, teasers: Set<Element>, host: string): boolean {
  const links = el.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) if (teasers.has(links[i]!) && isStoryLink(links[i]!, host)) return true;
  return tagOf(el) === 'A' && teasers.has(el) && isStoryLink(el, host);
}

/** The boxes; the planner names their category from their heading, if any (a "Đọc nhiều" box stays trending). */
export function rootSiblingLinkBoxes(article: Element, guard: ArticleGuard, teasers: Set<Element>, inNavigation: (el: Element) => boolean): Element[] {
  const parent = parentOf(article);
  if (!parent || tagOf(parent) === 'BODY' || tagOf(parent) === 'HTML') return [];
  const out: Element[] = [];
  const host = siteKeyOf(article.ownerDocument.location?.hostname ?? '');
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === article || SKIP.has(tagOf(s).toUpperCase())) continue;
    const raw = textOf(s);
    if (raw.length === 0 || raw.length > MAX_BOX_CHARS * 3) continue;
    const text = normalizeSpace(raw);
    if (text.length === 0 || text.length > MAX_BOX_CHARS) continue;
    if (!holdsStoryTeaser(s, teasers, host) || linkDensity(s, text.length) < MIN_LINK_DENSITY) continue;
    if (isProtected(s, guard) || inNavigation(s)) continue;
    out.push(s);
  }
  return out;
}
