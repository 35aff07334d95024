/**
 * Page HTML → reader article. Runs in the reader page on an inert copy of the tab's document
 * (DOMParser: no scripts run, nothing loads), so Readability never touches the live page.
 */
import { Readability } from '@mozilla/readability';
import { PANEL_HOST_TAG } from '../panel';

export interface ReaderArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Readability's content element, still in the inert document: rebuild it with buildSafeArticle */
  content: Node;
}

const MIN_ARTICLE_CHARS = 280;

/** Blocks Tin Gọn hid, and its own panel, are not part of the article. */
const NOT_ARTICLE = `[data-tin-gon-hide], ${PANEL_HOST_TAG}, style[id^="tin-gon"]`;

export function extractArticle(parser: DOMParser, html: string, url: string): ReaderArticle | null {
  const doc = parser.parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
  for (const el of doc.querySelectorAll(NOT_ARTICLE)) el.remove();
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  // Readability returns something for any page; below a few sentences it is not an article.
  if (!parsed?.content || (parsed.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) return null;
  const clean = (s: string | null | undefined): string | null => (typeof s === 'string' && s.trim() ? s.trim().replace(/\s+/g, ' ') : null);
  return {
    title: clean(parsed.title) ?? clean(doc.title) ?? '',
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang),
    content: parsed.content,
  };
}
