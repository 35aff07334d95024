// @vitest-environment jsdom
/**
 * Budgets per unit of work, not per item (issue 10, point 4), under jsdom with a fake clock:
 *  - a plan paused at every point where it may stop (core/steps.ts) is the plan made in one go, on every
 *    fixture page, for the whole page and for subtrees;
 *  - the first clean of a big page (a comment thread of thousands of entries inside <article>) is many
 *    slices, none of them over its budget;
 *  - one container of thousands of children appended at once is planned in many slices, not one.
 * "Work" is counted, not timed: every DOM read the engine makes (element walk, parents, text, attributes)
 * advances the fake clock by COST_MS, so a slice's size in DOM reads is what its deadline allows, whatever
 * the machine. The code before slicing did each case in one task (one apply, one queue item).
 */
import { casePart, caseSource, caseUrl, cases, hasPart } from '../../src/offline/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { planDeclutter, planDeclutterSteps, planSubtree, planSubtreeSteps } from '../../src/core/declutter';
import { resume, type Steps } from '../../src/core/steps';
import type { HideItem, HidePlan } from '../../src/core/types';
import { PageCleaner, PLAN_SLICES, type PlanSlicing } from '../../src/content/cleaner';
import { learnedRules } from '../../src/rules';
import { CATEGORIES } from '../../src/core/types';
import { bigArticle } from '../../tools/browser/hostile-pages';
import { fakeTimers, type FakeTimers } from './fake-timers';

const ALL = new Set(CATEGORIES);

function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}

/** Run pausable steps, stopping at every point where they may stop. */
function paused<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = resume(steps, () => true);
    if (r) return { value: r.value, pauses };
    pauses++;
  }
}

const itemKey = (i: HideItem) => [i.element, i.category, i.ruleId, i.label];
const planKey = (p: HidePlan) => ({ article: p.article, items: p.items.map(itemKey), keep: p.keep, paragraphs: p.paragraphs.map((b) => [b.el, b.raw]) });

function fixturePages(): { name: string; html: string; url: string }[] {
  return cases('train', 'heldout', 'revisit')
    .filter((c) => hasPart(c, 'page.html'))
    .map((c) => ({ name: c.name, html: caseSource(c), url: casePart<{ url?: string }>(c, 'gold.json')?.url ?? caseUrl(c) }));
}

describe('a paused plan is the plan made in one go', () => {
  it('on every fixture page: the whole page, and every subtree of 3+ children', () => {
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThanOrEqual(25);
    let subtrees = 0;
    for (const { name, html, url } of pages) {
      const doc = load(html);
      const whole = planDeclutter(doc, learnedRules, { url });
      const sliced = paused(planDeclutterSteps(doc, learnedRules, { url }));
      expect(sliced.pauses, name).toBeGreaterThan(5);
      expect(planKey(sliced.value), name).toEqual(planKey(whole));
      for (const el of Array.from(doc.body.querySelectorAll('*')).filter((e) => e.childElementCount >= 3)) {
        const one = planSubtree(el, whole.article, learnedRules, { url });
        expect(paused(planSubtreeSteps(el, whole.article, learnedRules, { url })).value.map(itemKey), name).toEqual(one.map(itemKey));
        subtrees++;
      }
    }
    expect(subtrees).toBeGreaterThan(500);
  }, 300_000);
});

/** ms of fake time one DOM read costs */
const COST_MS = 0.002;
const BUDGET_MS = 8;
/**
 * Most DOM reads one task may make: its budget's worth, plus what one step between two stopping points can
 * read (32 elements of the walk, one detector's matches) — the overshoot of a deadline checked per step.
 */
const MOST_READS_PER_TASK = BUDGET_MS / COST_MS + 3_000;

/**
 * Count every DOM call the engine makes, in whichever task it happens, and let each cost COST_MS of the
 * fake clock. Calls jsdom makes inside another DOM call (a selector query walking the tree) are not the
 * engine's: a browser does them natively, so a query is one call. `task(fn)` runs fn as one task.
 */
function meter(timers: FakeTimers) {
  const perTask: number[] = [];
  let reads = 0;
  let depth = 0;
  const undo: (() => void)[] = [];
  type Fn = (this: unknown, ...a: unknown[]) => unknown;
  const counted = (fn: Fn): Fn =>
    function (this: unknown, ...a: unknown[]) {
      if (depth === 0) {
        reads++;
        timers.spend(COST_MS);
      }
      depth++;
      try {
        return fn.apply(this, a);
      } finally {
        depth--;
      }
    };
  const wrap = (proto: object, name: string): void => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d) return; // (not on this prototype in jsdom: inherited, wrapped there)
    if (d.get) Object.defineProperty(proto, name, { ...d, get: counted(d.get as Fn) });
    else Object.defineProperty(proto, name, { ...d, value: counted(d.value as Fn) });
    undo.push(() => Object.defineProperty(proto, name, d));
  };
  for (const name of ['firstElementChild', 'nextElementSibling', 'previousElementSibling', 'childElementCount', 'children', 'localName', 'tagName', 'id', 'getAttribute', 'hasAttribute', 'closest', 'matches', 'querySelector', 'querySelectorAll', 'getElementsByTagName', 'setAttribute', 'removeAttribute', 'remove']) wrap(Element.prototype, name);
  // (writes too: inserting our <style> makes jsdom walk the page in JS, which a browser does natively, later)
  for (const name of ['parentElement', 'textContent', 'firstChild', 'nextSibling', 'nodeType', 'nodeValue', 'contains', 'compareDocumentPosition', 'isConnected', 'appendChild', 'insertBefore', 'removeChild']) wrap(Node.prototype, name);
  for (const name of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'createTreeWalker']) wrap(Document.prototype, name);
  wrap(TreeWalker.prototype, 'nextNode');
  const task = (fn: () => void): void => {
    const before = reads;
    fn();
    perTask.push(reads - before);
  };
  // every timer callback is a task of its own
  const clock: FakeTimers = { ...timers, setTimeout: (fn: () => void, ms: number) => timers.setTimeout(() => task(fn), ms) };
  return { perTask, clock, task, total: () => reads, restore: () => undo.forEach((u) => u()) };
}

/** Counts `target.querySelectorAll(selector)` calls until `restore()`. */
function watchQueries(selector: string, target: Element): { readonly calls: number; restore(): void } {
  const query = Element.prototype.querySelectorAll;
  let calls = 0;
  Element.prototype.querySelectorAll = function (this: Element, asked: string) {
    if (asked === selector && this === target) calls++;
    return query.call(this, asked);
  } as typeof query;
  return {
    get calls() {
      return calls;
    },
    restore: () => void (Element.prototype.querySelectorAll = query),
  };
}

let cleaner: PageCleaner | null = null;
let undoMeter: (() => void) | null = null;
afterEach(() => {
  undoMeter?.();
  undoMeter = null;
  cleaner?.restore();
  cleaner = null;
});

/**
 * The content script's clean of `doc` on the fake clock, run to its end with the given plan slicing (8 ms slices by
 * default): the meter of DOM reads per task, and whether the task that called apply left work for later tasks.
 */
function cleanToEnd(doc: Document, url: string, slicing: Omit<PlanSlicing, 'timers'> = { budgetMs: BUDGET_MS }): { m: ReturnType<typeof meter>; leftWork: boolean } {
  const timers = fakeTimers();
  const m = meter(timers);
  undoMeter = m.restore;
  const c = (cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {}, undefined, undefined, { ...slicing, timers: m.clock }));
  m.task(() => c.apply({ url, categories: ALL, showHidden: false }));
  const leftWork = c.cleaning;
  for (let i = 0; i < 10_000 && c.cleaning; i++) timers.advance(1);
  expect(c.cleaning).toBe(false);
  return { m, leftWork };
}

describe('budgets per unit of work (fake clock: each DOM read costs COST_MS)', () => {
  it('the first clean of a big page is many slices, none over its budget, and hides what one plan would', () => {
    const url = 'http://hostile.vnexpress.net/big-article';
    const doc = load(bigArticle(1_500));
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(4_500);
    const expected = planDeclutter(doc, learnedRules, { url, categories: ALL }).items.map(itemKey);
    const { m, leftWork } = cleanToEnd(doc, url);
    expect(leftWork).toBe(true); // not done in the task that started it
    expect(m.perTask.length).toBeGreaterThan(5);
    expect(Math.max(...m.perTask)).toBeLessThanOrEqual(MOST_READS_PER_TASK);
    expect(m.total()).toBeGreaterThan(MOST_READS_PER_TASK * 5);
    expect(cleaner!.items.map(itemKey)).toEqual(expected);
    expect(cleaner!.timings.declutterSlices).toBe(m.perTask.length);
  }, 120_000);

  it('a page of 10,000 unclosed <div>s (as Chromium parses it) is cleaned in slices none over its budget, and hides what one plan would', () => {
    // Chromium's parser nests at most 512 deep: the hostile page /deep?depth=10000 becomes a <div> at depth 512
    // holding the other 9,490 <div>s and the article's paragraphs as its children (checked in Chromium 150)
    const url = 'http://hostile.vnexpress.net/deep';
    const para = (i: number) => `<p class="body-text">Đoạn ${i}: Ủy ban nhân dân thành phố Hà Nội cho biết dự án cải tạo tuyến đường ven sông sẽ hoàn thành trong quý tới, theo Bộ Giao thông Vận tải.</p>`;
    const html = `<!doctype html><html lang="vi"><head><title>Trang lồng sâu</title></head><body><main><article><h1>Hà Nội đẩy nhanh tiến độ cải tạo tuyến đường ven sông</h1>${'<div>'.repeat(511)}${'<div></div>'.repeat(9_490)}${Array.from({ length: 14 }, (_, i) => para(i)).join('')}${'</div>'.repeat(511)}</article><div class="box-related"><h3>Tin liên quan</h3><ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/tin-${i}.html">Thành phố khởi công thêm dự án giao thông số ${i + 1} trong năm nay</a></li>`).join('')}</ul></div></main></body></html>`;
    const doc = load(html);
    expect(doc.querySelector('p.body-text')!.parentElement!.childElementCount).toBe(9_504);
    const expected = planDeclutter(doc, learnedRules, { url, categories: ALL }).items.map(itemKey);
    expect(expected.length).toBeGreaterThan(0); // the related box
    const { m } = cleanToEnd(doc, url);
    expect(Math.max(...m.perTask)).toBeLessThanOrEqual(MOST_READS_PER_TASK);
    expect(cleaner!.items.map(itemKey)).toEqual(expected);
  }, 120_000);

  it('a page of more than BIG_SUBTREE_ELEMENTS: no planning in the task that calls apply (DOMContentLoaded), no role query over the whole page, navigation roles still seen', async () => {
    const { BIG_SUBTREE_ELEMENTS, isBigSubtree } = await import('../../src/core/declutter');
    const { NAVIGATION_ROLE_SELECTOR } = await import('../../src/core/tag-sets');
    const url = 'http://hostile.vnexpress.net/big-article';
    // a link list in an element with role="navigation" under a heading the rules know: a menu, not a related box
    const nav = `<div class="quick-links" role="navigation"><h3>Tin liên quan</h3><ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/muc-${i}.html">Chuyên mục thời sự và đời sống số ${i + 1} hôm nay</a></li>`).join('')}</ul></div>`;
    const doc = load(bigArticle(Math.ceil(BIG_SUBTREE_ELEMENTS / 3) + 100).replace('<main>', `<main>${nav}`));
    expect(isBigSubtree(doc.body)).toBe(true);
    const roleQueries = watchQueries(NAVIGATION_ROLE_SELECTOR, doc.body);
    try {
      const timers = fakeTimers();
      const m = meter(timers);
      undoMeter = m.restore;
      // the content script's own slicing: a big page keeps its 8 ms slices (PLAN_SLICES.budgetMs = BUDGET_MS)
      expect(PLAN_SLICES.budgetMs).toBe(BUDGET_MS);
      cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {}, undefined, undefined, { ...PLAN_SLICES, timers: m.clock });
      m.task(() => cleaner!.apply({ url, categories: ALL, showHidden: false }));
      // the calling task only counted the page (one call) and set a timer
      expect(m.perTask[0]).toBeLessThanOrEqual(5);
      for (let i = 0; i < 100_000 && cleaner.cleaning; i++) timers.advance(1);
      expect(cleaner.cleaning).toBe(false);
      expect(Math.max(...m.perTask)).toBeLessThanOrEqual(MOST_READS_PER_TASK);
    } finally {
      roleQueries.restore();
    }
    expect(roleQueries.calls).toBe(0);
    const hidden = cleaner.items.map((i) => i.element);
    expect(hidden.some((el) => el.classList.contains('box-related'))).toBe(true);
    expect(hidden.some((el) => el.closest('.quick-links'))).toBe(false);
  }, 180_000);

  it('an ordinary article page (the fixture pages) is cleaned by the content script in the task that starts it, not in 8 ms slices: each pause cost more than it gave', () => {
    // PLAN_SLICES.smallPageBudgetMs (16 ms) on a page that is not big: a clean of up to that much work is one slice.
    // Measured in Chromium 150 (scripts/dev/isolated-world.ts): the same clean in 8 ms slices took 1.52× its time in one.
    const small = (PLAN_SLICES.smallPageBudgetMs ?? PLAN_SLICES.budgetMs) / COST_MS;
    const pages = cases('train', 'heldout').filter((c) => hasPart(c, 'page.html'));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    let oneSlice = 0;
    let moreThanEightMs = 0;
    for (const c of pages) {
      const doc = load(caseSource(c));
      const timers = fakeTimers();
      const m = meter(timers);
      try {
        const url = caseUrl(c);
        cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {}, undefined, undefined, { ...PLAN_SLICES, timers: m.clock });
        m.task(() => cleaner!.apply({ url, categories: ALL, showHidden: false }));
        for (let i = 0; i < 10_000 && cleaner.cleaning; i++) timers.advance(1);
        expect(cleaner.cleaning, c.name).toBe(false);
        // no task over its budget's worth and one step's overshoot (a step of the walk over the 24h.com.vn portal
        // page's blocks reads up to ~6,500 times): 30 ms of the 50 a task of ours may take
        expect(Math.max(...m.perTask), c.name).toBeLessThanOrEqual(small + 7_000);
        if (m.total() > BUDGET_MS / COST_MS) moreThanEightMs++;
        if (m.total() <= small) {
          expect(m.perTask.filter((n) => n > 0).length, `${c.name}: ${m.total()} reads`).toBe(1);
          oneSlice++;
        }
      } finally {
        m.restore();
        cleaner?.restore();
        cleaner = null;
      }
    }
    // the test means something: pages whose clean is more than one 8 ms slice's work (cafef, dantri ×2, seed-001),
    // done in one slice
    expect(moreThanEightMs).toBeGreaterThanOrEqual(4);
    expect(oneSlice).toBeGreaterThanOrEqual(pages.length - 1);
  }, 120_000);

  it("a portal page saved after its scripts ran: each block's text without its <script>s is read once per plan, not again by every wrapper above it", () => {
    // 24h.com.vn (136 scripts, 2,440 elements): every wrapper holding a <script> read its whole subtree node by node
    // (core/article.ts textOutside): 62,379 DOM reads in the clean, 26,015 of them in one 8 ms slice; once per plan,
    // 31,028; a child holding no <script> (nor link, for a label without its links) read as its textContent, not
    // node by node: 16,150, largest task 4,244 (was 10,442) (each read a wrapped call from a Firefox content script, docs/firefox-2026-12-06.md §4)
    const c = '24h.com.vn__4-ti-phu-giau-nhat-viet-nam';
    const doc = load(caseSource(c));
    const url = caseUrl(c);
    const expected = planDeclutter(doc, learnedRules, { url, categories: ALL }).items.map(itemKey);
    const { m } = cleanToEnd(doc, url);
    expect(m.total()).toBeLessThan(20_000);
    expect(Math.max(...m.perTask)).toBeLessThan(6_000);
    expect(cleaner!.items.map(itemKey)).toEqual(expected);
  }, 120_000);

  it('a page of more than BIG_SUBTREE_ELEMENTS: the copy-link candidates are listed by the walk (no query over the whole page, no second walk), and found as the query finds them', async () => {
    const { BIG_SUBTREE_ELEMENTS } = await import('../../src/core/declutter');
    const { CLIPBOARD_SELECTOR } = await import('../../src/core/copy-link');
    const url = 'http://hostile.vnexpress.net/big-article';
    const tool = '<div class="share-row"><button class="btn-copy-link" data-clipboard-text="https://vnexpress.net/x.html">Sao chép liên kết</button></div>';
    const doc = load(bigArticle(Math.ceil(BIG_SUBTREE_ELEMENTS / 3) + 100).replace('<main>', `<main>${tool}`));
    // the walk lists what the query would, in its order
    const expected = [...doc.body.querySelectorAll(CLIPBOARD_SELECTOR)];
    expect(expected.length).toBeGreaterThan(0);
    const queries = watchQueries(CLIPBOARD_SELECTOR, doc.body);
    // the steps of TreeWalkers over the whole page (the second walk over every element the candidates were listed by before)
    const next = TreeWalker.prototype.nextNode;
    let walked = 0;
    TreeWalker.prototype.nextNode = function (this: TreeWalker) {
      if (this.root === doc.body) walked++;
      return next.call(this);
    };
    const elements = doc.getElementsByTagName('*').length;
    try {
      const plan = planDeclutter(doc, learnedRules, { url, categories: ALL });
      expect(plan.items.some((i) => i.ruleId === 'generic:copy-link' && i.element.contains(doc.querySelector('.btn-copy-link')))).toBe(true);
    } finally {
      queries.restore();
      TreeWalker.prototype.nextNode = next;
    }
    expect(queries.calls).toBe(0);
    // one pass remains (core/sections.ts walks the body for the section finder); before, the candidates were a second
    expect(walked).toBeLessThanOrEqual(elements);
  }, 180_000);

  it('the headline and lead are found walking from the headline to the body, not from a query listing every block around them', async () => {
    const { articleGuardSteps, findArticleRoot } = await import('../../src/core/article');
    const { drain } = await import('../../src/core/steps');
    // the big page's headline and its comment thread share <article>: a query under it lists all the comments
    const doc = load(bigArticle(1_500).replace('</h1>', '</h1><p class="description">Thành phố cho biết tuyến đường ven sông sẽ thông xe trước Tết, sớm hơn dự kiến ba tháng.</p><div class="fck_body">'));
    const article = findArticleRoot(doc);
    expect(article).not.toBeNull();
    const lists: number[] = [];
    const query = Element.prototype.querySelectorAll;
    Element.prototype.querySelectorAll = function (this: Element, selector: string) {
      const out = query.call(this, selector);
      // (not the body's own paragraph blocks: in the content script those come from the planner's walk)
      if (this !== article) lists.push(out.length);
      return out;
    } as typeof query;
    let guard;
    try {
      guard = drain(articleGuardSteps(article, doc));
    } finally {
      Element.prototype.querySelectorAll = query;
    }
    // the lead (outside the body container) is guarded, and no query listed the comment thread
    expect([...guard.paragraphs].some((p) => p.classList.contains('description'))).toBe(true);
    expect(Math.max(0, ...lists)).toBeLessThan(1_500);
  }, 60_000);

  // (the case is 20,000 children; jsdom plans ~3 ms per teaser, so the test appends 3,000 — each
  // slice's size does not depend on the container's)
  it('one appended container of thousands of children is planned in many slices, none over its budget', async () => {
    const url = 'http://hostile.vnexpress.net/appended';
    const doc = load(bigArticle(0));
    const timers = fakeTimers();
    const m = meter(timers);
    undoMeter = m.restore;
    const slices = { maxItems: 64, budgetMs: 4, debounceMs: 64, idleMs: 30_000 };
    cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {}, slices, undefined, { budgetMs: BUDGET_MS, timers: m.clock });
    cleaner.apply({ url, categories: ALL, showHidden: false });
    for (let i = 0; i < 1_000 && cleaner.cleaning; i++) timers.advance(1);
    expect(cleaner.applied && !cleaner.cleaning).toBe(true);
    const before = cleaner.items.length;
    // one container of teaser-like children, appended at once ("load more" of a live feed)
    const items = Array.from({ length: 3_000 }, (_, i) => `<li><a href="/tin-${i}.html">Cập nhật trực tiếp số ${i} về tình hình giao thông trên địa bàn thành phố</a></li>`);
    const parsed = new DOMParser().parseFromString(`<section><h3>Tin mới nhất</h3><ul>${items.join('')}</ul></section>`, 'text/html');
    const box = doc.adoptNode(parsed.body.firstElementChild!);
    doc.querySelector('main')!.appendChild(box);
    await new Promise((r) => setTimeout(r, 0)); // the MutationObserver's records
    m.perTask.length = 0;
    for (let i = 0; i < 100_000 && cleaner.items.length === before; i++) timers.advance(1);
    expect(cleaner.items.length).toBeGreaterThan(before);
    expect(m.perTask.length).toBeGreaterThan(10);
    expect(Math.max(...m.perTask)).toBeLessThanOrEqual(slices.budgetMs / COST_MS + 3_000);
    m.restore();
    undoMeter = null;
    // what it hid is what one plan of the container would
    const hiddenNow = cleaner.items.slice(before).map(itemKey);
    cleaner.marks.restore();
    expect(hiddenNow).toEqual(planSubtree(box, cleaner.article, learnedRules, { url, categories: ALL }).map(itemKey));
  }, 120_000);
});

describe('learning from the cleaned page in slices', () => {
  it('a page that appended 1,500 teasers into a box the clean hid: the signatures are computed in slices none over its budget (the hidden box skipped whole), and are those of one pass', async () => {
    const { learnPage } = await import('../../src/content/learn-page');
    const { pageSignatures } = await import('../../src/core/reader-signatures');
    const { slicedRunner } = await import('../../src/content/slices');
    // the hostile page /infinite: the article, then "Có thể bạn quan tâm" that infinite scroll keeps filling
    const url = 'http://hostile.vnexpress.net/infinite';
    const teasers = Array.from({ length: 1_500 }, (_, n) => `<div class="story-item"><a href="/bai-${n}.html"><img alt="" width="120" height="80"></a><h4><a href="/bai-${n}.html">Bài viết đề xuất số ${n}: người dân vui mừng khi đường mới thông xe</a></h4></div>`);
    const doc = load(bigArticle(0).replace('</main>', `</main><section class="box-more"><h3>Có thể bạn quan tâm</h3><div id="more">${teasers.join('')}</div></section>`));
    const plan = planDeclutter(doc, learnedRules, { url, categories: ALL });
    expect(plan.items.some((i) => i.element.classList.contains('box-more'))).toBe(true);
    const page = { doc, url, article: plan.article, items: plan.items, keep: plan.keep, readerRules: [] };
    const input = { url, article: plan.article, items: plan.items, keep: plan.keep, learnedSelectors: [] };
    const stored: Record<string, unknown> = {};
    const area = {
      get: async () => ({ ...stored }),
      set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
      remove: async () => {},
    };
    const oneGo = pageSignatures(doc, input);
    const timers = fakeTimers();
    const m = meter(timers);
    undoMeter = m.restore;
    let done = false;
    let signatures: unknown;
    const run = slicedRunner(BUDGET_MS, new AbortController().signal, m.clock);
    m.task(() => {
      void learnPage(area, page, 1_000, (steps) => run(steps).then((v) => ((signatures = v), v))).then(() => (done = true));
    });
    for (let i = 0; i < 100_000 && !done; i++) {
      timers.advance(1);
      await Promise.resolve();
      if (signatures !== undefined) await new Promise((r) => setTimeout(r, 0)); // the storage write
    }
    expect(done).toBe(true);
    // nothing read in the task that started it (in the content script, the one that mounts the panel)
    expect(m.perTask[0]).toBe(0);
    expect(Math.max(...m.perTask)).toBeLessThanOrEqual(MOST_READS_PER_TASK);
    expect(signatures).toEqual(oneGo);
  }, 120_000);
});

describe('entities in slices, in the cleaner', () => {
  it('the recogniser runs in steps across tasks, from the task after the call, and the entities are those of the sliced recogniser run in one go', async () => {
    const { extractEntitiesSteps } = await import('../../src/entities/sliced');
    const { drain } = await import('../../src/core/steps');
    // an article longer than one chunk: the big article's 14 paragraphs (~5,600 characters)
    const doc = load(bigArticle(0));
    const timers = fakeTimers();
    let done = 0;
    cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {}, undefined, undefined, { budgetMs: BUDGET_MS, timers }, () => done++);
    cleaner.apply({ url: 'http://hostile.vnexpress.net/big-article', categories: ALL, showHidden: false });
    for (let i = 0; i < 1_000 && cleaner.cleaning; i++) timers.advance(1);
    expect(cleaner.needsEntities).toBe(true);
    let text = '';
    let steps = 0;
    // each step costs 5 ms of the fake clock: at most two per 8 ms slice
    cleaner.recognise(function* (t: string) {
      text = t;
      const inner = extractEntitiesSteps(t);
      for (;;) {
        const r = inner.next();
        timers.spend(5);
        if (r.done) return r.value;
        steps++;
        yield;
      }
    });
    expect(cleaner.recognising).toBe(true);
    // nothing in the caller's task (the render that follows entities.js's arrival, with the panel's first paint)
    expect(steps).toBe(0);
    const before = done;
    for (let i = 0; i < 100_000 && cleaner.recognising; i++) timers.advance(1);
    expect(cleaner.recognising).toBe(false);
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(done).toBe(before + 1); // told once, when the entities came in a later task
    expect(cleaner.entities).toEqual(drain(extractEntitiesSteps(text)));
    expect(cleaner.entities.length).toBeGreaterThan(0);
  }, 120_000);
});
