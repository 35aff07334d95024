/**
 * Install / browser start: make stored settings valid (write defaults when absent, persist a migration),
 * bring added origins' scripts in line, then set `ready: true` in storage.local — the signal e2e tests
 * (and anything else) wait for before touching storage.
 */
import { browser } from '../shared/browser';
import { SETTINGS_KEY } from '../shared/settings';
import { LAYOUT_VERSION, SETTINGS_ITEM_KEYS, settingsFromItems } from '../shared/settings-items';
import { matchPatternFor, NEWS_SITES } from '../shared/sites';
import { saveSettings } from '../shared/storage';
import { CONTENT_JS } from './files';
import { syncOrigins } from './origins';

export const READY_KEY = 'ready';

export async function ensureSettings(): Promise<void> {
  const items = (await browser.storage.sync.get([...SETTINGS_ITEM_KEYS])) as Record<string, unknown>;
  const stored = items[SETTINGS_KEY];
  // Only rewrite when absent or of another layout (1 and 2 were one item: migrate to the split layout):
  // a corrupt value of this layout is already read as defaults by every reader, and rewriting it would
  // race with a reader's first write. An old single item is under 8 KB, so it always fits the new layout.
  const version = typeof stored === 'object' && stored !== null ? (stored as { version?: unknown }).version : undefined;
  if (stored === undefined || version !== LAYOUT_VERSION) await saveSettings(settingsFromItems(items));
}

/**
 * After install or update, portal tabs that were already open have no (live) content script: Chrome
 * injects manifest content scripts only into pages loaded afterwards. Inject where none answers.
 * Needs tab URLs, i.e. host permissions for the portals: without them (Chrome grants content-script
 * matches no tab access) the query returns nothing and this is a no-op. Firefox injects by itself;
 * those tabs answer and are skipped.
 */
export async function injectIntoOpenPortalTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: NEWS_SITES.map(matchPatternFor) }).catch(() => []);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const alive = await browser.tabs.sendMessage(tab.id, { type: 'tin-gon/stats' }).then(Boolean, () => false);
      if (!alive) await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_JS] }).catch(() => undefined);
    }),
  );
}

export async function initialise(reason: 'install' | 'startup' = 'startup'): Promise<void> {
  try {
    await ensureSettings();
    await syncOrigins();
    if (reason === 'install') await injectIntoOpenPortalTabs();
  } catch (error) {
    console.warn('[Tin Gọn] background start-up:', error);
  } finally {
    await browser.storage.local.set({ [READY_KEY]: true }).catch(() => undefined);
  }
}
