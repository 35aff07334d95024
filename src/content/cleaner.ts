/**
 * Clean one page in place: plan + apply after DOMContentLoaded, then keep up with content the page
 * adds later (observer.ts), and restore exactly. Holds no browser API: the caller wires settings,
 * badge and messages, which keeps this testable under jsdom. Entities are extracted in a later step
 * (`recognise`), once the lazily injected recogniser is there: cleaning never waits for it.
 *
 * With `planning` (the content script), the first clean runs in slices of a few ms (core/steps.ts): the
 * plan, the language check and the entity text are computed across tasks, and the marks go on once the
 * plan is whole. Meanwhile the observer already listens; what the page adds is held back and planned
 * after. A huge subtree added later is planned in slices too (planSubtreeSteps).
 */
import { isBigSubtree, planDeclutterSteps, planSubtreeSteps } from '../core/declutter';
import { articleText, blockText, containsArticleText, type TextBlock } from '../core/article';
import { correctPlan, NO_CORRECTIONS, type SiteCorrections } from '../core/corrections';
import { entityTextSteps, type EntityText } from '../core/entity-text';
import type { HidePlan } from '../core/types';
import { drain, resume, type Deadline, type Steps } from '../core/steps';
import { HIGHLIGHT_STYLE_ATTR, PageMarks, PANEL_HOST_TAG, PICKER_HOST_TAG, UNHIDE_HOST_TAG } from '../core/marks';
import type { Rules, SiteSelectorRule } from '../core/rules';
import type { Category, Entity, HideItem } from '../core/types';
import { isVietnamese, SAMPLE_CHARS } from './language';
import { observeAddedContent, type ObserverState } from './observer';
import { runSliced, type SlicedJob, type SliceOptions, type Timers } from './slices';

/** How the first clean of a page is sliced (issue 10: no task of ours over 50 ms, on any page). */
export interface PlanSlicing {
  /** most ms of work in one slice */
  budgetMs: number;
  /** the slices' budget when the page is not big (isBigSubtree false); budgetMs when not given */
  smallPageBudgetMs?: number;
  /** injected by unit tests (a fake clock) */
  timers?: Timers;
}

/**
 * The content script's: slices of 8 ms on a big page, the page's own tasks and frames run between them. On any
 * other page, slices of 16 ms, so most pages are cleaned in one or two (ordinary article pages take 10–35 ms): each
 * pause cost more than it gave. The same engine in 8 ms slices took 1.52× its time in one slice (16 ms: 1.33×; 32 ms:
 * 0.92×; medians over the 10 held-out pages, put in at document start in an isolated world and run at
 * DOMContentLoaded as the content script is, interleaved in one Chromium 150, scripts/dev/isolated-world.ts,
 * docs/speed-2026-12-06e.md) — the whole gap between the content script and the page script; and each pause put the
 * clean behind the page's own queued tasks (on the 24h.com.vn portal page, 17 slices behind 20 ad frames' loads).
 * 16 ms, not 24: with 24 ms slices the 20-iframe hostile page's task of ours came to 41/20/42 ms (floors of three
 * runs; single runs up to 107 ms under load) against the 50 ms a task of ours may take — too little room; 16 ms keeps
 * most of the gain (1.33× against 1.52×) with a third of a slice more room.
 */
export const PLAN_SLICES: PlanSlicing = { budgetMs: 8, smallPageBudgetMs: 16 };

export interface CleanOptions {
  url: string;
  categories: ReadonlySet<Category>;
  /** outline hidden blocks instead of hiding them */
  showHidden: boolean;
  /** site rules learned on this device (content/learning.ts) */
  readerRules?: readonly SiteSelectorRule[];
  /** the reader's corrections for this site (core/corrections.ts): they beat every rule */
  corrections?: SiteCorrections;
}

export interface Timings {
  /** work of the first clean (plan, article text, language check, apply), summed over its slices */
  declutterMs: number;
  /** slices the first clean took (1: in one go) */
  declutterSlices?: number;
  entitiesMs: number;
  cleanedAt?: number;
}

/**
 * The panel's host and the highlighter's fallback <style>, which entities.js adds: the observer must not
 * feed on them. (Our stylesheet is known by reference: PageMarks.owns.)
 */
export function isPanelNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.localName === PANEL_HOST_TAG || el.localName === PICKER_HOST_TAG || el.localName === UNHIDE_HOST_TAG || (el.localName === 'style' && el.hasAttribute(HIGHLIGHT_STYLE_ATTR));
}

/**
 * A page that removes our stylesheet (and marks) as soon as they appear: put them back after a pause that
 * doubles each round, and after FIGHT_ROUNDS rounds leave the page as it wants it — never a fight loop.
 */
export const FIGHT_ROUNDS = 3;
export const FIGHT_FIRST_PAUSE_MS = 500;

export class PageCleaner {
  items: HideItem[] = [];
  /** what the plan spared from the site CSS (HidePlan.keep; on-device learning reads it, content/learn-page.ts) */
  keep: Element[] = [];
  article: Element | null = null;
  entities: Entity[] = [];
  timings: Timings = { declutterMs: 0, entitiesMs: 0 };
  /** the last `apply` found no Vietnamese article and left the page alone */
  skipped = false;
  /** the page kept removing our marks and we stopped putting them back */
  gaveUp = false;
  private fights = 0;
  private fightTimer: ReturnType<typeof setTimeout> | null = null;
  /** the only writer of marks and of our stylesheet on this page (also the site CSS, set by session.ts) */
  readonly marks: PageMarks;
  private run: AbortController | null = null;
  /** the first clean, while it is still being planned (sliced) */
  private job: SlicedJob | null = null;
  /** elements the page added while the first clean was planned: planned once it is applied */
  private held = new Set<Element>();
  private observer: ObserverState | null = null;
  /** resolved when the first clean of the current apply is done (or abandoned) */
  private waiters: (() => void)[] = [];
  /** the entity extraction, while it runs in slices */
  private recognition: SlicedJob | null = null;
  private recogniseWaiters: (() => void)[] = [];
  /** an added subtree whose plan paused at the end of its slice */
  private subtree: { element: Element; steps: Steps<HideItem[]> } | null = null;
  /** the article's text as cleaned, until `recognise` has turned it into `entities` */
  private unrecognised: EntityText | null = null;
  /** how much of the article text the entities cover, when not all of it */
  entitiesCover: { read: number; total: number } | undefined;

  constructor(
    private readonly doc: Document,
    private readonly rules: Rules,
    /** called when the number of hidden blocks changed */
    private readonly onCount: (count: number) => void,
    private readonly onError: (where: string, error: unknown) => void,
    private readonly slices?: SliceOptions,
    /** the first pause before putting removed marks back (doubles each round); tests shorten it */
    private readonly fightPauseMs = FIGHT_FIRST_PAUSE_MS,
    /** slice the first clean (the content script: PLAN_SLICES); without, `apply` cleans in one go */
    private readonly planning?: PlanSlicing,
    /** the first clean is done (applied or skipped): the caller renders what depends on it */
    private readonly onCleaned?: () => void,
    /** the page kept removing our marks and we stopped (`gaveUp`): the stats say so */
    private readonly onGaveUp?: () => void,
  ) {
    this.marks = new PageMarks(doc);
  }

  /** Nodes this extension put into the page; the observer must not feed on them. */
  readonly isOwnNode = (node: Node): boolean => this.marks.owns(node) || isPanelNode(node);

  /** marks are on the page, or being planned (false after restore, and after an apply that found no Vietnamese article) */
  get applied(): boolean {
    return this.run !== null;
  }

  /** the first clean of the last `apply` is still being planned (in slices) */
  get cleaning(): boolean {
    return this.job !== null;
  }

  /** Resolves once the first clean is done (at once when it is). */
  whenCleaned(): Promise<void> {
    if (!this.job) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  apply(options: CleanOptions): void {
    if (this.run) this.restore({ keepSiteCss: true });
    const run = new AbortController();
    this.run = run;
    // listening from the start: what the page adds while the plan is sliced is held back, then planned
    this.held = new Set();
    this.observer = observeAddedContent(this.doc, {
      signal: run.signal,
      isOwn: this.isOwnNode,
      onAdded: (element, expired) => this.planAdded(element, options, expired),
      onOwnRemoved: () => this.contested(options),
      ...(this.slices ? { slices: this.slices } : {}),
      ...(this.planning?.timers ? { timers: this.planning.timers } : {}),
    });
    const steps = this.cleanSteps(options, run);
    if (!this.planning) {
      const t0 = performance.now();
      this.finishClean(drain(steps), performance.now() - t0, 1);
      return;
    }
    let finished = false;
    const big = this.doc.body !== null && isBigSubtree(this.doc.body);
    const job = runSliced(
      steps,
      big ? this.planning.budgetMs : (this.planning.smallPageBudgetMs ?? this.planning.budgetMs),
      (cleaned, workMs, slices) => {
        finished = true;
        if (this.run !== run) return;
        this.job = null;
        this.finishClean(cleaned, workMs, slices);
      },
      (error) => {
        finished = true;
        if (this.run !== run) return;
        this.job = null;
        this.onError('clean', error);
        this.restore({ keepSiteCss: true });
      },
      this.planning.timers,
      // A big page's first slice gets a task of its own: called from DOMContentLoaded, it would run inside
      // the parser's last task, which on a 10 MB page is also the page's longest (its first layout follows).
      // A small page's runs there on purpose: deferred (tried), the clean waited behind what the browser queued
      // after parsing and DOMContentLoaded → cleaned came 15–20 ms later (median over the 10 held-out pages, two
      // A/B rounds in Chromium 150, docs/speed-2026-12-06d.md): longer for the clutter to be on screen. Its share
      // of the parser's task (up to smallPageBudgetMs and one step) is what the hostile suite's attribution counts
      // against the budget (the iframes page: 20–42 ms floors with 24 ms slices, docs/speed-2026-12-06e.md; now 16 ms).
      big,
    );
    // a small page is done within the first slice, before runSliced returns
    if (!finished) this.job = job;
  }

  /**
   * The first clean as pausable steps: plan, language check, marks, entity text. Returns whether the page
   * was cleaned (false: no Vietnamese article, the page is left alone).
   */
  private *cleanSteps(options: CleanOptions, run: AbortController): Steps<boolean> {
    const plan: HidePlan = yield* planDeclutterSteps(this.doc, this.rules, {
      url: options.url,
      categories: options.categories,
      ...(options.readerRules && options.readerRules.length > 0 ? { extraSiteRules: options.readerRules } : {}),
    });
    if (run.signal.aborted) return false;
    // the language check reads the first SAMPLE_CHARS of the article text: join no more than that
    const text = plan.article ? articleText(plan.article, leading(plan.paragraphs, SAMPLE_CHARS)) : '';
    if (!plan.article || !isVietnamese(text, this.doc.documentElement.getAttribute('lang'))) return false;
    yield;
    const corrected = correctPlan(this.doc.body ?? this.doc.documentElement, plan.items, plan.keep, options.corrections ?? NO_CORRECTIONS, (el) => this.holdsArticle(el, plan.article));
    this.marks.apply(corrected, options);
    this.items = corrected.items;
    this.keep = [...corrected.keep];
    this.article = plan.article;
    this.entities = [];
    this.entitiesCover = undefined;
    yield;
    this.unrecognised = yield* entityTextSteps(plan.article, plan.paragraphs, new Set(plan.items.map((i) => i.element)));
    return true;
  }

  private finishClean(cleaned: boolean, workMs: number, slices: number): void {
    const waiters = this.waiters;
    this.waiters = [];
    if (!cleaned) {
      // Not a Vietnamese article (home page, shop, English page): leave the page exactly as it is,
      // without the site CSS either.
      this.run?.abort();
      this.run = null;
      this.observer = null;
      this.marks.restore();
      this.skipped = true;
    } else {
      this.skipped = false;
      this.timings = { declutterMs: workMs, ...(slices > 1 ? { declutterSlices: slices } : {}), entitiesMs: 0, cleanedAt: performance.now() };
      this.onCount(this.items.length);
      if (this.held.size > 0) this.observer?.push(this.held);
      this.held = new Set();
    }
    for (const resolve of waiters) resolve();
    this.onCleaned?.();
  }

  /** Would hiding `el` hide article text (the guard of the article found by the last apply)? */
  holdsArticle(el: Element, article: Element | null = this.article): boolean {
    return article !== null && containsArticleText(el, article);
  }

  /** The cleaned article still waits for its entities. */
  get needsEntities(): boolean {
    return this.unrecognised !== null;
  }

  /** the entities are being extracted (in slices) */
  get recognising(): boolean {
    return this.recognition !== null;
  }

  /** Resolves once the entities of the cleaned article are extracted (at once when nothing is running). */
  whenRecognised(): Promise<void> {
    if (!this.recognition) return Promise.resolve();
    return new Promise((resolve) => this.recogniseWaiters.push(resolve));
  }

  /**
   * Extract the entities of the cleaned article with the (lazily loaded) recogniser; once per apply. With
   * `planning`, in slices from the next task on (entities/sliced.ts: a few dozen words per step); when they end,
   * `onCleaned` says so.
   */
  recognise(extract: (text: string) => Steps<Entity[]> | Entity[]): void {
    const text = this.unrecognised;
    if (text === null || !this.run) return;
    this.unrecognised = null;
    const run = this.run;
    let finished = false;
    const finish = (entities: Entity[], workMs: number): void => {
      finished = true;
      this.recognition = null;
      const waiters = this.recogniseWaiters;
      this.recogniseWaiters = [];
      if (this.run === run) {
        this.entities = entities;
        this.entitiesCover = text.read < text.total ? { read: text.read, total: text.total } : undefined;
        this.timings = { ...this.timings, entitiesMs: workMs };
      }
      for (const resolve of waiters) resolve();
    };
    const t0 = performance.now();
    const out = extract(text.text);
    if (Array.isArray(out) || !this.planning) {
      finish(Array.isArray(out) ? out : drain(out), performance.now() - t0);
      return;
    }
    const job = runSliced(
      out,
      this.planning.budgetMs,
      (entities, workMs) => {
        finish(entities, workMs);
        if (this.run === run) this.onCleaned?.();
      },
      (error) => {
        finish([], 0);
        this.onError('entities', error);
      },
      this.planning.timers,
      // in a task of its own: called when entities.js arrives, inside the render that follows (and the panel's)
      true,
    );
    if (!finished) this.recognition = job;
  }

  /** The page removed our stylesheet: put the marks back after a growing pause, a few times at most. */
  private contested(options: CleanOptions): void {
    if (!this.run || this.fightTimer !== null || this.gaveUp) return;
    // moved (into <head>), not removed: no contest
    if (this.marks.sheetInPage()) return;
    if (this.fights >= FIGHT_ROUNDS) {
      this.gaveUp = true;
      this.onGaveUp?.();
      return;
    }
    const pause = this.fightPauseMs * 2 ** this.fights;
    this.fights += 1;
    const run = this.run;
    this.fightTimer = setTimeout(() => {
      this.fightTimer = null;
      if (this.run !== run || run.signal.aborted) return;
      this.marks.apply({ items: this.items.filter((i) => i.element.isConnected) }, options);
    }, pause);
  }

  /**
   * Undo everything: marks, stylesheet, observer, a clean still being planned. The DOM serialises as
   * before `apply`. `keepSiteCss`: a new plan follows at once; the per-site CSS stays up meanwhile.
   */
  restore(options: { keepSiteCss?: boolean } = {}): void {
    this.run?.abort();
    this.run = null;
    this.job?.cancel();
    this.job = null;
    this.recognition?.cancel();
    this.recognition = null;
    this.observer = null;
    this.held = new Set();
    this.subtree = null;
    this.skipped = false;
    this.gaveUp = false;
    this.fights = 0;
    if (this.fightTimer !== null) clearTimeout(this.fightTimer);
    this.fightTimer = null;
    this.marks.restore(options);
    const had = this.items.length;
    this.items = [];
    this.keep = [];
    this.article = null;
    this.entities = [];
    this.unrecognised = null;
    this.entitiesCover = undefined;
    this.timings = { declutterMs: 0, entitiesMs: 0 };
    const waiters = [...this.waiters, ...this.recogniseWaiters];
    this.waiters = [];
    this.recogniseWaiters = [];
    for (const resolve of waiters) resolve();
    if (had > 0) this.onCount(0);
  }

  /**
   * Plan one element the page added. Returns false when its plan paused at the slice's deadline (a huge
   * subtree): the observer's queue calls again with the same element in its next slice.
   */
  private planAdded(element: Element, options: CleanOptions, expired: Deadline): boolean {
    if (!this.run || this.gaveUp) return true;
    if (this.job) {
      this.held.add(element);
      return true;
    }
    const hidden = (el: Element): boolean => this.marks.hides(el);
    try {
      if (this.subtree?.element !== element) {
        if (this.marks.hides(element)) return true;
        this.subtree = { element, steps: planSubtreeSteps(element, this.article, this.rules, { url: options.url, categories: options.categories, hidden }) };
      }
      const result = resume(this.subtree.steps, expired);
      if (!result) return false;
      this.subtree = null;
      const corrected = correctPlan(element, result.value, [], options.corrections ?? NO_CORRECTIONS, (el) => this.holdsArticle(el));
      const added = corrected.items.filter((i) => !hidden(i.element));
      if (added.length === 0 && corrected.keep.length === 0) return true;
      this.marks.apply({ items: added, keep: corrected.keep }, options);
      this.items.push(...added);
      this.onCount(this.items.length);
    } catch (error) {
      this.subtree = null;
      this.onError('plan added content', error);
    }
    return true;
  }
}

/** The first paragraphs, up to `chars` characters of text (or all of them). */
function leading(paragraphs: readonly TextBlock[], chars: number): TextBlock[] {
  const out: TextBlock[] = [];
  let length = 0;
  for (const p of paragraphs) {
    if (length >= chars) break;
    out.push(p);
    length += blockText(p).length + 2;
  }
  return out;
}
