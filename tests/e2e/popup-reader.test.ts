/**
 * Reader view (optional feature) in real Chromium and Firefox: the popup's button opens it; the article
 * is extracted from the tab, rebuilt safely, and font size and themes apply and persist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, fixtureUrl, launchWithExtension, type BrowserKind, type Harness } from '../../tools/browser/harness';
import { CAFEF, clickStable, openPopupFor, screenshot, waitFor, fitViewport } from './helpers-ui';

const kinds = (process.env.KINDS?.split(',') as BrowserKind[] | undefined) ?? BROWSERS;

for (const kind of kinds) {
  describe(`reader view (${kind})`, () => {
    let h: Harness;
    let page: Page;

    beforeAll(async () => {
      h = await launchWithExtension(kind);
      page = await h.open(fixtureUrl(CAFEF));
    });
    afterAll(async () => {
      await h?.close();
    });

    it('the popup opens the reader view of the tab', async () => {
      const tabId = await h.tabIdOf(page);
      const popup = await openPopupFor(h, page);
      await clickStable(popup, '[data-testid="open-reader"]');
      // Extension pages list each other (works the same in both browsers, unlike target URLs over BiDi).
      await waitFor(
        () => h.inExtension((api, id: number) => api.extension.getViews().some((w) => w.location.href.endsWith(`reader.html?tabId=${id}`)), tabId),
        'a reader tab',
      );
      await popup.close();
    });

    it('shows the article alone, sanitised, with font size and themes', async () => {
      const tabId = await h.tabIdOf(page);
      const reader = await h.openExtensionPage(`reader.html?tabId=${tabId}`);
      await waitFor(() => reader.evaluate(() => document.body.dataset.ready === 'true'), 'reader ready');
      const shown = await reader.evaluate(() => ({
        title: document.querySelector('.article h1')?.textContent ?? '',
        paragraphs: document.querySelectorAll('.content p').length,
        unsafe: document.querySelectorAll('.content script, .content iframe, .content style, .content [onclick], .content [onerror]').length,
        text: document.querySelector('.content')?.textContent ?? '',
        error: document.querySelector('[data-testid="reader-error"]')?.getAttribute('data-reason') ?? null,
      }));
      expect(shown.error).toBeNull();
      expect(shown.title).toContain('MBS');
      expect(shown.paragraphs).toBeGreaterThan(3);
      expect(shown.unsafe).toBe(0);
      expect(shown.text).not.toContain('CÙNG CHUYÊN MỤC');

      await clickStable(reader, '[data-testid="theme-sepia"]');
      await clickStable(reader, '[data-testid="font-larger"]');
      const look = await reader.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        size: getComputedStyle(document.querySelector('.article')!).fontSize,
        pressed: document.querySelector('[data-testid="theme-sepia"]')?.getAttribute('aria-pressed'),
      }));
      expect(look).toEqual({ theme: 'sepia', size: '21px', pressed: 'true' });
      if (kind === 'chrome') {
        await fitViewport(reader, { width: 800, height: 700 });
        await screenshot(reader, 'reader');
      }
      const stored = await h.inExtension(async (api) => (await api.storage.local.get('readerPrefs')).readerPrefs, null);
      expect(stored).toEqual({ fontSize: 21, theme: 'sepia' });
      await reader.close();
    });
  });
}
