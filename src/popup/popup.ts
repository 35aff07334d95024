/**
 * Popup entry: find the target tab, ask for its stats (the background's snapshot and the content script's live reply
 * at once, ./stats-source.ts), read settings, render — the snapshot at once, the live reply when it comes — and wire
 * the actions. The decisions live in ./model.ts (pure) and the DOM in ./render.ts.
 *
 * Target tab: `?tabId=N` when opened as a tab (tests), else the active tab of the current window.
 */
import { browser } from '../shared/browser';
import { originPermissionPattern, withPageEnabled } from '../shared/enablement';
import { statsRequest, type Message, type OriginReply, type StatsReply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { MAX_ADDED_ORIGINS } from '../shared/settings-items';
import { loadSettings, onSettingsChanged, SettingsTooLargeError, updateSettings } from '../shared/storage';
import { replaceChildren } from '../ui/dom';
import { makeTranslate } from '../ui/i18n';
import { tabIdFromQuery } from '../ui/tab-query';
import { pickStats, popupView, type PopupView } from './model';
import { renderPopup, type PopupActions } from './render';
import { askStats, type StatsSource } from './stats-source';

const t = makeTranslate((key, subs) => browser.i18n.getMessage(key, subs));
const params = new URLSearchParams(location.search);
/** Opened as a tab (tests): never close the window ourselves. */
const asTab = tabIdFromQuery(location.search) !== null;

interface Target {
  id: number | null;
  url: string | undefined;
}

async function findTarget(): Promise<Target> {
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== null) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url };
}

async function fetchStats(tabId: number | null, timeoutMs = 1500): Promise<StatsReply | null> {
  if (tabId === null) return null;
  const message = statsRequest();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const reply = browser.tabs.sendMessage(tabId, message).then(
    (r) => (r && typeof r === 'object' ? (r as StatsReply) : null),
    () => null,
  );
  return Promise.race([reply, timeout]);
}

/** Ask a few times: right after a change the content script may still be (re)starting. */
async function pollStats(tabId: number | null, tries: number, gapMs: number): Promise<StatsReply | null> {
  for (let i = 0; i < tries; i++) {
    const reply = await fetchStats(tabId, 800);
    if (reply) return reply;
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return null;
}

async function main(): Promise<void> {
  document.documentElement.lang = t('popup_lang');
  document.title = t('popup_title');
  const app = document.getElementById('app');
  if (!app) return;

  const target = await findTarget();
  // Both at once, before the settings are read: the snapshot is here in a few ms, the live reply when the page's main
  // thread is free (a page busy with its own work holds it a second or more).
  const asked = target.id === null ? null : askStats(browser, target.id);
  let settings: Settings = await loadSettings();
  let snapshot = null as StatsReply | null;
  /** the content script's last reply; once there, it is what the popup shows */
  let live = null as StatsReply | null;
  /** the first live ask has not answered yet: with nothing to show, the page is loading (not "reload") */
  let waiting = asked !== null;
  const viewNow = (): PopupView => {
    const shown = pickStats(target.url, snapshot, live);
    return popupView(target.url, settings, shown?.reply ?? null, { ...(shown ? { source: shown.source } : {}), waiting });
  };
  const setLive = (reply: StatsReply | null): void => {
    live = reply;
    // Without permission for the tab the URL is hidden; the content script (if any) reports it.
    if (!target.url && typeof live?.url === 'string') target.url = live.url;
  };
  /** the first render is done: answers render as they come */
  let started = false;
  if (asked) {
    void asked.snapshot.then((reply) => {
      snapshot = reply;
      if (started) render();
    });
    void asked.live.then((reply) => {
      setLive(reply);
      waiting = false;
      if (started) render();
    });
    // the first render waits for the snapshot (or the live reply, should it come first), not for the page
    await Promise.race([asked.snapshot, asked.first]);
  }
  let view: PopupView = viewNow();
  const shortcut = await browser.commands
    .getAll()
    .then((all) => all.find((c) => c.name === 'toggle-clean')?.shortcut || null)
    .catch(() => null);
  let flash: string | null = null;

  let rendered = '';
  const shownFrom = new Set<StatsSource>();
  const render = (): void => {
    view = viewNow();
    // when the figures of each source were first on screen (the e2e popup tests read these marks)
    if (view.source && !shownFrom.has(view.source)) {
      shownFrom.add(view.source);
      performance.mark(`tin-gon-stats-${view.source}`);
    }
    // Skip identical re-renders (storage echoes, stats polls): keeps focus and pointer targets stable.
    const key = JSON.stringify([view, flash]);
    if (key === rendered) return;
    rendered = key;
    const focused = (document.activeElement as HTMLElement | null)?.getAttribute('data-testid');
    const root = renderPopup(document, view, t, actions, shortcut);
    if (flash) root.querySelector('main')?.prepend(Object.assign(document.createElement('div'), { className: 'notice flash', textContent: flash }));
    replaceChildren(app, root);
    if (focused) app.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
    document.body.dataset.ready = 'true';
  };

  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = (): void => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      void pollStats(target.id, 3, 200).then((reply) => {
        setLive(reply);
        snapshot = null; // a change since: only the page's own answer says what it is now
        render();
      });
    }, 150);
  };

  /** A save failed: say so, and show what is really stored (the switch the reader flipped goes back). */
  const rollBack = async (error: unknown): Promise<void> => {
    flash = t(error instanceof SettingsTooLargeError && error.reason === 'too-many-sites' ? 'popup_too_many_sites' : 'popup_save_failed');
    settings = await loadSettings();
    rendered = ''; // the checkbox's own state changed under the view: redraw even if the view is the same
    render();
  };

  const change = (fn: (s: Settings) => Settings): void => {
    flash = null;
    void updateSettings(fn).then((next) => {
      settings = next;
      render();
      refreshSoon();
    }, rollBack);
  };

  const closeIfPopup = (): void => {
    if (!asTab) window.close();
  };

  const actions: PopupActions = {
    setPage: (on) => {
      const key = view.siteKey;
      if (key) change((s) => withPageEnabled(s, key, on));
    },
    setGlobal: (on) => change((s) => ({ ...s, enabled: on })),
    setShowHidden: (on) => change((s) => ({ ...s, showHidden: on })),
    enableHere: () => {
      const origin = view.origin;
      if (!origin) return;
      if (!settings.addedOrigins.includes(origin) && settings.addedOrigins.length >= MAX_ADDED_ORIGINS) {
        // refused before asking: no permission is granted for a site that cannot be saved
        flash = t('popup_too_many_sites');
        render();
        return;
      }
      const pattern = originPermissionPattern(origin);
      // Called synchronously inside the click: permissions.request needs the user gesture.
      const request = browser.permissions.request({ origins: [pattern] });
      void request
        .then(async (granted) => {
          if (!granted) {
            flash = t('popup_permission_denied');
            render();
            return;
          }
          const message: Message = { type: 'tin-gon/enable-origin', origin };
          const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as OriginReply | undefined;
          if (!reply?.ok) {
            // The background gives the permission back when it could not save the site; if it never
            // answered, do it here: no host access stays held for a site the settings do not list.
            settings = await loadSettings();
            if (!settings.addedOrigins.includes(origin)) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
            flash = t(reply?.error === 'too-many-sites' ? 'popup_too_many_sites' : 'popup_enable_failed');
            render();
            return;
          }
          settings = await loadSettings();
          setLive(await pollStats(target.id, 8, 250));
          flash = live ? null : t('popup_enabled_reload');
          render();
        })
        .catch(() => {
          flash = t('popup_enable_failed');
          render();
        });
    },
    reload: () => {
      if (target.id === null) return;
      void browser.tabs.reload(target.id).then(() => {
        if (asTab) refreshSoon();
        else closeIfPopup();
      });
    },
    togglePanel: (open) => {
      if (target.id === null) return;
      const message: Message = { type: 'tin-gon/panel', open };
      void browser.tabs
        .sendMessage(target.id, message)
        .catch(() => undefined)
        .then(() => {
          if (open) closeIfPopup();
          refreshSoon();
        });
    },
    pick: () => {
      if (target.id === null) return;
      const message: Message = { type: 'tin-gon/pick' };
      // the picker works in the page: the popup steps out of the way
      void browser.tabs
        .sendMessage(target.id, message)
        .catch(() => undefined)
        .then(closeIfPopup);
    },
    openReader: () => {
      if (target.id === null) return;
      void browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tabId=${target.id}`) }).then(closeIfPopup);
    },
    openOptions: () => {
      void browser.runtime.openOptionsPage().then(closeIfPopup);
    },
  };

  onSettingsChanged((next) => {
    settings = next;
    render();
    refreshSoon();
  }, new AbortController().signal);

  started = true;
  render();
  if (!asked) return;
  await asked.live;
  // Not answered (the content script still starting or re-injecting, or the page busy): ask again before settling on
  // "reload", then now and then while the popup stays open — in Firefox ESR 140 a page opened as the extension starts
  // could stay unanswered for seconds, and the popup kept saying "reload" over a page that was cleaned (e2e,
  // 2026-12-06). Meanwhile a snapshot, if there is one, stays on screen.
  if (!live && (view.hasStats || view.notice === 'reload')) {
    setLive(await pollStats(target.id, 4, 250));
    for (let i = 0; i < 15 && !live; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      setLive(live ?? (await fetchStats(target.id, 800)));
    }
    if (live) render();
  }
  // Answered before the page was done (a huge page still cleaning, entities on their way): ask again, a while.
  for (let i = 0; i < 20 && live?.partial; i++) {
    await new Promise((r) => setTimeout(r, 500));
    setLive((await fetchStats(target.id)) ?? live);
    render();
  }
}

// The e2e harness opens popup.html?probe=1 only to run extension API calls: render nothing there.
if (!params.has('probe')) void main();
