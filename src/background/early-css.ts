/**
 * A revisited site's learned CSS, put in the page at navigation commit (issue 13: no flash on a revisit).
 *
 * The content script reads the site's learned rules from `storage.local` at `document_start`, but that read
 * is asynchronous and races the parser: on a loaded machine it lost on 4 of 14 revisits (see
 * docs/on-device-learning.md). Here the background starts earlier, when the browser commits the navigation
 * (`webNavigation.onCommitted`), and inserts the CSS with `scripting.insertCSS`, which needs no DOM node and
 * lands before the parser has gone far. It is a bridge only: once the content script has its own copy of
 * the CSS in its stylesheet (which it controls: clean mode off, outline mode, a page that is no article,
 * a correction), it asks for the bridge to go (`tin-gon/drop-early-css`), and the background removes exactly
 * what it inserted. A drop that arrives before the insert has finished waits for it.
 *
 * Narrow on purpose: only top frames of http(s) pages whose site has learned rules and where clean mode is on
 * (not outlining); nothing is stored about the navigation beyond the CSS inserted in a tab, kept in
 * `storage.session` (memory only) until it is removed. Chrome only: it needs the `webNavigation` permission, and
 * in Firefox ESR 140 it never beat the content script's own read (docs/on-device-learning.md: the parser is done
 * within a few ms of document_start there), so the Firefox build does not ask for it. Firefox MV3 has no
 * `contentScripts.register` (CSS code per site; MV2 only), and `scripting.registerContentScripts` takes CSS
 * files only.
 */
import { KEEP_ATTR } from '../core/marks';
import { readerCss } from '../core/reader-rules';
import { siteKeyOf } from '../core/hosts';
import { CATEGORIES } from '../core/types';
import { browser } from '../shared/browser';
import { decideEnablement } from '../shared/enablement';
import { readSiteRules, SITE_PREFIX, type LocalArea } from '../shared/learned-store';
import type { SiteSelectorRule } from '../core/rules';
import type { Settings } from '../shared/settings';
import { isSettingsItemKey } from '../shared/settings-items';
import { loadSettings } from '../shared/storage';

const SESSION_PREFIX = 'tin-gon/early-css/';
/** tab id → the insert in progress or done for the tab's current document (the CSS, or '' when none) */
const inserts = new Map<number, Promise<string>>();

/**
 * Settings and each site's rules as last read, so that a commit costs one IPC (the insert), not two storage
 * reads first: the race is against the parser. Dropped on every change of either (`storageChanged`), and with
 * the worker (a cold worker reads again).
 */
let settingsRead: Promise<Settings> | null = null;
const rulesRead = new Map<string, Promise<SiteSelectorRule[]>>();

export function storageChanged(changes: Record<string, unknown>, area: string): void {
  const keys = Object.keys(changes);
  if (area === 'sync' && keys.some(isSettingsItemKey)) settingsRead = null;
  if (area === 'local' && keys.some((k) => k.startsWith(SITE_PREFIX))) rulesRead.clear();
}

function siteRules(site: string): Promise<SiteSelectorRule[]> {
  let read = rulesRead.get(site);
  if (!read) {
    read = readSiteRules(browser.storage.local as unknown as LocalArea, site).catch(() => []);
    rulesRead.set(site, read);
  }
  return read;
}

/** The learned CSS for a page, or '' when there is nothing to put in early. */
export async function learnedCssFor(url: string): Promise<string> {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return '';
  }
  settingsRead ??= loadSettings();
  const [settings, rules] = await Promise.all([settingsRead, siteRules(siteKeyOf(hostname))]);
  if (rules.length === 0 || settings.showHidden || !decideEnablement(url, settings).enabled) return '';
  return readerCss(rules, new Set(CATEGORIES.filter((c) => settings.categories[c])), KEEP_ATTR);
}

async function insert(tabId: number, url: string): Promise<string> {
  const css = await learnedCssFor(url);
  if (css === '') {
    await browser.storage.session.remove(SESSION_PREFIX + tabId).catch(() => {}); // the previous document's
    return '';
  }
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [0] }, css });
  await browser.storage.session.set({ [SESSION_PREFIX + tabId]: css }).catch(() => {});
  return css;
}

/** webNavigation.onCommitted, top frame: put the site's learned CSS in at once. */
export function onCommitted(details: { tabId: number; frameId: number; url: string }): void {
  if (details.frameId !== 0 || details.tabId < 0 || !/^https?:/.test(details.url)) return;
  const done = insert(details.tabId, details.url).catch(() => ''); // no host permission, tab gone: nothing inserted
  inserts.set(details.tabId, done);
}

/** The content script has the CSS in its own stylesheet: remove what was inserted into its tab. */
export async function dropEarlyCss(tabId: number): Promise<boolean> {
  const key = SESSION_PREFIX + tabId;
  // after a worker restart the memory is gone; the session copy says what was inserted
  let css = (await inserts.get(tabId)) ?? '';
  inserts.delete(tabId);
  if (css === '') {
    const stored = (await browser.storage.session.get(key).catch(() => ({}))) as Record<string, unknown>;
    css = typeof stored[key] === 'string' ? stored[key] : '';
  }
  await browser.storage.session.remove(key).catch(() => {});
  if (css === '') return false;
  await browser.scripting.removeCSS({ target: { tabId, frameIds: [0] }, css }).catch(() => {});
  return true;
}

export function forgetTab(tabId: number): void {
  inserts.delete(tabId);
  void browser.storage.session.remove(SESSION_PREFIX + tabId).catch(() => {});
}
