/**
 * Clean one page in place: plan + apply after DOMContentLoaded, then keep up with content the page
 * adds later (observer.ts), and restore exactly. Holds no browser API: the caller wires settings,
 * badge and messages, which keeps this testable under jsdom. Entities are extracted in a later step
 * (`recognise`), once the lazily injected recogniser is there: cleaning never waits for it.
 */
import { planDeclutter, planSubtree } from '../core/declutter';
import { articleText, containsArticleText } from '../core/article';
import { correctPlan, NO_CORRECTIONS, type SiteCorrections } from '../core/corrections';
import { HIGHLIGHT_STYLE_ATTR, PageMarks, PANEL_HOST_TAG, PICKER_HOST_TAG, UNHIDE_HOST_TAG } from '../core/marks';
import type { Rules } from '../core/rules';
import type { Category, Entity, HideItem } from '../core/types';
import { isVietnamese } from './language';
import { observeAddedContent } from './observer';
import type { SliceOptions } from './slices';

export interface CleanOptions {
  url: string;
  categories: ReadonlySet<Category>;
  /** outline hidden blocks instead of hiding them */
  showHidden: boolean;
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

export class PageCleaner {
  items: HideItem[] = [];
  article: Element | null = null;
  entities: Entity[] = [];
  timings: Timings = { declutterMs: 0, entitiesMs: 0 };
  /** the last `apply` found no Vietnamese article and left the page alone */
  skipped = false;
  /** the only writer of marks and of our stylesheet on this page (also the site CSS, set by session.ts) */
  readonly marks: PageMarks;
  private run: AbortController | null = null;
  /** the article's text as cleaned, until `recognise` has turned it into `entities` */
  private unrecognised: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly rules: Rules,
    /** called when the number of hidden blocks changed */
    private readonly onCount: (count: number) => void,
    private readonly onError: (where: string, error: unknown) => void,
    private readonly slices?: SliceOptions,
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
    const plan = planDeclutter(this.doc, this.rules, { url: options.url, categories: options.categories });
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
    this.article = plan.article;
    this.entities = [];
    this.unrecognised = text;
    this.timings = { declutterMs: t1 - t0, entitiesMs: 0, cleanedAt: t1 };
    this.onCount(this.items.length);
    observeAddedContent(this.doc, {
      signal: run.signal,
      isOwn: this.isOwnNode,
      onAdded: (element) => this.planAdded(element, options),
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
    this.entities = extract(text);
    this.timings = { ...this.timings, entitiesMs: performance.now() - t0 };
  }

  /**
   * Undo everything: marks, stylesheet, observer. The DOM serialises as before `apply`.
   * `keepSiteCss`: a new plan follows at once; the per-site CSS stays up meanwhile.
   */
  restore(options: { keepSiteCss?: boolean } = {}): void {
    this.run?.abort();
    this.run = null;
    this.skipped = false;
    this.marks.restore(options);
    const had = this.items.length;
    this.items = [];
    this.article = null;
    this.entities = [];
    this.unrecognised = null;
    this.timings = { declutterMs: 0, entitiesMs: 0 };
    if (had > 0) this.onCount(0);
  }

  private planAdded(element: Element, options: CleanOptions): void {
    if (!this.run || this.marks.hides(element)) return;
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
