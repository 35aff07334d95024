/**
 * Helpers for the popup, options and panel e2e tests (on top of harness.ts).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inPanel } from './closed-shadow';
import type { Harness } from '../../tools/browser/harness';
import { ROOT } from '../../tools/browser/server';

export const VNE = 'vnexpress.net__cach-cac-nuoc-doi-pho-cu-soc-nang-luong.html';
/** A portal page where the engine hides blocks today (related list, inline keywords). */
export const CAFEF = 'cafef.vn__mbs-diem-ten-30-co-phieu-ftse.html';

/**
 * A UI string as this browser shows it. Extension i18n follows the browser's UI language, and this
 * machine's Chromium ships only en-US (no chromium-l10n), so tests compare with the locale files
 * through the browser instead of hard-coding Vietnamese.
 */
export async function message(h: Harness, key: string, ...subs: string[]): Promise<string> {
  return h.inExtension((api, a: { key: string; subs: string[] }) => api.i18n.getMessage(a.key, a.subs), { key, subs });
}

/** Write README screenshots only when asked, so normal runs leave the tree clean. */
export const SCREENSHOTS = process.env.SCREENSHOTS === '1';

export async function screenshot(target: Page | ElementHandle, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const dir = join(ROOT, 'docs', 'screenshots');
  await mkdir(dir, { recursive: true });
  await target.screenshot({ path: join(dir, `${name}.png`) as `${string}.png` });
}

/** Poll `fn` until it returns a truthy value. */
export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** The popup for `page`'s tab, opened as a tab (`popup.html?tabId=N`), rendered. */
export async function openPopupFor(h: Harness, page: Page, options: { live?: boolean } = { live: true }): Promise<Page> {
  const tabId = await h.tabIdOf(page);
  const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
  await fitViewport(popup, { width: 360, height: 640 });
  await waitFor(() => popup.evaluate(() => document.body.dataset.ready === 'true'), 'popup render');
  // 20 s: the first popup of a Firefox session took 6–7 s to show the stats on an idle machine and over 10 s with a
  // unit suite running beside it (2026-12-06); the page and the popup are cold there, nothing is wrong.
  if (options.live) await waitFor(() => popup.$('[data-testid="hidden-counts"]'), 'popup shows the page stats', 20_000);
  return popup;
}

export async function openOptions(h: Harness): Promise<Page> {
  const page = await h.openExtensionPage('options.html');
  await waitFor(() => page.evaluate(() => document.body.dataset.ready === 'true'), 'options render');
  return page;
}

/** Bring a tab to the front (Firefox throttles timers and layout in background tabs). */
export async function front(page: Page): Promise<Page> {
  await page.bringToFront();
  return page;
}

export interface PanelSnapshot {
  present: boolean;
  open: boolean;
  fab: boolean;
  groups: string[];
  names: string[];
  pressed: string | null;
  position: string | null;
  highlights: { all: number; current: number } | null;
}

/** What the in-page panel shows, read through its closed shadow root (closed-shadow.ts). */
export async function panelSnapshot(page: Page): Promise<PanelSnapshot> {
  const highlights = await page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
    return reg ? { all: reg.get('tin-gon-mention')?.size ?? 0, current: reg.get('tin-gon-mention-current')?.size ?? 0 } : null;
  });
  const inside = await inPanel(page, (root) => {
    const visible = (sel: string) => {
      const el = root.querySelector<HTMLElement>(sel);
      return !!el && !el.hidden;
    };
    return {
      open: visible('.panel'),
      fab: visible('.fab'),
      groups: [...root.querySelectorAll('.group-title')].map((el) => el.firstChild?.textContent ?? ''),
      names: [...root.querySelectorAll('button.entity .name')].map((el) => el.textContent ?? ''),
      pressed: root.querySelector('button.entity[aria-pressed="true"] .name')?.textContent ?? null,
      position: visible('.nav') ? (root.querySelector('.nav-pos')?.textContent ?? null) : null,
    };
  });
  if (!inside) return { present: false, open: false, fab: false, groups: [], names: [], pressed: null, position: null, highlights };
  return { present: true, ...inside, highlights };
}

/**
 * Click `selector` in an extension page, retrying when the node was replaced between lookup and click
 * (the popup re-renders when settings or stats change).
 */
export async function clickStable(page: Page, selector: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await waitFor(() => page.$(selector), selector);
      await handle.click();
      return;
    } catch (error) {
      if (attempt >= 4 || !/detached|not clickable/i.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

/**
 * page.setViewport, except on Firefox ESR 140, whose WebDriver BiDi lacks the
 * emulation.setScreenOrientationOverride command puppeteer sends: the page keeps the tab's size there.
 */
export async function fitViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewport(size).catch((error: unknown) => {
    if (!/unknown command/i.test(String(error))) throw error;
  });
}
