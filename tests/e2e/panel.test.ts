/**
 * The in-page entity panel in real Chromium and Firefox: opened from the content script, groups and
 * counts, click → CSS highlights + stepping, Esc closes and clears, floating button, hostile page CSS
 * and text, and the panel bundle on its own with hostile entity names (no CSP, so markup would run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchWithExtension, fixtureUrl, type BrowserKind, type Harness } from '../../tools/browser/harness';
import { clickInPanel, inPanel, panelBox } from './closed-shadow';
import { CAFEF, front, message, panelSnapshot, screenshot, SCREENSHOTS, waitFor, fitViewport } from './helpers-ui';
import { readRawSettings, until, writeSettings } from './helpers-content';
import { defaultSettings } from '../../src/shared/settings';
import { SAVE_BATCH_MS } from '../../src/background/choices';

const kinds = (process.env.KINDS?.split(',') as BrowserKind[] | undefined) ?? BROWSERS;
const HOSTILE_URL = 'http://vnexpress.net/tin-gon-hostile-panel.html';

async function openPanel(h: Harness, page: Page): Promise<void> {
  await h.sendToTab(page, { type: 'tin-gon/panel', open: true });
  // The harness talks to the tab from an extension page, which takes the front; input needs the page there.
  await front(page);
  await waitFor(async () => (await panelSnapshot(page)).open, 'panel open');
}

/** src/panel bundled alone, exposing `TinGonPanel` — to drive the panel with chosen entities. */
async function panelBundle(): Promise<string> {
  const out = await build({ entryPoints: ['src/panel/index.ts'], bundle: true, format: 'iife', globalName: 'TinGonPanel', write: false, target: 'es2022' });
  return out.outputFiles[0]!.text;
}

for (const kind of kinds) {
  describe(`panel (${kind})`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await launchWithExtension(kind);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('opens with groups in the summary order, highlights and steps through mentions, Esc closes', async () => {
      const page = await h.open(fixtureUrl(CAFEF));
      await fitViewport(page, { width: 1100, height: 900 });
      // Entities are computed after the first clean pass: wait for them.
      await waitFor(async () => ((await h.stats(page))?.entities.length ?? 0) > 0, 'entities in stats');
      await openPanel(h, page);
      const snap = await panelSnapshot(page);
      const groupNames = await Promise.all(['panel_group_person', 'panel_group_location', 'panel_group_organization'].map((k) => message(h, k)));
      expect(snap.groups.length).toBeGreaterThan(0);
      expect(groupNames).toEqual(expect.arrayContaining(snap.groups));
      // Within the first group, the recogniser's own order (the summary ranking, src/entities/summary.ts): the panel
      // does not re-sort what it is given.
      const ranked = (await h.stats(page))?.entities ?? [];
      const firstType = (['PERSON', 'LOCATION', 'ORGANIZATION'] as const).find((t) => ranked.some((e) => e.type === t));
      const shownFirst = (await inPanel(page, (root) => [...(root.querySelector('.group')?.querySelectorAll('button.entity .name') ?? [])].map((e) => e.textContent ?? ''))) ?? [];
      expect(shownFirst.length).toBeGreaterThan(0);
      expect(shownFirst).toEqual(ranked.filter((e) => e.type === firstType).map((e) => e.name).slice(0, shownFirst.length));

      // Pick the most-mentioned entity that has at least two mentions.
      const pick = await inPanel(page, (root) => {
        const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.entity')];
        return Math.max(0, buttons.findIndex((x) => Number(x.querySelector('.count')?.textContent) >= 2));
      });
      expect(pick).not.toBeNull();
      const clickEntity = () => clickInPanel(page, 'button.entity', pick ?? 0);
      await clickEntity();
      const active = await waitFor(async () => {
        const s = await panelSnapshot(page);
        return s.position ? s : null;
      }, 'an entity highlighted');
      expect(active.highlights?.all ?? 0).toBeGreaterThan(0);
      expect(active.highlights?.current).toBe(1);
      const total = Number(active.position?.split('/')[1]);
      expect(active.position).toBe(await message(h, 'panel_position', '1', String(total)));
      // The highlighted text is the entity's mention, and the page DOM was not changed to show it.
      expect(await page.evaluate(() => document.querySelectorAll('mark, [data-tin-gon-mark]').length)).toBe(0);
      if (total > 1) {
        await clickInPanel(page, '[data-part="next"]');
        await waitFor(async () => (await panelSnapshot(page)).position === `2/${total}`, 'next mention');
        await clickEntity(); // clicking the active entity steps too
        await waitFor(async () => (await panelSnapshot(page)).position === `${total > 2 ? 3 : 1}/${total}`, 'step by clicking again');
      }
      if (kind === 'chrome' && SCREENSHOTS) {
        await fitViewport(page, { width: 800, height: 800 });
        await clickInPanel(page, '[data-part="next"]');
        await new Promise((r) => setTimeout(r, 800)); // let the smooth scroll settle
        await screenshot(page, 'panel');
      }
      await page.keyboard.press('Escape');
      const closed = await waitFor(async () => {
        const s = await panelSnapshot(page);
        return !s.open ? s : null;
      }, 'Esc closes');
      expect(closed.highlights?.all ?? 0).toBe(0);
      expect(closed.fab).toBe(true);
      await waitFor(async () => (await h.stats(page))?.panelOpen === false, 'stats: panel closed');

      // The floating button opens it again and moves focus into it.
      await clickInPanel(page, '.fab');
      await waitFor(async () => (await panelSnapshot(page)).open, 'fab opens');
      const focused = await inPanel(page, (root) => root.activeElement?.id ?? null);
      expect(focused).toBe('tg-title');
      await clickInPanel(page, '[data-part="close"]');
      await waitFor(async () => !(await panelSnapshot(page)).open, 'close button');
      await page.close();
    });

    it("a page script cannot reach into the panel, drive it, or write the reader's settings (180 scripted clicks)", async () => {
      // Start from a known state — panel closed, floating button on — rather than from whatever the previous
      // test's last choice left in storage: a choice made just before a tab closes can still be lost in
      // Firefox (the pagehide flush does not always complete; see the closing note of 2026-12-05). And a choice the
      // previous test made just before it closed its tab is written SAVE_BATCH_MS later, by the background: let it
      // land first — written after `before` was read, it failed this test on 2026-12-06 (the same values, in the
      // store's own layout instead of the one writeSettings writes).
      await new Promise((r) => setTimeout(r, SAVE_BATCH_MS + 600));
      await writeSettings(h, { panel: { ...defaultSettings().panel, open: false, floatingButton: true } });
      const page = await h.browser.newPage();
      // The page patches attachShadow before anything else runs, to force roots open and collect them.
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { __roots: ShadowRoot[] };
        w.__roots = [];
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
          const root = attach.call(this, { ...init, mode: 'open' });
          w.__roots.push(root);
          return root;
        };
      });
      await page.goto(fixtureUrl(CAFEF), { waitUntil: 'load' });
      await front(page);
      await waitFor(async () => (await panelSnapshot(page)).fab, 'floating button');
      const readStored = () => h.inExtension(async (api) => api.storage.sync.get(null), null);
      const before = await readStored();
      const attack = await page.evaluate(async () => {
        const host = document.querySelector('tin-gon-panel') as HTMLElement;
        const rect = host.getBoundingClientRect();
        const targets = new Set<Element>([host]);
        // whatever is on screen where the panel's button is (the host, seen from outside)
        for (const [x, y] of [[innerWidth - 40, innerHeight - 40], [innerWidth - 24, innerHeight - 24], [rect.left, rect.top]] as const) {
          const el = document.elementFromPoint(x, y);
          if (el) targets.add(el);
        }
        for (let i = 0; i < 180; i++) {
          for (const t of targets) {
            t.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: innerWidth - 40, clientY: innerHeight - 40 }));
            (t as HTMLElement).click?.();
          }
          host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
          if (i % 20 === 0) await new Promise((r) => setTimeout(r, 50));
        }
        await new Promise((r) => setTimeout(r, 1000)); // longer than the content script's save batch
        const w = window as unknown as { __roots: ShadowRoot[] };
        return { pageSeesRoot: host.shadowRoot !== null, leakedRoots: w.__roots.filter((r) => r.host === host).length };
      });
      expect(attack).toEqual({ pageSeesRoot: false, leakedRoots: 0 });
      const snap = await panelSnapshot(page);
      expect(snap).toMatchObject({ present: true, open: false, fab: true });
      expect(await readStored()).toEqual(before);
      // the reader's own click still works
      await clickInPanel(page, '.fab');
      await waitFor(async () => (await panelSnapshot(page)).open, 'a real click opens the panel');
      // and is saved (after its save batch: the next test starts from a settled store)
      await until('the real click saved', () => readRawSettings(h), (s) => s.panel.open, 5_000);
      await page.close();
    });

    it("the reader's choice made just before the tab closes is saved (issue 11: it was lost with the page's save batch in Firefox)", async () => {
      await writeSettings(h, { panel: { ...defaultSettings().panel, open: false, floatingButton: true } });
      const page = await front(await h.open(fixtureUrl(CAFEF)));
      await waitFor(async () => (await panelSnapshot(page)).fab, 'floating button');
      // a real click, then the tab closes at once: well inside any save batch
      await clickInPanel(page, '.fab');
      await page.close();
      const saved = await until('panel.open saved', () => readRawSettings(h), (s) => s.panel.open, 5_000).catch(() => null);
      expect(saved?.panel.open ?? false).toBe(true);
    });

    it('survives hostile page CSS and shows page text only as text', async () => {
      const page = await front(await h.open(HOSTILE_URL));
      await waitFor(async () => (await h.stats(page))?.enabled, 'clean mode on the hostile page');
      await openPanel(h, page);
      const outside = await page.evaluate(() => {
        const host = document.querySelector('tin-gon-panel') as HTMLElement;
        return {
          hostDisplay: getComputedStyle(host).display,
          pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
          // closed: the page's scripts cannot reach into the panel
          pageSeesRoot: host.shadowRoot !== null,
        };
      });
      const inside = await inPanel(page, (root) => {
        const panel = root.querySelector('.panel') as HTMLElement;
        const entity = root.querySelector('button.entity');
        const rect = panel.getBoundingClientRect();
        return {
          panelPosition: getComputedStyle(panel).position,
          panelFont: getComputedStyle(panel).fontFamily,
          panelSpacing: getComputedStyle(panel).letterSpacing,
          buttonFontSize: entity ? getComputedStyle(entity).fontSize : null,
          visible: rect.width > 200 && rect.height > 100,
          injected: root.querySelectorAll('img, script, iframe, object, svg').length,
          names: [...root.querySelectorAll('.name')].map((e) => e.textContent),
        };
      });
      if (!inside) throw new Error('no panel');
      const look = { ...outside, ...inside };
      expect(look.pageSeesRoot).toBe(false);
      expect(look).toMatchObject({ hostDisplay: 'block', panelPosition: 'fixed', visible: true, injected: 0, pwned: 0, buttonFontSize: '14px' });
      expect(look.panelFont).not.toContain('Comic');
      expect(['normal', '0px']).toContain(look.panelSpacing);
      expect(look.names.length).toBeGreaterThan(0);
      await page.close();
    });

    // Emulating the colour scheme is a CDP feature (not in WebDriver BiDi): Chromium only.
    it.runIf(kind === 'chrome')('follows the light and dark colour schemes', async () => {
      const page = await front(await h.open(fixtureUrl(CAFEF)));
      await openPanel(h, page);
      const colours = async (): Promise<{ bg: string; fg: string } | null> =>
        inPanel(page, (root) => {
          const panel = root.querySelector('.panel')!;
          return { bg: getComputedStyle(panel).backgroundColor, fg: getComputedStyle(panel).color };
        });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      const light = await colours();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const dark = await colours();
      expect(light?.bg).toBe('rgb(255, 255, 255)');
      expect(dark?.bg).toBe('rgb(31, 35, 40)');
      expect(dark?.fg).not.toBe(light?.fg);
      const box = await panelBox(page, '.panel');
      if (SCREENSHOTS && box) await page.screenshot({ path: `docs/screenshots/panel-dark.png`, clip: box });
      await page.close();
    });

    it('the panel bundle renders hostile entity names as text on a page without CSP, and destroy() cleans up', async () => {
      const code = await panelBundle();
      const page = await h.browser.newPage();
      const result = await page.evaluate(async (src: string) => {
        const w = window as unknown as { __pwned?: number; TinGonPanel?: typeof import('../../src/panel') };
        w.__pwned = 0;
        const article = document.createElement('article');
        const p = document.createElement('p');
        p.textContent = 'Ông Nguyễn Văn An gặp ông Nguyễn Văn An.';
        article.append(p);
        document.body.append(article);
        const before = document.documentElement.outerHTML;
        // The panel's root is closed; this test is the page itself loading the bundle, so it keeps the root
        // attachShadow hands out (the content script's copy runs in its own world, out of a page's reach).
        let captured: ShadowRoot | null = null;
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
          captured = attach.call(this, init);
          return captured;
        };
        // eslint-disable-next-line no-eval -- test-only: loads the panel bundle into a page that has no CSP
        (0, eval)(`${src};window.TinGonPanel=TinGonPanel;`);
        const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
        const text = article.textContent ?? '';
        const panel = w.TinGonPanel!.mountPanel(document, {
          entities: [
            { type: 'PERSON', name: evil, aliases: ['<svg onload="window.__pwned=3">'], role: '<b onmouseover="window.__pwned=4">x</b>', count: 2, firstSentence: '"><img src=y onerror="window.__pwned=5">', mentions: [] },
            { type: 'PERSON', name: 'Nguyễn Văn An', aliases: [], count: 2, firstSentence: '', mentions: [{ start: 4, end: 17, text: 'Nguyễn Văn An' }, { start: text.lastIndexOf('Nguyễn'), end: text.length - 1, text: 'Nguyễn Văn An' }] },
          ],
          articleRoot: article,
          open: true,
          // a script's .click() is untrusted, and the panel ignores untrusted events; here the click stands for the reader's
          trusted: () => true,
        });
        Element.prototype.attachShadow = attach;
        await new Promise((r) => setTimeout(r, 300));
        const root = captured as unknown as ShadowRoot;
        const shown = root.querySelector('.name')?.textContent;
        const elements = root.querySelectorAll('img, script, svg, b').length;
        const safe = root.querySelectorAll('button.entity')[1] as HTMLButtonElement;
        safe.click();
        const reg = (globalThis as unknown as { CSS: { highlights: Map<string, { size: number }> } }).CSS.highlights;
        const highlighted = reg.get('tin-gon-mention')?.size ?? 0;
        panel.destroy();
        return {
          shown,
          elements,
          highlighted,
          pwned: w.__pwned,
          afterDestroy: reg.has('tin-gon-mention') || reg.has('tin-gon-mention-current'),
          sheets: document.adoptedStyleSheets.length,
          same: document.documentElement.outerHTML === before,
        };
      }, code);
      expect(result).toEqual({
        shown: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
        elements: 0,
        highlighted: 2,
        pwned: 0,
        afterDestroy: false,
        sheets: 0,
        same: true,
      });
      await page.close();
    });
  });
}
