/**
 * The keyboard shortcut (commands `toggle-clean`) and the popup's `toggle-site`: flip clean mode for
 * the site of a tab. Choice: per site, not global — the key acts on what the reader is looking at, and
 * turning every portal off at once is one click on the popup's global switch. Pressing the key on a site
 * that is off because of the global switch turns the global switch back on (see `toggledForPage`).
 * The background only writes settings; every open tab of that site reacts through storage.onChanged.
 */
import { browser, type Tabs } from '../shared/browser';
import { decideEnablement, toggledForPage } from '../shared/enablement';
import type { StatsReply, ToggleSiteReply } from '../shared/messages';
import { loadSettings, saveSettings } from '../shared/storage';

/**
 * The tab's URL. Without the `tabs` permission `tab.url` is only there with host permission or activeTab
 * (the shortcut grants it); otherwise ask the tab's content script, which knows its own location.
 */
async function urlOfTab(tab: Tabs.Tab): Promise<string | null> {
  if (tab.url) return tab.url;
  if (tab.id === undefined) return null;
  const reply = (await browser.tabs.sendMessage(tab.id, { type: 'tin-gon/stats' }).catch(() => null)) as Pick<StatsReply, 'url'> | null;
  return typeof reply?.url === 'string' ? reply.url : null;
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

export async function toggleSiteOfTab(tabOrId?: Tabs.Tab | number): Promise<ToggleSiteReply> {
  const tab = typeof tabOrId === 'number' ? await browser.tabs.get(tabOrId).catch(() => undefined) : (tabOrId ?? (await activeTab()));
  if (!tab) return { ok: false, error: 'no-tab' };
  const url = await urlOfTab(tab);
  if (!url) return { ok: false, error: 'not-listed' };
  const settings = await loadSettings();
  const next = toggledForPage(url, settings);
  if (!next) return { ok: false, error: 'not-listed' };
  await saveSettings(next);
  const state = decideEnablement(url, next);
  return state.siteKey === null ? { ok: true, enabled: state.enabled } : { ok: true, siteKey: state.siteKey, enabled: state.enabled };
}
