/**
 * Behaviour of the content script and background in a real browser (issue 4), one suite run per
 * browser: content.chrome.test.ts and content.firefox.test.ts each launch their browser once.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, fixtureUrl, type BrowserKind, type Harness } from '../../tools/browser/harness';
import {
  badgeText,
  grantByClick,
  hiddenCount,
  launchForContentTests,
  outerHTML,
  pageSeesEntityBundle,
  readRawSettings,
  toBackground,
  until,
  visibleHidden,
  writeRawSettings,
  writeSettings,
} from './helpers-content';
import type { OriginReply, StatsReply, ToggleSiteReply } from '../../src/shared/messages';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { CATEGORIES } from '../../src/core/types';

/** Hand-written article on a portal host: one "Tin liên quan" (related) and one "Đọc nhiều" (trending) box. */
const ARTICLE = 'http://vnexpress.net/e2e-bai-viet.html';
/** A saved real portal page. */
// (dantri.com.vn is on Chromium's HSTS preload list: over plain http the fixture server cannot serve it to Chromium)
const REAL = fixtureUrl('cafef.vn__mbs-diem-ten-30-co-phieu-ftse.html');
const ENGLISH_ON_PORTAL = 'http://vnexpress.net/e2e-english.html';
const NO_ARTICLE_ON_PORTAL = 'http://vnexpress.net/e2e-lien-he.html';
/** Hosts that are not built in. */
const LOCAL_ORIGIN = 'http://tin-dia-phuong.test';
const LOCAL_ARTICLE = `${LOCAL_ORIGIN}/bai-viet.html`;
const ENGLISH_ORIGIN = 'http://english-news.test';
const ENGLISH_ARTICLE = `${ENGLISH_ORIGIN}/article.html`;
const SHOP_ORIGIN = 'http://cua-hang.test';
const SHOP_PAGE = `${SHOP_ORIGIN}/index.html`;

export function contentSuite(kind: BrowserKind): void {
  describe(`content script + background in ${kind}`, () => {
    let h: Harness;
    let pages: Page[] = [];
    const open = async (url: string): Promise<Page> => {
      const page = await h.open(url);
      pages.push(page);
      return page;
    };
    const stats = async (page: Page): Promise<StatsReply> => {
      const reply = await h.stats(page);
      if (!reply) throw new Error(`no stats from ${page.url()}`);
      return reply;
    };
    const statsUntil = (page: Page, what: string, ok: (s: StatsReply) => boolean) => until(what, () => stats(page), ok);

    beforeAll(async () => {
      h = await launchForContentTests(kind);
    });
    afterAll(async () => {
      await h?.close();
    });
    beforeEach(async () => {
      await writeSettings(h);
    });
    afterEach(async () => {
      for (const page of pages) await page.close().catch(() => {});
      pages = [];
    });

    it("the page cannot switch the cleaner off: the content script's old instance event (and look-alikes) do nothing", async () => {
      const page = await open(ARTICLE);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length > 0);
      const hidden = await hiddenCount(page);
      expect(hidden).toBeGreaterThan(0);
      await page.evaluate(() => {
        for (const target of [document, window, document.documentElement]) {
          target.dispatchEvent(new Event('tin-gon:content-instance', { bubbles: true }));
          target.dispatchEvent(new CustomEvent('tin-gon:content-instance', { bubbles: true, detail: { id: 'x' } }));
        }
        window.postMessage({ type: 'tin-gon:content-instance' }, '*');
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(await hiddenCount(page)).toBe(hidden);
      expect(await visibleHidden(page)).toBe(0);
      expect(await stats(page)).toMatchObject({ enabled: true });
    });

    it('installs with default settings and a ready signal', async () => {
      expect(await readRawSettings(h)).toEqual(defaultSettings());
    });

    it('cleans a portal article automatically, and answers stats with the documented shape', async () => {
      const page = await open(ARTICLE);
      const s = await statsUntil(page, 'cleaned', (r) => r.hidden.length > 0);
      expect(s).toMatchObject({ url: ARTICLE, enabled: true, panelOpen: false });
      expect(s.reason).toBeUndefined();
      expect(s.hidden).toEqual(
        expect.arrayContaining([
          { category: 'related', label: 'Tin liên quan', count: 1 },
          { category: 'trending', label: 'Đọc nhiều', count: 1 },
        ]),
      );
      expect(typeof s.timings.declutterMs).toBe('number');
      expect(typeof s.timings.entitiesMs).toBe('number');
      expect(s.timings.declutterMs).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(s.entities)).toBe(true);
      expect(s.entities.length).toBeGreaterThan(0);
      for (const e of s.entities) expect(['PERSON', 'LOCATION', 'ORGANIZATION']).toContain(e.type);
      expect(await hiddenCount(page)).toBe(2);
      expect(await visibleHidden(page)).toBe(0);
      // the article itself is untouched
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('article.fck_detail') as Element).display)).not.toBe('none');
      const tabId = await h.tabIdOf(page);
      await until('badge', () => badgeText(h, tabId), (t) => t === '2');
    });

    it('entities.js arrives after the clean, in the content script\'s world and not the page\'s', async () => {
      const page = await h.browser.newPage();
      pages.push(page);
      // In the page's world: when the first hide mark and the panel (which comes with entities.js) appeared.
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { __marked?: number; __panel?: number };
        new MutationObserver(() => {
          if (w.__marked === undefined && document.querySelector('[data-tin-gon-hide]')) w.__marked = performance.now();
          if (w.__panel === undefined && document.querySelector('tin-gon-panel')) w.__panel = performance.now();
        }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-tin-gon-hide'] });
      });
      await page.goto(ARTICLE, { waitUntil: 'load' });
      // nobody asks for stats yet: the content script requests entities.js by itself once the page is idle
      await until('panel, by itself', () => page.evaluate(() => document.querySelector('tin-gon-panel') !== null), Boolean);
      const s = await stats(page);
      expect(s.hidden).toHaveLength(2);
      expect(s.entities.map((e) => e.type)).toContain('PERSON');
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __marked?: number; __panel?: number };
        return { marked: w.__marked ?? -1, panel: w.__panel ?? -1 };
      });
      expect(seen.marked).toBeGreaterThan(0);
      expect(seen.panel).toBeGreaterThanOrEqual(seen.marked);
      expect(await pageSeesEntityBundle(page)).toBe(false);
    });

    it('no flash: a known site section is already display:none when the parser inserts it', async () => {
      const page = await h.browser.newPage();
      pages.push(page);
      // Runs in the page before its own HTML is parsed; records the section's style at insertion time.
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { __firstDisplay?: string };
        new MutationObserver((_records, observer) => {
          const el = document.querySelector('div.tincungmucdetail');
          if (!el) return;
          w.__firstDisplay = getComputedStyle(el).display;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(REAL, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { __firstDisplay?: string }).__firstDisplay)).toBe('none');
      if (kind === 'chrome') {
        // control: without the extension (a fresh browser context has none) the section shows
        const context = await h.browser.createBrowserContext();
        try {
          const plain = await context.newPage();
          await plain.goto(REAL, { waitUntil: 'load' });
          expect(await plain.evaluate(() => getComputedStyle(document.querySelector('div.tincungmucdetail') as Element).display)).not.toBe('none');
        } finally {
          await context.close();
        }
      }
    });

    it('toggle off restores the exact DOM of the page without the extension; on re-applies', async () => {
      for (const url of [REAL, ARTICLE]) {
        const baseline = await h.baselineOuterHTML(url);
        const page = await open(url);
        const first = await statsUntil(page, 'cleaned', (r) => r.enabled && r.hidden.length > 0);
        const cleaned = await outerHTML(page);
        expect(cleaned).not.toBe(baseline);

        const off = await h.sendToTab<StatsReply>(page, { type: 'tin-gon/set-enabled', enabled: false });
        expect(off).toMatchObject({ enabled: false, reason: 'site-disabled', hidden: [] });
        expect(await outerHTML(page)).toBe(baseline);
        const tabId = await h.tabIdOf(page);
        await until('badge cleared', () => badgeText(h, tabId), (t) => t === '');
        // the choice is saved for the site
        await until('site saved off', () => readRawSettings(h), (s) => (s as Settings).disabledSites.length === 1);

        const on = await h.sendToTab<StatsReply>(page, { type: 'tin-gon/set-enabled', enabled: true });
        expect(on.enabled).toBe(true);
        expect(on.hidden).toEqual(first.hidden);
        expect(await outerHTML(page)).toBe(cleaned);
        await until('site saved on', () => readRawSettings(h), (s) => (s as Settings).disabledSites.length === 0);
      }
    });

    it('per-site disable applies live to open tabs and survives a reload', async () => {
      const page = await open(ARTICLE);
      const other = await open(REAL);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length > 0);
      await statsUntil(other, 'cleaned', (r) => r.hidden.length > 0);
      await writeSettings(h, { disabledSites: ['vnexpress.net'] });
      await until('restored live', () => hiddenCount(page), (n) => n === 0);
      expect(await outerHTML(page)).toBe(await h.baselineOuterHTML(ARTICLE));
      await page.reload({ waitUntil: 'load' });
      expect(await stats(page)).toMatchObject({ enabled: false, reason: 'site-disabled', hidden: [] });
      expect(await hiddenCount(page)).toBe(0);
      // another portal is not affected
      expect((await stats(other)).enabled).toBe(true);
      expect(await hiddenCount(other)).toBeGreaterThan(0);
    });

    it('global switch off and on, live', async () => {
      const page = await open(ARTICLE);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length > 0);
      await writeSettings(h, { enabled: false });
      await until('restored', () => hiddenCount(page), (n) => n === 0);
      expect(await stats(page)).toMatchObject({ enabled: false, reason: 'global-disabled' });
      await writeSettings(h, { enabled: true });
      await until('re-applied', () => hiddenCount(page), (n) => n === 2);
    });

    it('the shortcut is declared as toggle-clean with Alt+Shift+G', async () => {
      const commands = await h.inExtension(async (api) => api.commands.getAll(), null);
      const toggle = commands.find((c) => c.name === 'toggle-clean');
      expect(toggle?.shortcut?.replace(/\s|\+/g, '').toLowerCase()).toBe('altshiftg');
    });

    it('the badge follows the tab: count on a cleaned article, empty after navigating away', async () => {
      const page = await open(ARTICLE);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length === 2);
      const tabId = await h.tabIdOf(page);
      await until('badge', () => badgeText(h, tabId), (t) => t === '2');
      await page.goto(NO_ARTICLE_ON_PORTAL, { waitUntil: 'load' });
      await until('badge cleared', () => badgeText(h, tabId), (t) => t === '');
      await page.goto(ARTICLE, { waitUntil: 'load' });
      await until('badge back', () => badgeText(h, tabId), (t) => t === '2');
      await page.goto(LOCAL_ARTICLE, { waitUntil: 'load' }); // no content script there
      await until('badge cleared', () => badgeText(h, tabId), (t) => t === '');
    });

    it('the shortcut handler (toggle-site) flips the site of a tab', async () => {
      // The key itself (Alt+Shift+G) goes to browser UI, which puppeteer cannot press; commands.onCommand
      // calls the same toggleSiteOfTab the popup's `toggle-site` message reaches.
      const page = await open(ARTICLE);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length > 0);
      const tabId = await h.tabIdOf(page);
      const off = await toBackground<ToggleSiteReply>(h, { type: 'tin-gon/toggle-site', tabId });
      expect(off).toEqual({ ok: true, siteKey: 'vnexpress.net', enabled: false });
      await until('restored', () => hiddenCount(page), (n) => n === 0);
      const on = await toBackground<ToggleSiteReply>(h, { type: 'tin-gon/toggle-site', tabId });
      expect(on).toEqual({ ok: true, siteKey: 'vnexpress.net', enabled: true });
      await until('re-applied', () => hiddenCount(page), (n) => n === 2);
      // with the global switch off, the key turns clean mode back on for what the reader sees
      await writeSettings(h, { enabled: false });
      await until('restored', () => hiddenCount(page), (n) => n === 0);
      expect(await toBackground<ToggleSiteReply>(h, { type: 'tin-gon/toggle-site', tabId })).toMatchObject({ ok: true, enabled: true });
      await until('re-applied', () => hiddenCount(page), (n) => n === 2);
    });

    it('categories switch individually, live; "show what was hidden" outlines instead', async () => {
      const page = await open(ARTICLE);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length === 2);
      const categories = Object.fromEntries(CATEGORIES.map((c) => [c, c !== 'related'])) as Settings['categories'];
      await writeSettings(h, { categories });
      const s = await statsUntil(page, 'related shown', (r) => r.hidden.length === 1);
      expect(s.hidden.map((x) => x.category)).toEqual(['trending']);
      expect(await page.evaluate(() => document.querySelector('.box-tinlienquan')?.hasAttribute('data-tin-gon-hide'))).toBe(false);
      await writeSettings(h, { showHidden: true });
      await until('outlined', () => visibleHidden(page), (n) => n === 2);
      expect(await hiddenCount(page)).toBe(2);
    });

    it('corrupt settings in storage fall back to defaults: the page is still cleaned', async () => {
      for (const raw of ['garbage', { version: 2, enabled: 'yes', categories: 7, disabledSites: 'vnexpress.net' }, null, [1, 2]]) {
        await writeRawSettings(h, raw);
        const page = await open(ARTICLE);
        expect(await statsUntil(page, 'cleaned', (r) => r.hidden.length === 2)).toMatchObject({ enabled: true });
        await page.close();
      }
      // an old (v1) value migrates: the site it switched off stays off
      await writeRawSettings(h, { version: 1, enabled: true, sites: { 'vnexpress.net': false } });
      const page = await open(ARTICLE);
      expect(await stats(page)).toMatchObject({ enabled: false, reason: 'site-disabled' });
    });

    it('later content is cleaned too (MutationObserver, time-boxed slices)', async () => {
      const page = await open(ARTICLE);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length === 2);
      await page.evaluate(() => {
        const box = document.createElement('div');
        box.className = 'lazy-box';
        const h3 = document.createElement('h3');
        h3.textContent = 'Tin mới nhất';
        const ul = document.createElement('ul');
        for (const t of [
          'Giá xăng dầu đồng loạt giảm từ chiều nay theo điều hành liên bộ',
          'Sân bay Long Thành đón chuyến bay thử nghiệm đầu tiên vào cuối năm',
          'Thủ đô mở thêm ba tuyến phố đi bộ quanh hồ Hoàn Kiếm dịp lễ',
        ]) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = '/x.html';
          a.textContent = t;
          li.append(a);
          ul.append(li);
        }
        box.append(h3, ul);
        document.body.append(box);
      });
      const s = await statsUntil(page, 'late box hidden', (r) => r.hidden.length === 3);
      expect(s.hidden.map((x) => x.category)).toContain('latest');
      expect(await visibleHidden(page)).toBe(0);
    });

    it('leaves a non-Vietnamese page and a page with no article untouched, even on a portal host', async () => {
      for (const url of [ENGLISH_ON_PORTAL, NO_ARTICLE_ON_PORTAL]) {
        const page = await open(url);
        expect(await stats(page)).toMatchObject({ enabled: true, reason: 'not-article', hidden: [], entities: [] });
        expect(await hiddenCount(page)).toBe(0);
        expect(await outerHTML(page)).toBe(await h.baselineOuterHTML(url));
      }
    });

    it('the panel opens and closes on request and is gone when clean mode is off', async () => {
      const page = await open(ARTICLE);
      await statsUntil(page, 'cleaned', (r) => r.hidden.length === 2);
      expect(await page.evaluate(() => document.querySelectorAll('tin-gon-panel').length)).toBe(1); // floating button
      expect(await h.sendToTab<StatsReply>(page, { type: 'tin-gon/panel', open: true })).toMatchObject({ panelOpen: true });
      await until('choice saved', () => readRawSettings(h), (s) => (s as Settings).panel.open);
      expect(await h.sendToTab<StatsReply>(page, { type: 'tin-gon/panel', open: false })).toMatchObject({ panelOpen: false });
      await h.sendToTab(page, { type: 'tin-gon/set-enabled', enabled: false });
      expect(await page.evaluate(() => document.querySelectorAll('tin-gon-panel').length)).toBe(0);
    });

    it('a page on a host that is neither built in nor added is not touched (no content script)', async () => {
      const page = await open(LOCAL_ARTICLE);
      expect(await outerHTML(page)).toBe(await h.baselineOuterHTML(LOCAL_ARTICLE));
      expect(await hiddenCount(page)).toBe(0);
    });

    it('enable-origin refuses without the host permission', async () => {
      expect(await toBackground<OriginReply>(h, { type: 'tin-gon/enable-origin', origin: LOCAL_ORIGIN })).toEqual({ ok: false, error: 'no-permission' });
      expect((await readRawSettings(h)) as Settings).toMatchObject({ addedOrigins: [] });
    });

    if (kind === 'chrome') {
      // Headless Chromium cannot accept the optional-permission prompt. A copy of the build whose manifest
      // grants the origin at install stands in for "the reader granted it": the same registered content
      // script, the same executeScript of entities.js on a host that is not built in.
      it('an added origin with its permission granted: registered content script, entities.js injected there', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'tin-gon-granted-'));
        let granted: Harness | null = null;
        try {
          await cp(distDir('chrome'), dir, { recursive: true });
          const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
          manifest.host_permissions.push(`${LOCAL_ORIGIN}/*`);
          await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
          granted = await launchForContentTests('chrome', { extensionDir: dir });
          const g = granted;
          expect(await toBackground<OriginReply>(g, { type: 'tin-gon/enable-origin', origin: LOCAL_ORIGIN })).toEqual({ ok: true });
          const page = await g.open(LOCAL_ARTICLE);
          await until('cleaned', () => hiddenCount(page), (n) => n === 2);
          const s = await g.stats(page);
          expect(s?.hidden).toHaveLength(2);
          expect(s?.entities.length).toBeGreaterThan(0);
          expect(await pageSeesEntityBundle(page)).toBe(false);
          expect(await page.evaluate(() => document.querySelectorAll('tin-gon-panel').length)).toBe(1);
        } finally {
          await granted?.close();
          await rm(dir, { recursive: true, force: true });
        }
      });
    }

    if (kind === 'firefox') {
      it('"enable on this site": permission, registration, injection now, after reload; remove revokes both', async () => {
        const page = await open(LOCAL_ARTICLE);
        expect(await grantByClick(h, `${LOCAL_ORIGIN}/*`)).toBe(true);
        expect(await toBackground<OriginReply>(h, { type: 'tin-gon/enable-origin', origin: LOCAL_ORIGIN })).toEqual({ ok: true });
        await until('injected now', () => hiddenCount(page), (n) => n === 2);
        // entities.js reaches the injected content script on an added origin too
        expect((await stats(page)).entities.length).toBeGreaterThan(0);
        expect(await pageSeesEntityBundle(page)).toBe(false);
        const registered = await h.inExtension(async (api) => (await api.scripting.getRegisteredContentScripts()).map((s) => s.matches), null);
        expect(registered).toEqual([[`${LOCAL_ORIGIN}/*`]]);
        // enabling again injects content.js a second time: the newer instance takes over, nothing doubles
        expect(await toBackground<OriginReply>(h, { type: 'tin-gon/enable-origin', origin: LOCAL_ORIGIN })).toEqual({ ok: true });
        await new Promise((r) => setTimeout(r, 300));
        expect(await hiddenCount(page)).toBe(2);
        expect(await page.evaluate(() => document.querySelectorAll('tin-gon-panel, style#tin-gon-style').length)).toBe(2);
        expect((await stats(page)).hidden).toHaveLength(2);
        await page.reload({ waitUntil: 'load' });
        await until('cleaned after reload', () => hiddenCount(page), (n) => n === 2);
        expect(await stats(page)).toMatchObject({ enabled: true });
        expect((await stats(page)).entities.length).toBeGreaterThan(0); // registered content script + entities.js

        // an English page and a page with no article on added origins: left alone
        for (const [origin, url] of [[ENGLISH_ORIGIN, ENGLISH_ARTICLE], [SHOP_ORIGIN, SHOP_PAGE]] as const) {
          expect(await grantByClick(h, `${origin}/*`)).toBe(true);
          expect(await toBackground<OriginReply>(h, { type: 'tin-gon/enable-origin', origin })).toEqual({ ok: true });
          const p = await open(url);
          expect(await stats(p)).toMatchObject({ enabled: true, reason: 'not-article', hidden: [] });
          expect(await outerHTML(p)).toBe(await h.baselineOuterHTML(url));
        }

        expect(await toBackground<OriginReply>(h, { type: 'tin-gon/disable-origin', origin: LOCAL_ORIGIN })).toEqual({ ok: true });
        await until('restored live', () => hiddenCount(page), (n) => n === 0);
        expect(await outerHTML(page)).toBe(await h.baselineOuterHTML(LOCAL_ARTICLE));
        const after = await h.inExtension(
          async (api, o: string) => ({
            scripts: (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
            granted: await api.permissions.contains({ origins: [`${o}/*`] }),
          }),
          LOCAL_ORIGIN,
        );
        expect(after.granted).toBe(false);
        expect(after.scripts).not.toContain(`${LOCAL_ORIGIN}/*`);
        expect(((await readRawSettings(h)) as Settings).addedOrigins).not.toContain(LOCAL_ORIGIN);
        for (const origin of [ENGLISH_ORIGIN, SHOP_ORIGIN]) await toBackground(h, { type: 'tin-gon/disable-origin', origin });
      });
    }
  });
}
