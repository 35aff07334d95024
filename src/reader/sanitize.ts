/**
 * Rebuild Readability's article DOM into the reader page through an allowlist: known elements are
 * re-created with `createElement`, text with `createTextNode`, and only a few attributes are copied
 * (http(s) links and images, alt/title, table spans). Anything else — scripts, frames, forms, styles,
 * event handlers, `javascript:` URLs — never reaches the reader page. No markup string is ever parsed
 * into the live page.
 */

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

/**
 * Copy `source`'s children into a fragment of `target`, keeping only allowed elements/attributes.
 * `base` resolves relative links and images (the article's own URL).
 */
export function buildSafeArticle(target: Document, source: Node, base: string): DocumentFragment {
  const out = target.createDocumentFragment();
  copyChildren(target, source, out, base, 0);
  return out;
}

const MAX_DEPTH = 64;

function copyChildren(target: Document, from: Node, into: Node, base: string, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3) {
      into.appendChild(target.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const el = child as Element;
    const name = el.localName.toLowerCase();
    const tag = RENAME[name] ?? name;
    if (UNWRAP.has(tag)) {
      copyChildren(target, el, into, base, depth + 1);
      continue;
    }
    if (!KEEP.has(tag)) continue; // script, style, iframe, object, form, svg, math, input, …: dropped with their content
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
      if (!copy.hasAttribute('src')) continue;
      copy.setAttribute('loading', 'lazy');
      copy.setAttribute('referrerpolicy', 'no-referrer');
      copy.setAttribute('decoding', 'async');
    }
    copyChildren(target, el, copy, base, depth + 1);
    into.appendChild(copy);
  }
}
