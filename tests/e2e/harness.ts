/**
 * Launch real Chromium or Firefox ESR with the built extension (dist/chrome, dist/firefox),
 * with every hostname mapped to the local fixture server. See ../shared E2E recipe notes in README.
 *
 *   const h = await launchWithExtension('chrome');
 *   const page = await h.open(fixtureUrl('vnexpress.net__cach-cac-nuoc-doi-pho-cu-soc-nang-luong.html'));
 *   ...
 *   await h.close();
 */
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startFixtureServer, type FixtureServer } from './server';

export { fixtureUrl } from './server';
export type BrowserKind = 'chrome' | 'firefox';
export const BROWSERS: BrowserKind[] = ['chrome', 'firefox'];

const GECKO_ID = 'tin-gon@tin-gon.github.io';
/** Fixed so moz-extension:// URLs are predictable in tests. */
export const FIREFOX_UUID = '6f1c0d2e-4b7a-4c55-9e0b-7a61c2f0aa11';

export interface Harness {
  kind: BrowserKind;
  browser: Browser;
  server: FixtureServer;
  extensionId: string;
  /** "chrome-extension://ID/" or "moz-extension://UUID/" */
  extensionOrigin: string;
  /** a new tab at `url`, loaded */
  open(url: string): Promise<Page>;
  /** an extension page (e.g. "popup.html?tabId=3") in a new tab, loaded */
  openExtensionPage(path: string): Promise<Page>;
  /** documentElement.outerHTML of `url` in the same browser without the extension */
  baselineOuterHTML(url: string): Promise<string>;
  /** Chrome only: the extension's service worker, to evaluate in the background */
  serviceWorker(): Promise<WebWorker>;
  /** the browser's tab id of a page (via the extension's tabs API) */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

export function distDir(kind: BrowserKind): string {
  const dir = join(ROOT, 'dist', kind);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run npm run build first`);
  return dir;
}

async function launchChromium(port: number, userDataDir: string, withExtension: boolean): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: withExtension,
    userDataDir,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--lang=vi'],
  });
}

async function launchFirefox(port: number, userDataDir: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_only_mode': false,
      'intl.locale.requested': 'vi',
      'intl.accept_languages': 'vi',
      'extensions.webextensions.restrictedDomains': '',
    },
  });
}

/** Wait until a page's realm reports `url` loaded (Firefox swaps realms for extension pages). */
async function waitForLoaded(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out loading ${url}`);
}

export async function launchWithExtension(kind: BrowserKind): Promise<Harness> {
  const server = await startFixtureServer();
  const profile = await mkdtemp(join(tmpdir(), `tin-gon-${kind}-`));
  const browser = kind === 'chrome' ? await launchChromium(server.port, profile, true) : await launchFirefox(server.port, profile);
  const extensionId = await browser.installExtension(distDir(kind));
  const extensionOrigin = kind === 'chrome' ? `chrome-extension://${extensionId}/` : `moz-extension://${FIREFOX_UUID}/`;
  let plain: { browser: Browser; profile: string } | null = null;

  const open = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const url = extensionOrigin + path;
    const page = await browser.newPage();
    if (kind === 'chrome') {
      await page.goto(url, { waitUntil: 'load' });
    } else {
      await page.goto(url).catch(() => {});
      await waitForLoaded(page, url);
    }
    return page;
  };

  const baselineOuterHTML = async (url: string): Promise<string> => {
    if (kind === 'chrome') {
      // A fresh browser context has no extensions.
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return await page.evaluate(() => document.documentElement.outerHTML);
      } finally {
        await context.close();
      }
    }
    if (!plain) {
      const dir = await mkdtemp(join(tmpdir(), 'tin-gon-plain-'));
      plain = { browser: await launchFirefox(server.port, dir), profile: dir };
    }
    const page = await plain.browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      return await page.evaluate(() => document.documentElement.outerHTML);
    } finally {
      await page.close();
    }
  };

  const serviceWorker = async (): Promise<WebWorker> => {
    if (kind !== 'chrome') throw new Error('serviceWorker(): Chrome only');
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const ext = (await browser.extensions()).get(extensionId);
      const [worker] = ext ? await ext.workers() : [];
      if (worker) return worker;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the extension service worker did not start');
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const helper = await openExtensionPage('popup.html?probe=1');
    try {
      const id = await helper.evaluate(async (u) => {
        const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab with url ${url}`);
      return id;
    } finally {
      await helper.close();
    }
  };

  return {
    kind,
    browser,
    server,
    extensionId,
    extensionOrigin,
    open,
    openExtensionPage,
    baselineOuterHTML,
    serviceWorker,
    tabIdOf,
    close: async () => {
      await browser.close().catch(() => {});
      if (plain) {
        await plain.browser.close().catch(() => {});
        await rm(plain.profile, { recursive: true, force: true });
      }
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
