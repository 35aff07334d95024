/**
 * One content-script instance on one page: settings → PageState → cleaner, panel, badge, messages.
 * Everything it adds (listeners, observer, marks, nodes) goes when `signal` aborts.
 * Entities and the panel need entities.js (entity-bundle.ts): it is requested when the page is idle
 * after the first clean, and awaited before answering a message that reports entities or opens the panel.
 * The correction UI (picker, "Hiện lại" buttons) is picker.js (picker-bundle.ts), requested only when the
 * reader starts the picker or shows the hidden blocks.
 */
import { siteCss } from '../core/marks';
import { compileRules, type Rules } from '../core/rules';
import { CATEGORIES } from '../core/types';
import { browser } from '../shared/browser';
import { withPageEnabled } from '../shared/enablement';
import { isMessage, type Message, type StatsReply } from '../shared/messages';
import { defaultSettings, type Settings } from '../shared/settings';
import { isBuiltInSite } from '../shared/sites';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/storage';
import { NO_CORRECTIONS, type SiteCorrections } from '../core/corrections';
import { correctionsFor, loadCorrections, onCorrectionsChanged, type CorrectionKind } from '../shared/corrections-store';
import type { ElementPicker } from './picker';
import { registeredPickerBundle, type PickerBundle } from './picker-bundle';
import type { UnhideButtons } from './unhide-buttons';
import { PageCleaner } from './cleaner';
import { BundleLoader, EntityLoader } from './entity-loader';
import { contextAlive } from './lifecycle';
import { nextOverride, pageState, type PageState } from './page-state';
import { PanelHost } from './panel-host';
import { guarded, reportOnce } from './report';
import { statsReply } from './stats';

const BADGE_DELAY_MS = 50;
/** entities.js is requested when the page is idle after cleaning, or after this long at the latest */
const ENTITIES_IDLE_TIMEOUT_MS = 500;

export class ContentSession {
  private settings: Settings = defaultSettings();
  private override: boolean | null = null;
  private domReady = false;
  private panelOpen = false;
  private readonly ready: Promise<void>;
  private readonly cleaner: PageCleaner;
  private readonly panel: PanelHost;
  private readonly entityCode: EntityLoader;
  private entitiesQueued = false;
  private readonly hostname: string;
  private badgeTimer: ReturnType<typeof setTimeout> | null = null;
  /** the reader's corrections for this site, and a count of their changes (a change re-plans the page) */
  private corrections: SiteCorrections = NO_CORRECTIONS;
  private correctionsVersion = 0;
  private readonly pickerCode: BundleLoader<PickerBundle>;
  private picker: ElementPicker | null = null;
  /** the "Hiện lại" buttons, once picker.js is here */
  private unhide: UnhideButtons | null = null;
  /** PageState.planKey of the plan on the page */
  private appliedKey = '';

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly rules: Rules,
    private readonly signal: AbortSignal,
    /** the extension context went away (update, reload, uninstall) */
    private readonly onInvalidated: () => void,
  ) {
    this.hostname = new URL(url).hostname;
    // document_start: the rules' lookup tables are built now, while the page is still arriving, not in the
    // clean at DOMContentLoaded (the early CSS needs them here anyway on built-in portals)
    compileRules(rules);
    this.cleaner = new PageCleaner(doc, rules, (count) => this.queueBadge(count), reportOnce);
    this.panel = new PanelHost(doc, (key, subs) => browser.i18n.getMessage(key, subs), (open) => this.rememberPanel(open));
    this.pickerCode = new BundleLoader(
      'picker.js',
      () => browser.runtime.sendMessage({ type: 'tin-gon/load-picker' } satisfies Message),
      (why) => reportOnce('load picker', why),
      () => registeredPickerBundle(),
    );
    this.entityCode = new EntityLoader(
      () => browser.runtime.sendMessage({ type: 'tin-gon/load-entities' } satisfies Message),
      (why) => reportOnce('load entities', why),
    );
    signal.addEventListener('abort', () => this.teardown(), { once: true });
    this.injectEarly();
    this.ready = this.start().catch((error: unknown) => reportOnce('start', error));
  }

  private get state(): PageState {
    return pageState(this.url, this.settings, this.override);
  }

  /** document_start: built-in portals get their known-selector CSS before settings arrive (optimistic). */
  private injectEarly(): void {
    if (!isBuiltInSite(this.hostname)) return;
    this.cleaner.marks.setSiteCss(siteCss(this.rules, this.hostname, new Set(CATEGORIES)));
  }

  private async start(): Promise<void> {
    const domReady = new Promise<void>((resolve) => {
      if (this.doc.readyState !== 'loading') resolve();
      else this.doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal: this.signal });
    });
    const [settings, corrections] = await Promise.all([loadSettings(), loadCorrections()]);
    this.settings = settings;
    this.corrections = correctionsFor(corrections, this.hostname);
    if (this.signal.aborted) return;
    onCorrectionsChanged(
      guarded('corrections changed', (next) => {
        this.corrections = correctionsFor(next, this.hostname);
        this.correctionsVersion++;
        this.render();
      }),
      this.signal,
    );
    this.panelOpen = this.settings.panel.open;
    onSettingsChanged(guarded('settings changed', (next: Settings) => this.settingsChanged(next)), this.signal);
    this.render(); // corrects the optimistic CSS before the DOM is ready
    await domReady;
    if (this.signal.aborted) return;
    this.domReady = true;
    this.render();
  }

  private settingsChanged(next: Settings): void {
    this.override = nextOverride(this.url, this.settings, next, this.override);
    this.settings = next;
    this.render();
  }

  /** Make the page match the current state. Idempotent; never throws (a page we cannot parse stays as it is). */
  private render(): void {
    try {
      this.renderUnsafe();
    } catch (error) {
      reportOnce('render', error);
    }
  }

  private renderUnsafe(): void {
    if (this.signal.aborted) return;
    const state = this.state;
    if (!state.enabled) {
      this.panel.destroy();
      this.unhide?.clear();
      this.picker?.finish();
      this.cleaner.restore();
      this.queueBadge(0);
      return;
    }
    // Showing hidden blocks, the hiding site CSS must go; otherwise keep it for later content.
    const early = state.showHidden ? '' : siteCss(this.rules, this.hostname, state.categories);
    if (!this.domReady) {
      this.cleaner.marks.setSiteCss(early);
      return;
    }
    const planned = this.cleaner.applied || this.cleaner.skipped;
    const key = `${state.planKey}|corrections:${this.correctionsVersion}`;
    if (!planned || this.appliedKey !== key) {
      this.cleaner.marks.setSiteCss(early); // apply() takes it off again when the page is no Vietnamese article
      this.cleaner.apply({ url: this.url, categories: state.categories, showHidden: state.showHidden, corrections: this.corrections });
      this.appliedKey = key;
    } else if (this.cleaner.applied) {
      this.cleaner.marks.setSiteCss(early);
    }
    if (!this.cleaner.applied) {
      this.panel.destroy();
      this.unhide?.clear();
      return;
    }
    this.syncUnhide(state.showHidden);
    const code = this.entityCode.bundle;
    if (!code) {
      this.queueEntities();
      return;
    }
    this.cleaner.recognise(code.extractEntities);
    this.panel.sync(code, { floatingButton: this.settings.panel.floatingButton, open: this.panelOpen }, this.cleaner.entities, this.cleaner.article);
  }

  /**
   * "Hiện lại" buttons on the hidden blocks while they are shown outlined. The first time, picker.js is
   * requested, and the buttons come when it is here (if outline mode is still on then).
   */
  private syncUnhide(showHidden: boolean): void {
    if (!showHidden) {
      this.unhide?.clear();
      return;
    }
    const code = this.pickerCode.bundle;
    if (!code) {
      void this.pickerCode.load().then(
        guarded('unhide buttons', (loaded: PickerBundle | null) => {
          const state = this.state;
          if (loaded && !this.signal.aborted && state.enabled && state.showHidden && this.cleaner.applied) this.syncUnhide(true);
        }),
      );
      return;
    }
    this.unhide ??= new code.UnhideButtons(this.doc);
    this.unhide.show(this.cleaner.items.map((i) => i.element), browser.i18n.getMessage('unhide_button'), (el) => void this.correct(code, 'show', el, false));
  }

  /** Ask for entities.js once the page is idle: the clean is on screen, the recogniser can wait. */
  private queueEntities(): void {
    if (this.entitiesQueued) return;
    this.entitiesQueued = true;
    const run = guarded('entities', () => {
      this.entitiesQueued = false;
      return this.withEntities();
    });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: ENTITIES_IDLE_TIMEOUT_MS });
    else setTimeout(run, 0);
  }

  /**
   * When the page is cleaned and its entities are not extracted yet: have entities.js injected if needed,
   * then render again (entities, panel). Resolves either way; without the bundle the page stays cleaned,
   * with no entities.
   */
  private async withEntities(): Promise<void> {
    if (this.signal.aborted || !this.cleaner.applied) return;
    // The bundle can be here before the background's reply is: entities.js ran, the reply is in flight.
    const code = this.entityCode.bundle ?? (await this.entityCode.load());
    if (code && this.cleaner.needsEntities) this.render();
  }

  stats(): StatsReply {
    const state = this.state;
    const applied = state.enabled && this.cleaner.applied;
    // enabled but no Vietnamese article here: on, and saying why nothing was hidden
    const reason = !state.enabled ? state.reason : this.cleaner.skipped ? 'not-article' : undefined;
    return statsReply({
      url: this.url,
      enabled: state.enabled,
      ...(reason ? { reason } : {}),
      // blocks the page has since removed are no longer "hidden by us"
      items: applied ? this.cleaner.items.filter((i) => i.element.isConnected) : [],
      timings: applied ? this.cleaner.timings : { declutterMs: 0, entitiesMs: 0 },
      entities: applied ? this.cleaner.entities : [],
      panelOpen: this.panel.isOpen,
    });
  }

  /** Runtime messages for the content script; resolves to the reply, or undefined when not ours. */
  handle(message: unknown): Promise<StatsReply> | undefined {
    if (!isMessage(message)) return undefined;
    const m = message as Message;
    switch (m.type) {
      case 'tin-gon/stats':
        return this.ready.then(() => this.withEntities()).then(() => this.stats());
      case 'tin-gon/set-enabled':
        return this.ready.then(() => this.setEnabled(m.enabled === true));
      case 'tin-gon/panel':
        return this.ready.then(() => this.setPanel(m.open === true));
      case 'tin-gon/pick':
        return this.ready.then(() => this.startPicker());
      default:
        return undefined;
    }
  }

  /**
   * "Chọn khối để ẩn": the picker, on a cleaned page only (its picks are corrections to a plan). Has picker.js
   * injected first if needed, so the picker is on the page when the reply arrives.
   */
  private async startPicker(): Promise<StatsReply> {
    if (this.picker || !this.cleaner.applied) return this.stats();
    const code = this.pickerCode.bundle ?? (await this.pickerCode.load());
    if (!code || this.picker || !this.cleaner.applied || this.signal.aborted) return this.stats();
    const t = (key: string): string => browser.i18n.getMessage(key);
    this.picker = new code.ElementPicker(
      this.doc,
      { hint: t('picker_hint'), confirm: t('picker_confirm'), confirmYes: t('picker_yes'), confirmNo: t('picker_no') },
      {
        holdsArticle: (el) => this.cleaner.holdsArticle(el),
        onPick: (el, confirmed) => {
          this.picker = null;
          void this.correct(code, 'hide', el, confirmed);
        },
        onCancel: () => {
          this.picker = null;
        },
      },
      this.signal,
    );
    return this.stats();
  }

  /**
   * Store a correction for this site and show it at once: the page is planned again with it (the storage change
   * also tells every other tab of the site).
   */
  private async correct(code: PickerBundle, kind: CorrectionKind, el: Element, confirmed: boolean): Promise<void> {
    const next = await code.saveCorrection(this.hostname, kind, el, confirmed).catch((e: unknown) => {
      reportOnce('save correction', e);
      return null;
    });
    if (!next || this.signal.aborted) return;
    this.corrections = correctionsFor(next, this.hostname);
    this.correctionsVersion++;
    this.render();
  }

  /** The page switch: instant here (override), then saved like the popup saves it, so other tabs follow. */
  private async setEnabled(enabled: boolean): Promise<StatsReply> {
    this.override = enabled;
    this.render();
    await this.withEntities();
    const siteKey = this.state.siteKey;
    if (siteKey !== null) {
      await updateSettings((s) => withPageEnabled(s, siteKey, enabled)).catch((e: unknown) => reportOnce('save site choice', e));
    }
    return this.stats();
  }

  /** The popup's "open panel". The panel lives only while clean mode is on and an article was found. */
  private async setPanel(open: boolean): Promise<StatsReply> {
    this.panelOpen = open;
    this.render();
    await this.withEntities();
    await this.savePanelChoice(open);
    return this.stats();
  }

  private rememberPanel(open: boolean): void {
    this.panelOpen = open;
    void this.savePanelChoice(open);
  }

  /** Saved for the next article; other open tabs do not follow live (panel.open is read at page load). */
  private async savePanelChoice(open: boolean): Promise<void> {
    if (this.settings.panel.open === open) return;
    await updateSettings((s) => ({ ...s, panel: { ...s.panel, open } })).catch((e: unknown) => reportOnce('save panel choice', e));
  }

  private queueBadge(count: number): void {
    if (this.badgeTimer !== null) clearTimeout(this.badgeTimer);
    this.badgeTimer = setTimeout(() => {
      this.badgeTimer = null;
      if (this.signal.aborted) return;
      if (!contextAlive()) {
        this.onInvalidated();
        return;
      }
      const message: Message = { type: 'tin-gon/badge', count };
      browser.runtime.sendMessage(message).catch((error: unknown) => {
        if (/context invalidated/i.test(String(error))) this.onInvalidated();
      });
    }, BADGE_DELAY_MS);
  }

  private teardown(): void {
    if (this.badgeTimer !== null) clearTimeout(this.badgeTimer);
    this.picker?.finish();
    this.unhide?.clear();
    this.panel.destroy();
    this.cleaner.restore();
  }
}
