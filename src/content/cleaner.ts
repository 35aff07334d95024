/**
 * Clean one page in place: plan + apply after DOMContentLoaded, then keep up with content the page
 * adds later (observer.ts), and restore exactly. Holds no browser API: the caller wires settings,
 * badge and messages, which keeps this testable under jsdom. Entities are extracted in a later step
 * (`recognise`), once the lazily injected recogniser is there: cleaning never waits for it.
 */
import { planDeclutter, planSubtree } from '../core/declutter';
import { articleText, containsArticleText } from '../core/article';
import { correctPlan, NO_CORRECTIONS, type SiteCorrections } from '../core/corrections';
import { entityText, type EntityText } from '../core/entity-text';
import { HIGHLIGHT_STYLE_ATTR, PageMarks, PANEL_HOST_TAG, PICKER_HOST_TAG, STYLE_ID, UNHIDE_HOST_TAG } from '../core/marks';
import type { Rules, SiteSelectorRule } from '../core/rules';
import type { Category, Entity, HideItem } from '../core/types';
import { isVietnamese } from './language';
import { observeAddedContent } from './observer';
import type { SliceOptions } from './slices';

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
  declutterMs: number;
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
  ) {
    this.marks = new PageMarks(doc);
  }

  /** Nodes this extension put into the page; the observer must not feed on them. */
  readonly isOwnNode = (node: Node): boolean => this.marks.owns(node) || isPanelNode(node);

  /** marks are on the page (false after restore, and after an apply that found no Vietnamese article) */
  get applied(): boolean {
    return this.run !== null;
  }

  apply(options: CleanOptions): void {
    if (this.run) this.restore({ keepSiteCss: true });
    const run = new AbortController();
    this.run = run;
    const t0 = performance.now();
    const plan = planDeclutter(this.doc, this.rules, {
      url: options.url,
      categories: options.categories,
      ...(options.readerRules && options.readerRules.length > 0 ? { extraSiteRules: options.readerRules } : {}),
    });
    const text = plan.article ? articleText(plan.article, plan.paragraphs) : '';
    if (!plan.article || !isVietnamese(text, this.doc.documentElement.getAttribute('lang'))) {
      // Not a Vietnamese article (home page, shop, English page): leave the page exactly as it is,
      // without the site CSS either.
      this.marks.restore();
      this.skipped = true;
      this.run = null;
      return;
    }
    this.skipped = false;
    const corrected = correctPlan(this.doc.body ?? this.doc.documentElement, plan.items, plan.keep, options.corrections ?? NO_CORRECTIONS, (el) => this.holdsArticle(el, plan.article));
    this.marks.apply(corrected, options);
    const t1 = performance.now();
    this.items = corrected.items;
    this.keep = [...corrected.keep];
    this.article = plan.article;
    this.entities = [];
    this.unrecognised = entityText(plan.article, plan.paragraphs, new Set(plan.items.map((i) => i.element)));
    this.entitiesCover = undefined;
    this.timings = { declutterMs: t1 - t0, entitiesMs: 0, cleanedAt: t1 };
    this.onCount(this.items.length);
    observeAddedContent(this.doc, {
      signal: run.signal,
      isOwn: this.isOwnNode,
      onAdded: (element) => this.planAdded(element, options),
      onOwnRemoved: () => this.contested(options),
      ...(this.slices ? { slices: this.slices } : {}),
    });
  }

  /** Would hiding `el` hide article text (the guard of the article found by the last apply)? */
  holdsArticle(el: Element, article: Element | null = this.article): boolean {
    return article !== null && containsArticleText(el, article);
  }

  /** The cleaned article still waits for its entities. */
  get needsEntities(): boolean {
    return this.unrecognised !== null;
  }

  /** Extract the entities of the cleaned article with the (lazily loaded) recogniser; once per apply. */
  recognise(extract: (text: string) => Entity[]): void {
    const text = this.unrecognised;
    if (text === null || !this.run) return;
    this.unrecognised = null;
    const t0 = performance.now();
    this.entities = extract(text.text);
    this.entitiesCover = text.read < text.total ? { read: text.read, total: text.total } : undefined;
    this.timings = { ...this.timings, entitiesMs: performance.now() - t0 };
  }

  /** The page removed our stylesheet: put the marks back after a growing pause, a few times at most. */
  private contested(options: CleanOptions): void {
    if (!this.run || this.fightTimer !== null || this.gaveUp) return;
    // moved (into <head>), not removed: no contest
    if (this.doc.getElementById(STYLE_ID)) return;
    if (this.fights >= FIGHT_ROUNDS) {
      this.gaveUp = true;
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
   * Undo everything: marks, stylesheet, observer. The DOM serialises as before `apply`.
   * `keepSiteCss`: a new plan follows at once; the per-site CSS stays up meanwhile.
   */
  restore(options: { keepSiteCss?: boolean } = {}): void {
    this.run?.abort();
    this.run = null;
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
    if (had > 0) this.onCount(0);
  }

  private planAdded(element: Element, options: CleanOptions): void {
    if (!this.run || this.gaveUp || this.marks.hides(element)) return;
    try {
      const hidden = (el: Element): boolean => this.marks.hides(el);
      const planned = planSubtree(element, this.article, this.rules, { url: options.url, categories: options.categories, hidden });
      const corrected = correctPlan(element, planned, [], options.corrections ?? NO_CORRECTIONS, (el) => this.holdsArticle(el));
      const added = corrected.items.filter((i) => !hidden(i.element));
      if (added.length === 0 && corrected.keep.length === 0) return;
      this.marks.apply({ items: added, keep: corrected.keep }, options);
      this.items.push(...added);
      this.onCount(this.items.length);
    } catch (error) {
      this.onError('plan added content', error);
    }
  }
}
