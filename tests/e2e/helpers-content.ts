/**
 * Helpers for the content-script / background behaviour tests (content-suite.ts).
 * Built on harness.ts.
 */
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type BrowserKind, type Harness, type LaunchOptions } from './harness';
import type { Message } from '../../src/shared/messages';
import { HIDE_ATTR } from '../../src/core/marks';
import { defaultSettings, SETTINGS_KEY, type Settings } from '../../src/shared/settings';

export { HIDE_ATTR } from '../../src/core/marks';

/** Launch with the extension and wait for its ready signal. */
export async function launchForContentTests(kind: BrowserKind, options: LaunchOptions = {}): Promise<Harness> {
  return waitReady(await launchWithExtension(kind, options));
}

/** What the page's own scripts can see of the extension's globals (nothing, if worlds are isolated). */
export const pageSeesEntityBundle = (page: Page): Promise<boolean> =>
  page.evaluate(() => '__tinGonEntities' in window || '__tinGonEntities' in globalThis);

export async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await probe().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/** The background sets storage.local.ready after writing defaults and syncing scripts. */
export async function waitReady(h: Harness): Promise<Harness> {
  await until('background ready', () => h.inExtension(async (api) => (await api.storage.local.get('ready')).ready === true, null), Boolean, 20_000);
  return h;
}

export const writeRawSettings = (h: Harness, value: unknown): Promise<void> =>
  h.inExtension(async (api, a: { key: string; value: unknown }) => api.storage.sync.set({ [a.key]: a.value }), { key: SETTINGS_KEY, value });

export const readRawSettings = (h: Harness): Promise<unknown> =>
  h.inExtension(async (api, key: string) => (await api.storage.sync.get(key))[key], SETTINGS_KEY);

export const writeSettings = (h: Harness, patch: Partial<Settings> = {}): Promise<void> => writeRawSettings(h, { ...defaultSettings(), ...patch });

/** A runtime message from an extension page (as the popup sends it) to the background. */
export const toBackground = <T>(h: Harness, message: Message): Promise<T> =>
  h.inExtension(async (api, m: Message) => api.runtime.sendMessage(m) as Promise<T>, message);

export const hiddenCount = (page: Page): Promise<number> => page.evaluate((attr) => document.querySelectorAll(`[${attr}]`).length, HIDE_ATTR);

export const outerHTML = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.outerHTML);

/** Elements marked hidden that still take space on screen (should be none in hide mode). */
export const visibleHidden = (page: Page): Promise<number> =>
  page.evaluate((attr) => [...document.querySelectorAll(`[${attr}]`)].filter((e) => getComputedStyle(e).display !== 'none').length, HIDE_ATTR);

export const badgeText = (h: Harness, tabId: number): Promise<string> =>
  h.inExtension(async (api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);

/**
 * Grant an optional host permission the way a reader does: a real click in an extension page whose
 * handler calls permissions.request. Resolves to what the request returned (true/false), or null when
 * it never settles (Chromium headless: the prompt waits for a human).
 */
export async function grantByClick(h: Harness, pattern: string, timeoutMs = 5_000): Promise<boolean | null> {
  const page = await h.openExtensionPage(`options.html?grant=${Date.now()}`);
  try {
    await page.evaluate((p) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const button = document.createElement('button');
      button.id = 'tin-gon-test-grant';
      button.textContent = 'grant';
      button.style.cssText = 'position:fixed;inset:0 auto auto 0;width:240px;height:60px;z-index:2147483647';
      const w = window as unknown as { __grant?: string };
      button.addEventListener('click', () => {
        api.permissions.request({ origins: [p] }).then(
          (granted) => (w.__grant = String(granted)),
          (error: unknown) => (w.__grant = `error: ${String(error)}`),
        );
      });
      document.body.append(button);
    }, pattern);
    await page.click('#tin-gon-test-grant');
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const result = await page.evaluate(() => (window as unknown as { __grant?: string }).__grant);
      if (result === 'true') return true;
      if (result !== undefined) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  } finally {
    await page.close().catch(() => {});
  }
}
