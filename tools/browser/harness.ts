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
import type { Message, StatsReply } from '../../src/shared/messages';

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
  /** the browser's tab id of a page (via the extension's tabs API; the page's URL must be unique among tabs) */
  tabIdOf(page: Page): Promise<number>;
  /** send a runtime message to the content script of `page`, from an extension page */
  sendToTab<T = unknown>(page: Page, message: Message): Promise<T>;
  /** the content script's `tin-gon/stats` reply for `page`, or null when it does not answer */
  stats(page: Page): Promise<StatsReply | null>;
  /**
   * run `fn` in an extension page (it gets the `browser`/`chrome` API object as argument). `lib`: self-contained
   * functions of the extension's own code (using nothing but their arguments and globals, e.g. src/popup/stats-source.ts
   * askStats), sent along as source text and handed to `fn` as its third argument — call them through it, not by their
   * imported name, which the test's own module system rewrites.
   */
  inExtension<T, A, L extends Lib = Lib>(fn: (api: typeof chrome, arg: A, lib: L) => Promise<T> | T, arg: A, lib?: L): Promise<T>;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function's source text can be sent along
type Lib = Record<string, (...args: any[]) => unknown>;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

export function distDir(kind: BrowserKind): string {
  const dir = join(process.env.TIN_GON_DIST ?? join(ROOT, 'dist'), kind);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run npm run build first`);
  return dir;
}

async function launchChromium(port: number, userDataDir: string, withExtension: boolean, headless = true, incognito = false, extraArgs: readonly string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    // Headless Chromium takes its UI locale from the environment, not --lang: readers of Tin Gọn use Vietnamese.
    env: { ...process.env, LANG: 'vi_VN.UTF-8', LANGUAGE: 'vi' },
    pipe: true,
    enableExtensions: withExtension,
    userDataDir,
    // Some portals (dantri.com.vn) are on Chromium's HSTS preload list: Chromium upgrades them to https,
    // which the fixture server answers with a throwaway self-signed certificate.
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors', '--lang=vi', ...(incognito ? ['--incognito'] : []), ...extraArgs],
  });
}

/**
 * Chromium: load the unpacked extension allowed in private windows (what the reader turns on in the extension's
 * details). puppeteer's installExtension cannot ask for it; the protocol's Extensions.loadUnpacked can.
 */
async function installAllowedInIncognito(browser: Browser, dir: string): Promise<string> {
  const cdp = await browser.target().createCDPSession();
  try {
    const send = cdp.send.bind(cdp) as unknown as (method: string, params: object) => Promise<{ id: string }>;
    return (await send('Extensions.loadUnpacked', { path: dir, enableInIncognito: true })).id;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Firefox with the fixture server as its proxy (no extension unless installed). */
export async function launchFirefox(port: number, userDataDir: string, prefs: Record<string, unknown> = {}, env: Record<string, string> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    env: { ...process.env, ...env },
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
    // HSTS-preloaded portals (dantri.com.vn) go https through the proxy's CONNECT to the fixture server's TLS side.
    acceptInsecureCerts: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_only_mode': false,
      'intl.locale.requested': 'vi',
      'intl.accept_languages': 'vi',
      'extensions.webextensions.restrictedDomains': '',
      // permissions.request (still only from a real click) grants without the doorhanger a headless browser cannot answer.
      // Chromium has no such switch: its optional-permission prompt cannot be accepted headless.
      'extensions.webextOptionalPermissionPrompts': false,
      ...prefs,
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

export interface LaunchOptions {
  /** Chromium only: a real window (npm start with a display) */
  headless?: boolean;
  /** install the unpacked extension from this folder instead of dist/<kind> (a test variant of the build) */
  extensionDir?: string;
  /** Firefox only: more preferences (the benchmark turns off timer coarsening) */
  firefoxPrefs?: Record<string, unknown>;
  /** Firefox only: more environment (the hostile suite starts the profiler with the browser: gecko-tasks.ts) */
  firefoxEnv?: Record<string, string>;
  /**
   * Chromium only: start with a private (incognito) window — its first tab, `browser.pages()[0]` — and the
   * extension allowed there. A `browser.createBrowserContext()` is no private window for extensions: Chromium
   * routes `tabs.sendMessage` to the primary off-the-record profile only, so a page there never gets messages.
   */
  incognito?: boolean;
  /** Chromium only: more command-line flags (the benchmark's A/B of a browser setting, BENCH_EXT_CHROMIUM_ARGS) */
  chromiumArgs?: readonly string[];
}

export async function launchWithExtension(kind: BrowserKind, options: LaunchOptions = {}): Promise<Harness> {
  const server = await startFixtureServer();
  const profile = await mkdtemp(join(tmpdir(), `tin-gon-${kind}-`));
  const browser =
    kind === 'chrome'
      ? await launchChromium(server.port, profile, true, options.headless ?? true, options.incognito, options.chromiumArgs)
      : await launchFirefox(server.port, profile, options.firefoxPrefs, options.firefoxEnv);
  const dir = options.extensionDir ?? distDir(kind);
  const extensionId = kind === 'chrome' && options.incognito ? await installAllowedInIncognito(browser, dir) : await browser.installExtension(dir);
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
      // Firefox never reports this navigation as finished (the realm swaps): don't wait on goto, poll instead.
      void page.goto(url, { timeout: 0 }).catch(() => {});
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

  // One extension page, opened on first use and reused, runs tabs/runtime calls for the tests.
  let probe: Page | null = null;
  const inExtension = async <T, A, L extends Lib = Lib>(fn: (api: typeof chrome, arg: A, lib: L) => Promise<T> | T, arg: A, lib?: L): Promise<T> => {
    if (!probe || probe.isClosed()) probe = await openExtensionPage('popup.html?probe=1');
    // The wrapper is compiled here, in Node, and sent as the evaluated function itself: compiling it in the
    // page (new Function there) is eval under the extension's CSP, which Firefox ESR 140 refuses.
    const libSource = Object.entries(lib ?? {})
      .map(([name, f]) => `${JSON.stringify(name)}: (${f.toString()})`)
      .join(',');
    // eslint-disable-next-line no-new-func -- test-only: runs the caller's function inside the extension page
    const call = new Function('a', `const api = globalThis.browser ?? chrome; const lib = {${libSource}}; return (${fn.toString()})(api, a, lib);`) as (a: unknown) => Promise<T>;
    return probe.evaluate(call, arg as unknown) as Promise<T>;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const until = Date.now() + 5_000;
    while (Date.now() < until) {
      // Without the `tabs` permission tab URLs are hidden: ask each tab's content script for its URL.
      const id = await inExtension(async (api, u: string) => {
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          if (tab.url === u) return tab.id;
          const reply = (await api.tabs.sendMessage(tab.id, { type: 'tin-gon/stats' }).catch(() => null)) as { url?: string } | null;
          if (reply?.url === u) return tab.id;
        }
        return -1;
      }, url);
      if (id >= 0) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab with url ${url}`);
  };

  const sendToTab = async <T,>(page: Page, message: Message): Promise<T> => {
    const tabId = await tabIdOf(page);
    return inExtension((api, a: { tabId: number; message: Message }) => api.tabs.sendMessage(a.tabId, a.message) as Promise<T>, { tabId, message });
  };

  const stats = async (page: Page): Promise<StatsReply | null> => {
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const reply = await sendToTab<StatsReply>(page, { type: 'tin-gon/stats' }).catch(() => null);
      // a reply sent at the content script's deadline (still loading, entities on their way): ask again
      if (reply && (!reply.partial || Date.now() > until - 1000)) return reply;
      await new Promise((r) => setTimeout(r, 150));
    }
    return null;
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
    sendToTab,
    stats,
    inExtension,
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
