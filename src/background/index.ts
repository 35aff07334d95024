/**
 * Background: MV3 service worker in Chrome, event page (`background.scripts`) in Firefox.
 * No DOM, no state in globals (the worker can stop any time): everything lives in storage.
 * Listeners are added synchronously at top level so a woken worker receives the event that woke it.
 *
 *   badge.ts    per-tab badge with the hidden-block count
 *   toggle.ts   the Alt+Shift+G shortcut and the popup's toggle-site
 *   origins.ts  sites added from the popup: registered content scripts + host permissions
 *   install.ts  defaults, sync, ready signal
 *   choices.ts  the reader's choices made on a page (panel, page switch), batched writes
 *   learned-cache.ts  each site's learned rules in memory, for the content script's race at document_start
 *   stats-snapshots.ts  each tab's last stats snapshot (storage.session), for the popup while the page is busy
 *   router.ts   typed runtime messages
 */
import { browser } from '../shared/browser';
import { isSettingsItemKey } from '../shared/settings-items';
import { initialise } from './install';
import { learnedStorageChanged } from './learned-cache';
import { syncOrigins } from './origins';
import { messageListener } from './router';
import { dropSnapshot } from './stats-snapshots';
import { toggleSiteOfTab } from './toggle';

const warn = (where: string) => (error: unknown) => console.warn(`[Tin Gọn] ${where}:`, error);

browser.runtime.onInstalled.addListener(() => void initialise('install'));
browser.runtime.onStartup.addListener(() => void initialise());

// `true` for handled messages, undefined otherwise: the typings only model `true`.
browser.runtime.onMessage.addListener(messageListener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-clean') toggleSiteOfTab(tab).catch(warn('toggle-clean'));
});

// The options page may remove an added site by editing settings; the reader may revoke a permission
// in the browser's UI. Either way, re-sync registrations with settings.
browser.storage.onChanged.addListener((changes, area) => {
  learnedStorageChanged(changes, area);
  if (area === 'sync' && Object.keys(changes).some(isSettingsItemKey)) syncOrigins().catch(warn('sync origins'));
});
browser.tabs.onRemoved.addListener((tabId) => {
  dropSnapshot(tabId).catch(warn('drop snapshot'));
});
browser.permissions.onRemoved.addListener(() => {
  syncOrigins().catch(warn('sync origins'));
});
