/**
 * Rebuild Readability's article DOM into the reader page through an allowlist: known elements are
 * re-created with `createElement`, text with `createTextNode`, and only a few attributes are copied
 * (http(s) links and images, alt/title, table spans). Anything else — scripts, frames, forms, styles,
 * event handlers, `javascript:` URLs — never reaches the reader page. No markup string is ever parsed
 * into the live page.
 */
import { hostMatchesDomain } from '../core/hosts';

/** Elements kept as themselves. */
const KEEP = new Set([
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a',
  'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'q', 'cite', 'abbr', 'time', 'br', 'hr',
  'pre', 'code', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd',
]);
/** Elements whose children are kept but which themselves are dropped (layout wrappers). */
const UNWRAP = new Set(['div', 'section', 'article', 'span', 'font', 'center', 'main', 'header', 'footer', 'aside', 'picture', 'body', 'html']);
/** h1 in the article body becomes h2: the page has one h1, the title. */
const RENAME: Record<string, string> = { h1: 'h2' };

const ATTRS: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  time: ['datetime'],
  abbr: ['title'],
  ol: ['start'],
};

/** An absolute http(s) URL for `raw` against `base`, or null (javascript:, data:, blob:, garbage). */
export function safeUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Lazy-loaded images often keep the real address in a data attribute. */
function imageSource(el: Element): string | null {
  for (const name of ['src', 'data-src', 'data-original', 'data-lazy-src']) {
    const value = el.getAttribute(name);
    if (value && !value.startsWith('data:')) return value;
  }
  return null;
}

/** Hosts that serve only tracking (pixels, beacons): never fetched by the reader page. */
const TRACKER_HOSTS = [
  'google-analytics.com', 'googletagmanager.com', 'doubleclick.net', 'googlesyndication.com', 'scorecardresearch.com',
  'quantserve.com', 'adnxs.com', 'criteo.com', 'criteo.net', 'krxd.net', 'bat.bing.com', 'mc.yandex.ru', 'pixel.wp.com',
  'stats.wp.com', 'analytics.tiktok.com', 'ads-twitter.com', 'adform.net', 'admicro.vn', 'eclick.vn', 'ants.vn',
];
/** A file name that says pixel or beacon (spacer.gif, pixel.php, /collect), or a pixel/beacon folder; also facebook.com/tr (Meta's pixel). */
const TRACKER_FILE = /(^|\/)(pixel|beacon|track|tracking|tracker|collect|impression|pageview|spacer|blank|transparent)(\.(gif|png|php|aspx?))?$/i;
const TRACKER_DIR = /\/(pixel|pixels|beacon|beacons)\//i;

function isTrackerUrl(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  if (TRACKER_HOSTS.some((t) => hostMatchesDomain(hostname, t))) return true;
  if (hostMatchesDomain(hostname, 'facebook.com') && pathname.startsWith('/tr')) return true;
  return TRACKER_FILE.test(pathname) || TRACKER_DIR.test(pathname);
}

/** A size given as an attribute or inline style ("1", "1px", "0"), or null. */
function declaredSize(el: Element, dimension: 'width' | 'height'): number | null {
  const attr = el.getAttribute(dimension);
  const fromStyle = new RegExp(`(?:^|;)\\s*${dimension}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(el.getAttribute('style') ?? '')?.[1];
  const raw = attr !== null && /^\s*\d+(\.\d+)?(px)?\s*$/.test(attr) ? attr : fromStyle;
  return raw === undefined || raw === null ? null : Number.parseFloat(raw);
}

/**
 * An image that is there to report the reader, not to be seen: 1×1 (or smaller) by its attributes or
 * inline style, hidden (hidden attribute, display:none, visibility:hidden, opacity 0), or served by a
 * known tracker. Dropped before any <img> exists in the reader document, so it is never fetched.
 */
export function isTrackingImage(el: Element, url: string): boolean {
  const w = declaredSize(el, 'width');
  const h = declaredSize(el, 'height');
  if ((w !== null && w <= 2 && (h === null || h <= 2)) || (h !== null && h <= 2 && (w === null || w <= 2))) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (/display:none|visibility:hidden|opacity:0(;|$|\.0*(;|$))/.test(style)) return true;
  return isTrackerUrl(url);
}

/**
 * Copy `source`'s children into a fragment of `target`, keeping only allowed elements/attributes.
 * `base` resolves relative links and images (the article's own URL).
 */
export function buildSafeArticle(target: Document, source: Node, base: string): DocumentFragment {
  const out = target.createDocumentFragment();
  copyChildren(target, source, out, base);
  return out;
}

/**
 * Elements are re-created up to this depth; below it their content is still copied, in order, into the
 * element at this depth (a reader page gains nothing from deeper nesting, and the copy must not recurse).
 */
export const MAX_NESTING = 64;

interface Frame {
  children: Node[];
  next: number;
  into: Node;
  depth: number;
}

/** An explicit stack, not recursion: an article nested thousands deep is copied whole, without overflow. */
function copyChildren(target: Document, from: Node, into: Node, base: string): void {
  const stack: Frame[] = [{ children: Array.from(from.childNodes), next: 0, into, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.children[frame.next++];
    if (child === undefined) {
      stack.pop();
      continue;
    }
    if (child.nodeType === 3) {
      frame.into.appendChild(target.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const el = child as Element;
    const name = el.localName.toLowerCase();
    const tag = RENAME[name] ?? name;
    const descend = (parent: Node): void => {
      stack.push({ children: Array.from(el.childNodes), next: 0, into: parent, depth: frame.depth + 1 });
    };
    if (UNWRAP.has(tag)) {
      descend(frame.into);
      continue;
    }
    if (!KEEP.has(tag)) continue; // script, style, iframe, object, form, svg, math, input, …: dropped with their content
    if (frame.depth >= MAX_NESTING && tag !== 'img' && tag !== 'br') {
      descend(frame.into); // too deep to nest further: keep the content, drop the wrapper
      continue;
    }
    const copy = copyElement(target, el, tag, base);
    if (!copy) continue;
    frame.into.appendChild(copy);
    descend(copy);
  }
}

/** The allowed copy of one element (attributes checked), or null for an image that must not load. */
function copyElement(target: Document, el: Element, tag: string, base: string): Element | null {
  if (tag === 'img') {
    const url = safeUrl(imageSource(el), base);
    if (!url || isTrackingImage(el, url)) return null;
  }
  const copy = target.createElement(tag);
  for (const attr of ATTRS[tag] ?? []) {
    const value = tag === 'img' && attr === 'src' ? imageSource(el) : el.getAttribute(attr);
    if (value === null) continue;
    if (attr === 'href' || attr === 'src') {
      const url = safeUrl(value, base);
      if (url) copy.setAttribute(attr, url);
    } else if (/^(width|height|colspan|rowspan|start)$/.test(attr)) {
      if (/^\d{1,4}$/.test(value)) copy.setAttribute(attr, value);
    } else {
      copy.setAttribute(attr, value.slice(0, 500));
    }
  }
  if (tag === 'a' && copy.hasAttribute('href')) {
    copy.setAttribute('rel', 'noopener noreferrer');
    copy.setAttribute('target', '_blank');
  }
  if (tag === 'img') {
    copy.setAttribute('loading', 'lazy');
    copy.setAttribute('referrerpolicy', 'no-referrer');
    copy.setAttribute('decoding', 'async');
  }
  return copy;
}
