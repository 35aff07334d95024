/**
 * Issue 11, in real Chromium and Firefox:
 *  - a save that fails (storage.sync full) is said, and the switch the reader flipped goes back to what is
 *    stored — in the popup and in the options page;
 *  - Chromium: an extension reload (what an update does) leaves an orphaned content script in open tabs, in a
 *    world the new instance cannot reach; the orphan notices and ends itself, and nothing of it stays in the
 *    page (one stylesheet; clean mode off restores the page exactly).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, distDir, fixtureUrl, type BrowserKind, type Harness } from '../../tools/browser/harness';
import { OWNER_ATTR, STYLE_ID } from '../../src/core/marks';
import { defaultSettings } from '../../src/shared/settings';
import { changedItems, itemsForSettings } from '../../src/shared/settings-items';
import { hiddenCount, launchForContentTests, outerHTML, readRawSettings, until, visibleHidden, waitReady, writeSettings } from './helpers-content';
import { CAFEF, clickStable, message, openOptions, openPopupFor, waitFor } from './helpers-ui';

const kinds = (process.env.KINDS?.split(',') as BrowserKind[] | undefined) ?? BROWSERS;
const JUNK = 'zz-test-junk-';

/**
 * Fill storage.sync with junk items until not one more byte fits (the browser's own quota, whatever its exact
 * accounting): the next settings change that grows by a byte fails in the browser, as when a reader's sync
 * storage is full.
 */
async function fillSync(h: Harness): Promise<number> {
  return h.inExtension(async (api, prefix: string) => {
    // Only a quota error means "does not fit". Any other failure (Firefox's storage busy at the end of a long e2e
    // run) is tried again: read as "full", it left room, the reader's save then succeeded and the test waited in
    // vain for the failure (failed twice in a fresh clone's full run, 2026-12-06; passed alone).
    const fits = async (key: string, length: number): Promise<boolean> => {
      for (let attempt = 0; ; attempt++) {
        try {
          await api.storage.sync.set({ [key]: 'x'.repeat(length) });
          return true;
        } catch (error) {
          if (/quota/i.test(String((error as Error)?.message ?? error))) return false;
          if (attempt >= 5) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    let n = 0;
    while (await fits(`${prefix}${n}`, 7_900)) n++;
    // the last item: the longest value that still fits
    let lo = 0;
    let hi = 7_900;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (await fits(`${prefix}${n}`, mid)) lo = mid;
      else hi = mid - 1;
    }
    await fits(`${prefix}${n}`, lo);
    return n + 1;
  }, JUNK);
}

/** Whether storage.sync takes one more small item (then removed again). */
const syncHasRoom = (h: Harness): Promise<boolean> =>
  h.inExtension(async (api, key: string) => {
    try {
      await api.storage.sync.set({ [key]: 'x' });
    } catch {
      return false;
    }
    await api.storage.sync.remove(key);
    return true;
  }, `${JUNK}probe`);

/** Default settings stored as the extension stores them (layout 3), so a change costs only its own bytes. */
const storeDefaults = (h: Harness): Promise<void> =>
  h.inExtension(async (api, items: Record<string, unknown>) => {
    await api.storage.sync.clear();
    await api.storage.sync.set(items);
  }, changedItems(itemsForSettings(defaultSettings()), {}));

const emptyJunk = (h: Harness): Promise<void> =>
  h.inExtension(async (api, prefix: string) => {
    const keys = Object.keys(await api.storage.sync.get(null)).filter((k) => k.startsWith(prefix));
    await api.storage.sync.remove(keys);
  }, JUNK);

for (const kind of kinds) {
  describe(`a failed save, an orphaned content script (${kind})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launchForContentTests(kind);
    }, 120_000);
    afterAll(async () => {
      await h?.close();
    });

    it('popup: the page switch goes back when its save fails, and says so', async () => {
      await storeDefaults(h);
      const page = await h.open(fixtureUrl(CAFEF));
      await until('cleaned', () => hiddenCount(page), (n) => n > 0);
      const popup = await openPopupFor(h, page);
      expect(await popup.$eval('[data-testid="clean-toggle"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
      await fillSync(h);
      expect(await syncHasRoom(h), 'storage.sync is full before the switch is flipped').toBe(false);
      try {
        await clickStable(popup, '[data-testid="clean-toggle"]');
        const failed = await message(h, 'popup_save_failed');
        await waitFor(() => popup.evaluate((text) => document.querySelector('.flash')?.textContent === text, failed), 'the failure is said', 30_000);
        expect(await popup.$eval('[data-testid="clean-toggle"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
        expect((await readRawSettings(h)).disabledSites).toEqual([]);
        expect(await hiddenCount(page)).toBeGreaterThan(0);
      } finally {
        await emptyJunk(h);
        await popup.close();
        await page.close();
      }
    });

    it('options: a switch goes back when its save fails, and says so', async () => {
      await storeDefaults(h);
      const options = await openOptions(h);
      const related = '[data-testid="category-related"]';
      expect(await options.$eval(related, (el) => (el as HTMLInputElement).checked)).toBe(true);
      await fillSync(h);
      expect(await syncHasRoom(h), 'storage.sync is full before the switch is flipped').toBe(false);
      try {
        await clickStable(options, related);
        const failed = await message(h, 'options_save_failed');
        await waitFor(() => options.evaluate((text) => document.getElementById('status')?.textContent === text, failed), 'the failure is said', 30_000);
        await waitFor(() => options.$eval(related, (el) => (el as HTMLInputElement).checked), 'the switch back on');
        expect((await readRawSettings(h)).categories.related).toBe(true);
      } finally {
        await emptyJunk(h);
        await options.close();
      }
    });

    // Firefox unloads a temporary add-on's content scripts with it; Chromium leaves them running, orphaned.
    it.runIf(kind === 'chrome')('an extension reload (an update) ends the old content script: one stylesheet, and clean mode off restores the page exactly', async () => {
      await writeSettings(h);
      const url = fixtureUrl(CAFEF);
      const baseline = await h.baselineOuterHTML(url);
      const page = await h.open(url);
      await until('cleaned', () => hiddenCount(page), (n) => n > 0);
      // installing the same unpacked directory again reloads the extension (same id), as an update does
      // (runtime.reload() leaves an extension loaded over CDP blocked: ERR_BLOCKED_BY_CLIENT on its pages)
      const id = await h.browser.installExtension(distDir('chrome'));
      expect(id).toBe(h.extensionId);
      await new Promise((r) => setTimeout(r, 1_000));
      await waitReady(h);
      // the new instance (injected into open portal tabs on install/update) answers, and cleans again
      await until('the new instance answers', () => h.stats(page), (s) => s !== null && s.enabled && s.hidden.length > 0, 20_000);
      // the orphan notices within a second (content/lifecycle.ts watchContext) and takes its stylesheet and marks
      // away; before, both instances' stylesheets stayed (the new one cannot reach the old one's world)
      await until('one stylesheet', () => page.evaluate((id) => document.querySelectorAll(`#${id}`).length, STYLE_ID), (n) => n === 1, 5_000);
      await new Promise((r) => setTimeout(r, 1_500)); // longer than the orphan's check: it has surely gone
      expect(await page.evaluate((id) => document.querySelectorAll(`#${id}`).length, STYLE_ID)).toBe(1);
      // the new instance's clean is still there: the orphan took away only the marks it still signed
      // (core/marks.ts OWNER_ATTR), not the ones the new instance signed over it
      const owners = await page.evaluate((attr) => [...new Set([...document.querySelectorAll(`[${attr}]`)].map((e) => e.getAttribute(attr)))], OWNER_ATTR);
      expect(owners).toHaveLength(1);
      expect(await hiddenCount(page)).toBeGreaterThan(0);
      expect(await visibleHidden(page)).toBe(0);
      await writeSettings(h, { enabled: false });
      await until('restored', () => hiddenCount(page), (n) => n === 0);
      await until('exactly as published', () => outerHTML(page), (html) => html === baseline, 5_000);
      await writeSettings(h);
      await page.close();
    });
  });
}
