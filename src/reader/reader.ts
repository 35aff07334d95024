/**
 * Reader view entry (reader.html?tabId=N): copy the tab's HTML (scripting.executeScript, allowed by
 * the host permission or the popup's activeTab grant), find the article on an inert copy (./extract.ts),
 * rebuild it through the allowlist in ./sanitize.ts, and offer font size and themes.
 */
import { browser } from '../shared/browser';
import { tabIdFromQuery } from '../ui/tab-query';
import { h, replaceChildren } from '../ui/dom';
import { makeTranslate } from '../ui/i18n';
import { extractArticle, type ReaderArticle } from './extract';
import { parseReaderPrefs, READER_PREFS_KEY, READER_THEMES, stepFontSize, type ReaderPrefs } from './prefs';
import { buildSafeArticle, safeUrl } from './sanitize';

const t = makeTranslate((key, subs) => browser.i18n.getMessage(key, subs));
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;

async function readTab(tabId: number): Promise<{ html: string; url: string }> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ html: document.documentElement.outerHTML, url: location.href }),
  });
  const value = result?.result as { html?: unknown; url?: unknown } | undefined;
  if (typeof value?.html !== 'string' || typeof value.url !== 'string') throw new Error('no page');
  return { html: value.html, url: value.url };
}

function applyPrefs(prefs: ReaderPrefs): void {
  document.documentElement.dataset.theme = prefs.theme;
  document.documentElement.style.setProperty('--reader-size', `${prefs.fontSize}px`);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')) {
    b.setAttribute('aria-pressed', String(b.dataset.themeChoice === prefs.theme));
  }
}

function toolbar(prefs: () => ReaderPrefs, change: (next: ReaderPrefs) => void, original: string | null): HTMLElement {
  const sizeButton = (label: string, aria: string, delta: 1 | -1, testId: string): HTMLButtonElement => {
    const b = h(document, 'button', { type: 'button', class: 'tool', 'aria-label': aria, title: aria, 'data-testid': testId }, label);
    b.addEventListener('click', () => change({ ...prefs(), fontSize: stepFontSize(prefs().fontSize, delta) }));
    return b;
  };
  const themes = READER_THEMES.map((theme) => {
    const b = h(document, 'button', { type: 'button', class: `tool swatch ${theme}`, 'data-theme-choice': theme, 'data-testid': `theme-${theme}`, 'aria-pressed': 'false' }, t(`reader_theme_${theme}`));
    b.addEventListener('click', () => change({ ...prefs(), theme }));
    return b;
  });
  return h(
    document,
    'header',
    { class: 'bar' },
    h(document, 'img', { src: 'icons/icon-32.png', width: 22, height: 22, alt: '' }),
    h(document, 'span', { class: 'brand' }, t('reader_title')),
    h(document, 'span', { class: 'spacer' }),
    h(document, 'div', { class: 'group', role: 'group', 'aria-label': t('reader_font_size') }, sizeButton('A−', t('reader_smaller'), -1, 'font-smaller'), sizeButton('A+', t('reader_larger'), 1, 'font-larger')),
    h(document, 'div', { class: 'group', role: 'group', 'aria-label': t('reader_theme') }, ...themes),
    original ? h(document, 'a', { class: 'tool link', href: original, 'data-testid': 'original' }, t('reader_original')) : null,
  );
}

function articleView(article: ReaderArticle, url: string): HTMLElement {
  const site = article.siteName && !/^https?:\/\//i.test(article.siteName) ? article.siteName : new URL(url).hostname;
  const meta = [site, article.byline, article.publishedTime ? formatDate(article.publishedTime) : null].filter(
    (x): x is string => !!x,
  );
  return h(
    document,
    'article',
    { class: 'article', lang: article.lang ?? 'vi', 'data-testid': 'article' },
    h(document, 'h1', {}, article.title),
    meta.length ? h(document, 'p', { class: 'meta' }, meta.join(' · ')) : null,
    h(document, 'div', { class: 'content' }, buildSafeArticle(document, article.content, url)),
  );
}

function formatDate(raw: string): string {
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? raw : date.toLocaleDateString(t('reader_lang'), { day: 'numeric', month: 'long', year: 'numeric' });
}

async function main(): Promise<void> {
  document.documentElement.lang = t('reader_lang');
  document.title = t('reader_title');
  const app = document.getElementById('app');
  if (!app) return;

  let prefs = parseReaderPrefs((await browser.storage.local.get(READER_PREFS_KEY))[READER_PREFS_KEY], prefersDark);
  const change = (next: ReaderPrefs): void => {
    prefs = next;
    applyPrefs(prefs);
    void browser.storage.local.set({ [READER_PREFS_KEY]: prefs });
  };

  const tabId = tabIdFromQuery(location.search);
  let body: HTMLElement;
  let original: string | null = null;
  try {
    if (tabId === null) throw new Error('no tab');
    const page = await readTab(tabId);
    original = safeUrl(page.url, page.url);
    const article = extractArticle(new DOMParser(), page.html, page.url);
    if (!article) throw new Error('no article');
    document.title = article.title || t('reader_title');
    body = articleView(article, page.url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    body = h(document, 'p', { class: 'error', role: 'status', 'data-testid': 'reader-error', 'data-reason': reason }, t('reader_no_article'));
  }
  replaceChildren(app, toolbar(() => prefs, change, original), h(document, 'main', {}, body));
  applyPrefs(prefs);
  document.body.dataset.ready = 'true';
}

void main();
