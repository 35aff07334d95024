/**
 * Options page entry: read settings (always through parseSettings), render, write changes back.
 * Re-renders whenever storage.sync changes, so the popup, the shortcut and other windows stay in step.
 */
import { browser } from '../shared/browser';
import type { Message } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings, updateSettings } from '../shared/storage';
import { replaceChildren } from '../ui/dom';
import { localizeStatic, makeTranslate } from '../ui/i18n';
import {
  optionsView,
  resetSettings,
  withAutoOpenPanel,
  withCategory,
  withFloatingButton,
  withGlobal,
  withShowHidden,
  withSiteReenabled,
} from './model';
import { renderOptions, type OptionsActions } from './render';
import { learnedStore } from './learned-store-adapter';
import { mountLearned } from './learned';
import { correctionsModel, renderCorrections } from './corrections-view';
import { loadCorrections, onCorrectionsChanged, updateCorrections, withoutCorrection } from '../shared/corrections-store';

const t = makeTranslate((key, subs) => browser.i18n.getMessage(key, subs));
/** How long the reset button waits for its confirming second click. */
const RESET_CONFIRM_MS = 5000;

async function main(): Promise<void> {
  document.documentElement.lang = t('options_lang');
  document.title = t('options_page_title');
  localizeStatic(document, t);
  const app = document.getElementById('app');
  const status = document.getElementById('status');
  if (!app || !status) return;

  let settings: Settings = await loadSettings();
  let confirmingReset = false;
  let confirmTimer: ReturnType<typeof setTimeout> | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string): void => {
    status.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = ''), 2500);
  };

  let rendered = '';
  const render = (): void => {
    const key = JSON.stringify([settings, confirmingReset]);
    if (key === rendered) return;
    rendered = key;
    const focused = (document.activeElement as HTMLElement | null)?.getAttribute('data-testid');
    replaceChildren(app, renderOptions(document, optionsView(settings), t, actions, confirmingReset));
    if (focused) app.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
    document.body.dataset.ready = 'true';
  };

  const change = (fn: (s: Settings) => Settings): void => {
    void updateSettings(fn).then(
      (next) => {
        settings = next;
        render();
        say(t('options_saved'));
      },
      async () => {
        // show what is really stored: the control the reader changed goes back
        say(t('options_save_failed'));
        settings = await loadSettings();
        rendered = '';
        render();
      },
    );
  };

  const actions: OptionsActions = {
    setGlobal: (on) => change((s) => withGlobal(s, on)),
    setShowHidden: (on) => change((s) => withShowHidden(s, on)),
    setCategory: (category, on) => change((s) => withCategory(s, category, on)),
    setFloatingButton: (on) => change((s) => withFloatingButton(s, on)),
    setAutoOpenPanel: (on) => change((s) => withAutoOpenPanel(s, on)),
    reenableSite: (key) => change((s) => withSiteReenabled(s, key)),
    removeOrigin: (origin) => {
      // The background revokes the permission, unregisters the content script and updates addedOrigins.
      const message: Message = { type: 'tin-gon/disable-origin', origin };
      void browser.runtime.sendMessage(message).then(
        async () => {
          settings = await loadSettings();
          render();
          say(t('options_site_removed', new URL(origin).hostname));
        },
        () => say(t('options_save_failed')),
      );
    },
    reset: () => {
      if (!confirmingReset) {
        confirmingReset = true;
        render();
        clearTimeout(confirmTimer);
        confirmTimer = setTimeout(() => {
          confirmingReset = false;
          render();
        }, RESET_CONFIRM_MS);
        return;
      }
      clearTimeout(confirmTimer);
      confirmingReset = false;
      void saveSettings(resetSettings(settings)).then(async () => {
        settings = await loadSettings();
        render();
        say(t('options_reset_done'));
      });
    },
  };

  onSettingsChanged((next) => {
    settings = next;
    render();
  }, new AbortController().signal);

  render();
  const learnedHost = document.getElementById('learned-app');
  if (learnedHost) mountLearned(learnedHost, learnedStore(), t, say);
  await mountCorrections(app);
}

/** The corrections section, after the settings (its own storage, its own re-render). */
async function mountCorrections(app: HTMLElement): Promise<void> {
  const holder = document.createElement('div');
  holder.setAttribute('data-testid', 'corrections-section');
  app.after(holder);
  const show = (state: Awaited<ReturnType<typeof loadCorrections>>): void => {
    replaceChildren(
      holder,
      renderCorrections(document, correctionsModel(state), t, (row) => {
        void updateCorrections((s) => withoutCorrection(s, row.site, row.kind, row.selector)).then(show);
      }),
    );
  };
  show(await loadCorrections());
  onCorrectionsChanged(show, new AbortController().signal);
}

void main();
