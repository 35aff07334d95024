/**
 * One content-script instance on one page: settings → PageState → cleaner, panel, badge, messages.
 * Everything it adds (listeners, observer, marks, nodes) goes when `signal` aborts.
 * Entities and the panel need entities.js (entity-bundle.ts): it is requested when the page is idle
 * after the first clean, and awaited before answering a message that reports entities or opens the panel.
 * The correction UI (picker, "Hiện lại" buttons) is picker.js (picker-bundle.ts), requested only when the
 * reader starts the picker or shows the hidden blocks.
 * What the popup shows is also pushed to the background at each milestone (snapshot.ts): the popup shows that at
 * once while a page busy with its own work has not answered yet.
 */
import { KEEP_ATTR, siteCss } from '../core/marks';
import { readerCss } from '../core/reader-rules';
import type { SiteSelectorRule } from '../core/rules';
import { compileRules, type Rules } from '../core/rules';
import { CATEGORIES } from '../core/types';
import { browser } from '../shared/browser';
import { coverPercent, isMessage, type Message, type SaveChoiceReply, type StatsReply } from '../shared/messages';
import { defaultSettings, type Settings } from '../shared/settings';
import { isBuiltInSite } from '../shared/sites';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { NO_CORRECTIONS, type SiteCorrections } from '../core/corrections';
import { correctionsFor, loadCorrections, onCorrectionsChanged, type CorrectionKind } from '../shared/corrections-store';
import type { ElementPicker } from './picker';
import { registeredPickerBundle, type PickerBundle } from './picker-bundle';
import { registeredEntityBundle, type EntityBundle } from './entity-bundle';
import type { UnhideButtons } from './unhide-buttons';
import { PageCleaner, PLAN_SLICES } from './cleaner';
import { pageHidden, realTimers, slicedRunner } from './slices';
import { BundleLoader } from './bundle-loader';
import { contextAlive } from './lifecycle';
import { nextOverride, pageState, type PageState } from './page-state';
import { PanelHost } from './panel-host';
import { learnFromPage, loadReaderRules, sameRules } from './learning';
import { guarded, reportOnce } from './report';
import { compactStats, statsReply } from './stats';
import { snapshotPusher, type SnapshotPusher } from './snapshot';
import { WARM_UP, warmUp } from './warm-up';

const BADGE_DELAY_MS = 50;
/**
 * The stats message is answered within this long (issue 10: within one second), also while the page is
 * still loading or entities.js is still on its way: with what is known so far, flagged `partial`.
 */
export const STATS_DEADLINE_MS = 400;
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
  private readonly entityCode: BundleLoader<EntityBundle>;
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
  /** site rules learned on this device; null until storage answered */
  private readerRules: SiteSelectorRule[] | null = null;
  private settingsLoaded = false;
  private learned = false;
  private readonly snapshots: SnapshotPusher;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly rules: Rules,
    private readonly signal: AbortSignal,
    /** the extension context went away (update, reload, uninstall) */
    private readonly onInvalidated: () => void,
  ) {
    this.hostname = new URL(url).hostname;
    // document_start: the site's learned rules are asked for first, so the storage read and the message to the
    // background run while the rules below compile (see docs/on-device-learning.md on why it is not synchronous)
    const readerRules = loadReaderRules(this.hostname);
    // document_start: the rules' lookup tables are built now, while the page is still arriving, not in the
    // clean at DOMContentLoaded (the early CSS needs them here anyway on built-in portals)
    compileRules(rules);
    this.snapshots = snapshotPusher(
      () => compactStats(this.working ? { ...this.stats(), partial: true } : this.stats()),
      (stats) => this.pushSnapshot(stats),
    );
    // the first clean runs in slices (a page of 180k elements is not one task); when it is done, render what
    // depends on it (entities, panel, learning)
    this.cleaner = new PageCleaner(doc, rules, (count) => this.queueBadge(count), reportOnce, undefined, undefined, PLAN_SLICES, () => this.cleaned(), () => this.snapshots.changed());
    this.panel = new PanelHost(doc, (key, subs) => browser.i18n.getMessage(key, subs), (open) => this.rememberPanel(open));
    this.pickerCode = new BundleLoader(
      'picker.js',
      () => browser.runtime.sendMessage({ type: 'tin-gon/load-picker' } satisfies Message),
      (why) => reportOnce('load picker', why),
      () => registeredPickerBundle(),
    );
    this.entityCode = new BundleLoader(
      'entities.js',
      () => browser.runtime.sendMessage({ type: 'tin-gon/load-entities' } satisfies Message),
      (why) => reportOnce('load entities', why),
      () => registeredEntityBundle(),
    );
    signal.addEventListener('abort', () => this.teardown(), { once: true });
    this.injectEarly();
    // the first answer puts the CSS in; storage's own answer has the last word (the same rules: nothing to do)
    void readerRules.first.then(guarded('learned rules', (rules: SiteSelectorRule[]) => this.readerRulesLoaded(rules)));
    void readerRules.stored.then(guarded('learned rules', (rules: SiteSelectorRule[]) => this.readerRulesLoaded(rules)));
    this.ready = this.start().catch((error: unknown) => reportOnce('start', error));
    // the first snapshot: this page, loading (the background drops the last page's when the tab navigates)
    this.snapshots.changed();
    // back from the back/forward cache: this page again, without a new start
    doc.defaultView?.addEventListener(
      'pageshow',
      (e) => {
        if (e.persisted) this.snapshots.changed();
      },
      { signal },
    );
    // the engine's code compiled and run once while the page streams in (warm-up.ts), unless the clean came first.
    // In one task (10–25 ms): sliced, what was left of it ran beside the clean, or was dropped when it began (Firefox:
    // a small page's DOMContentLoaded comes before this timer, and the settings soon after). Not in Firefox: no gain
    // measured there (its content-script cost is the Xray wrappers, not compiling), only the task's cost
    // (docs/speed-2026-12-06b.md)
    if (!navigator.userAgent.includes('Firefox/')) setTimeout(
      guarded('warm up', () => {
        if (!this.signal.aborted && !this.cleaner.applied && !this.cleaner.skipped) warmUp(rules, url, WARM_UP);
      }),
      0,
    );
  }

  private readerRulesLoaded(rules: SiteSelectorRule[]): void {
    if (sameRules(this.readerRules, rules)) return;
    const had = this.readerRules?.length ?? 0;
    this.readerRules = rules;
    // none now and none before: nothing to put in or take out
    if ((rules.length === 0 && had === 0) || this.signal.aborted) return;
    if (!this.settingsLoaded) {
      // like the shipped per-site CSS: optimistic on built-in portals, corrected once settings arrive
      if (isBuiltInSite(this.hostname)) this.cleaner.marks.setSiteCss(siteCss(this.rules, this.hostname, new Set(CATEGORIES)) + readerCss(rules, new Set(CATEGORIES), KEEP_ATTR));
      return;
    }
    if (this.cleaner.applied) this.appliedKey = ''; // cleaned before the rules came: plan again with them
    this.render();
  }

  /** The early CSS for this state: the shipped per-site selectors and the ones learned here. */
  private earlyCss(state: PageState): string {
    if (state.showHidden) return '';
    return siteCss(this.rules, this.hostname, state.categories) + readerCss(this.readerRules ?? [], state.categories, KEEP_ATTR);
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
    this.settingsLoaded = true;
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

  /** The first clean of the page (sliced) is done: entities, panel and learning can follow. */
  private cleaned(): void {
    if (this.signal.aborted) return;
    this.render();
    this.queueLearning(this.state);
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
    this.snapshots.changed();
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
    const early = this.earlyCss(state);
    if (!this.domReady) {
      this.cleaner.marks.setSiteCss(early);
      return;
    }
    const planned = this.cleaner.applied || this.cleaner.skipped;
    const key = `${state.planKey}|corrections:${this.correctionsVersion}`;
    if (!planned || this.appliedKey !== key) {
      this.cleaner.marks.setSiteCss(early); // apply() takes it off again when the page is no Vietnamese article
      // before apply: a plan done within its first slice calls cleaned() → render() from inside apply, which
      // must find this state applied (else it applies again, and again: a stack overflow after a correction)
      this.appliedKey = key;
      this.cleaner.apply({
        url: this.url,
        categories: state.categories,
        showHidden: state.showHidden,
        readerRules: this.readerRules ?? [],
        corrections: this.corrections,
      });
      this.queueLearning(state);
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
    this.cleaner.recognise(code.extractEntitiesSteps);
    this.panel.sync(
      code,
      { floatingButton: this.settings.panel.floatingButton, open: this.panelOpen },
      this.cleaner.entities,
      this.cleaner.article,
      coverPercent(this.cleaner.entitiesCover),
    );
  }

  /**
   * Once per page, when idle after the first clean: store what this page teaches about its site. Only with
   * every category on (a category the reader switched off is not "missed" by the engine) and never in a
   * private window (content/learning.ts).
   */
  private queueLearning(state: PageState): void {
    // still being planned: cleaned() asks again when it is done
    if (this.learned || !this.cleaner.applied || this.cleaner.cleaning || state.categories.size !== CATEGORIES.length) return;
    this.learned = true;
    const run = guarded('learn', async () => {
      if (this.signal.aborted || !this.cleaner.applied) return;
      // the learning code is in entities.js (learn-page.ts), which the page gets after its clean anyway
      const code = this.entityCode.bundle ?? (await this.entityCode.load());
      if (!code || this.signal.aborted || !this.cleaner.applied) return;
      const page = { doc: this.doc, url: this.url, article: this.cleaner.article, items: this.cleaner.items, keep: this.cleaner.keep, readerRules: this.readerRules ?? [] };
      // in slices, as the first clean: it reads every link and block outside the article that stayed
      await learnFromPage(code.learnPage, page, Date.now(), slicedRunner(PLAN_SLICES.budgetMs, this.signal)).catch((error: unknown) => {
        if (!this.signal.aborted) reportOnce('learn', error);
      });
    });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 0);
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
      // The first call into browser.i18n builds its bindings (5 ms at load 5, 28 ms at load 10 in Chromium 150):
      // here, in this idle task, rather than in the task that mounts the panel when entities.js arrives
      browser.i18n.getMessage('panel_partial');
      return this.withEntities();
    });
    // a hidden page (a background tab) has no idle period to wait for, and its timers are throttled: next task
    if (typeof requestIdleCallback === 'function' && !pageHidden(this.doc)) requestIdleCallback(run, { timeout: ENTITIES_IDLE_TIMEOUT_MS });
    else realTimers.setTimeout(run, 0);
  }

  /**
   * When the page is cleaned and its entities are not extracted yet: have entities.js injected if needed,
   * then render again (entities, panel). Resolves either way; without the bundle the page stays cleaned,
   * with no entities.
   */
  private async withEntities(): Promise<void> {
    // a clean still being planned (sliced): wait for it
    await this.cleaner.whenCleaned();
    if (this.signal.aborted || !this.cleaner.applied) return;
    // The bundle can be here before the background's reply is: entities.js ran, the reply is in flight.
    const code = this.entityCode.bundle ?? (await this.entityCode.load());
    if (code && this.cleaner.needsEntities) this.render();
    // the recogniser runs in slices: wait for it
    await this.cleaner.whenRecognised();
  }

  /** Work the popup waits for is still to come: settings or the DOM not in yet, the first clean or the entities on their way. */
  private get working(): boolean {
    if (!this.settingsLoaded) return true;
    if (!this.state.enabled) return false;
    if (!this.domReady) return true;
    if (this.cleaner.skipped) return false;
    return !this.cleaner.applied || this.cleaner.cleaning || this.cleaner.needsEntities || this.cleaner.recognising;
  }

  /** To the background (snapshot.ts); a lost push (the background restarting) is made good by the next milestone's. */
  private pushSnapshot(stats: StatsReply): void {
    if (this.signal.aborted || !contextAlive()) return;
    browser.runtime.sendMessage({ type: 'tin-gon/stats-snapshot', stats } satisfies Message).catch(() => undefined);
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
      ...(applied && this.cleaner.entitiesCover ? { entitiesCover: this.cleaner.entitiesCover } : {}),
      ...(applied && this.cleaner.gaveUp ? { gaveUp: 'page-removes-marks' as const } : {}),
    });
  }

  /**
   * The full reply once the page is cleaned and its entities are in, or what is known at the deadline. The
   * deadline counts from `sentAt` (the asker's clock, when given): a message that waited in the page's
   * queue behind the page's own long tasks (layout of a 10 MB page: 0.6 s in Chromium) has used that much
   * of it already, and one that waited longer than the deadline is answered at once.
   */
  private statsWithin(deadlineMs: number, sentAt?: number): Promise<StatsReply> {
    let timer: unknown;
    const waited = typeof sentAt === 'number' && Number.isFinite(sentAt) ? Date.now() - sentAt : 0;
    // (a clock that went back, or a stamp from the future: the whole deadline)
    const left = waited > 0 ? Math.max(0, deadlineMs - waited) : deadlineMs;
    const full = this.ready.then(() => this.withEntities()).then(() => this.stats());
    const early = new Promise<StatsReply>((resolve) => {
      // A hidden page (the tab in the background while the popup asks from another tab, or the background's own
      // check) would fire this timer after a second or more, several in Firefox: there the reply goes in the next
      // task, with what is known (a finished page's full reply is ready before it).
      timer = realTimers.setTimeout(() => resolve({ ...this.stats(), partial: true }), pageHidden(this.doc) ? 0 : left);
    });
    return Promise.race([full, early]).finally(() => realTimers.clearTimeout(timer));
  }

  /** Runtime messages for the content script; resolves to the reply, or undefined when not ours. */
  handle(message: unknown): Promise<StatsReply> | undefined {
    if (!isMessage(message)) return undefined;
    const m = message as Message;
    switch (m.type) {
      case 'tin-gon/stats':
        return this.statsWithin(STATS_DEADLINE_MS, m.sentAt);
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
    if (this.state.siteKey !== null) await this.saveChoice({ pageEnabled: enabled }, 'save site choice');
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

  /**
   * Saved for the next article; other open tabs do not follow live (panel.open is read at page load).
   * Choices are applied in the order the reader made them, each onto what is stored when its batch
   * writes (open, close, open in one batch saves "open"); an unchanged item costs no write.
   */
  private async savePanelChoice(open: boolean): Promise<void> {
    await this.saveChoice({ panelOpen: open }, 'save panel choice');
  }

  /**
   * The background writes the reader's choices (background/choices.ts): the message leaves now, while the
   * page is certainly alive, and the background's batch survives the tab closing right after.
   */
  private async saveChoice(choice: { panelOpen?: boolean; pageEnabled?: boolean }, what: string): Promise<void> {
    if (!contextAlive()) return;
    const message: Message = { type: 'tin-gon/save-choice', ...choice };
    const reply = (await browser.runtime.sendMessage(message).catch((e: unknown) => ({ ok: false, error: String(e) }))) as SaveChoiceReply | undefined;
    if (reply?.ok !== true) reportOnce(what, reply?.error ?? 'no reply');
  }

  private queueBadge(count: number): void {
    this.snapshots.changed();
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

  /**
   * Everything this instance added goes, each part on its own: an orphaned instance (its extension reloaded
   * or updated) may find any extension API gone, and one step that throws must not leave the rest — the
   * page's marks and stylesheet above all — behind.
   */
  private teardown(): void {
    if (this.badgeTimer !== null) clearTimeout(this.badgeTimer);
    this.snapshots.stop();
    const steps: [string, () => void][] = [
      ['restore', () => this.cleaner.restore()],
      ['panel', () => this.panel.destroy()],
      ['picker', () => this.picker?.finish()],
      ['unhide', () => this.unhide?.clear()],
    ];
    for (const [what, step] of steps) {
      try {
        step();
      } catch (error) {
        reportOnce(`teardown: ${what}`, error);
      }
    }
  }
}
