/**
 * The options page in real Chromium and Firefox: categories switch and the open page reacts; the
 * floating-button setting reaches the panel; reset to defaults (two clicks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, fixtureUrl, launchWithExtension, type BrowserKind, type Harness } from '../../tools/browser/harness';
import { CAFEF, clickStable, front, message, openOptions, panelSnapshot, screenshot, waitFor, fitViewport } from './helpers-ui';
import { SETTINGS_KEY } from '../../src/shared/settings';

const kinds = (process.env.KINDS?.split(',') as BrowserKind[] | undefined) ?? BROWSERS;

const hiddenCategories = async (h: Harness, page: Page): Promise<string[]> =>
  [...new Set(((await h.stats(page))?.hidden ?? []).map((x) => x.category))].sort();

for (const kind of kinds) {
  describe(`options (${kind})`, () => {
    let h: Harness;
    let page: Page;
    let options: Page;

    beforeAll(async () => {
      h = await launchWithExtension(kind);
      page = await h.open(fixtureUrl(CAFEF));
      await waitFor(async () => (await hiddenCategories(h, page)).includes('related'), 'related hidden on the fixture');
      options = await openOptions(h);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('renders every section in the browser language', async () => {
      const text = await options.evaluate(() => document.body.textContent ?? '');
      for (const key of ['options_categories_title', 'options_category_related', 'options_panel_title', 'options_sites_title', 'options_reset_title']) {
        expect(text).toContain(await message(h, key));
      }
      expect(text).not.toMatch(/options_[a-z]/);
      expect(await options.$$eval('[data-testid="builtin-sites"] li', (li) => li.length)).toBeGreaterThanOrEqual(40);
      if (kind === 'chrome') {
        await fitViewport(options, { width: 800, height: 900 });
        await screenshot(options, 'options');
      }
    });

    it('switching a category off un-hides it on the open page, and back on', async () => {
      await front(options);
      await clickStable(options, '[data-testid="category-related"]');
      await waitFor(async () => !(await hiddenCategories(h, page)).includes('related'), 'related shown again');
      const stored = await h.inExtension(async (api, key: string) => (await api.storage.sync.get(key))[key] as { categories: Record<string, boolean> }, SETTINGS_KEY);
      expect(stored.categories.related).toBe(false);
      await front(options);
      await clickStable(options, '[data-testid="category-related"]');
      await waitFor(async () => (await hiddenCategories(h, page)).includes('related'), 'related hidden again');
    });

    it('the floating button setting reaches the panel', async () => {
      await waitFor(async () => (await panelSnapshot(page)).fab, 'floating button shown by default');
      await front(options);
      await clickStable(options, '[data-testid="opt-floating-button"]');
      await waitFor(async () => !(await panelSnapshot(page)).fab, 'floating button gone');
      await front(options);
      await clickStable(options, '[data-testid="opt-floating-button"]');
      await waitFor(async () => (await panelSnapshot(page)).fab, 'floating button back');
    });

    it('reset to defaults asks twice, then restores every option', async () => {
      await front(options);
      await clickStable(options, '[data-testid="category-celebrity"]');
      await clickStable(options, '[data-testid="opt-show-hidden"]');
      await waitFor(() => options.$eval('[data-testid="opt-show-hidden"]', (el) => (el as HTMLInputElement).checked), 'show hidden on');
      await clickStable(options, '[data-testid="reset"]');
      expect(await options.$eval('[data-testid="reset"]', (el) => el.textContent)).toBe(await message(h, 'options_reset_confirm'));
      expect(await options.$eval('[data-testid="category-celebrity"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
      await clickStable(options, '[data-testid="reset"]');
      await waitFor(
        () =>
          options.evaluate(
            () =>
              document.querySelector<HTMLInputElement>('[data-testid="category-celebrity"]')?.checked === true &&
              document.querySelector<HTMLInputElement>('[data-testid="opt-show-hidden"]')?.checked === false,
          ),
        'defaults shown',
      );
    });

    it('corrupt settings in storage show as defaults', async () => {
      await h.inExtension((api, key: string) => api.storage.sync.set({ [key]: { version: 2, enabled: 'yes', categories: 7, panel: null } }), SETTINGS_KEY);
      await waitFor(
        () => options.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input.switch')].filter((i) => i.id.startsWith('category-')).every((i) => i.checked)),
        'defaults after corrupt write',
      );
      expect(await options.$eval('[data-testid="opt-global"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    });
  });
}
