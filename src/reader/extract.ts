/**
 * Page HTML → reader article. Runs in the reader page on an inert copy of the tab's document
 * (DOMParser: no scripts run, nothing loads), so nothing here touches the live page.
 *
 * The article is found by the same core function clean mode uses (`findArticleRoot`), so the reader
 * view and clean mode agree on what the article is; blocks the content script hid are left out.
 * Why not @mozilla/readability: its bundle assigns `innerHTML` (on its own document, safely), which
 * `web-ext lint --warnings-as-errors` rejects; see the report in the lead's notes. Swapping it back in
 * only touches this file.
 */
import { embeddedStories, findArticleRoot } from '../core/article';
import { HIDE_ATTR, PANEL_HOST_TAG } from '../core/marks';

export interface ReaderArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** the article element, still in the inert document: rebuild it with buildSafeArticle */
  content: Node;
}

const MIN_ARTICLE_CHARS = 280;

/** Blocks Tin Gọn hid, its own panel and style, and things that are never article text. */
const NOT_ARTICLE = `[${HIDE_ATTR}], ${PANEL_HOST_TAG}, style, script, noscript, template, iframe, form, nav, aside, button, [hidden], [aria-hidden="true"]`;

const clean = (s: string | null | undefined): string | null => (typeof s === 'string' && s.trim() ? s.trim().replace(/\s+/g, ' ') : null);

function meta(doc: Document, ...selectors: string[]): string | null {
  for (const sel of selectors) {
    const value = clean(doc.querySelector(sel)?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

export function extractArticle(parser: DOMParser, html: string, url: string): ReaderArticle | null {
  const doc = parser.parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);

  const h1 = doc.querySelector('h1');
  const title = meta(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? clean(h1?.textContent) ?? clean(doc.title) ?? '';
  const byline = meta(doc, 'meta[name="author"]', 'meta[property="article:author"]');
  const result = {
    title,
    byline: byline && !/^https?:/i.test(byline) ? byline : null,
    siteName: meta(doc, 'meta[property="og:site_name"]'),
    publishedTime:
      meta(doc, 'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]') ??
      clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    lang: clean(doc.documentElement.getAttribute('lang')),
  };

  for (const el of doc.querySelectorAll(NOT_ARTICLE)) el.remove();
  const root = findArticleRoot(doc);
  if (!root) return null;
  for (const story of embeddedStories(root)) story.remove();
  // The title is shown above the text: drop a copy of it at the top of the body.
  const firstHeading = root.querySelector('h1');
  if (firstHeading && clean(firstHeading.textContent) === clean(h1?.textContent)) firstHeading.remove();
  if ((root.textContent ?? '').replace(/\s+/g, ' ').trim().length < MIN_ARTICLE_CHARS) return null;
  return { ...result, content: root };
}
