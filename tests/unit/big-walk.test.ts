// @vitest-environment jsdom
/**
 * The walk over a big subtree reads less of the page (core/declutter.ts BIG_WALK; issue 10, the 10 MB hostile page):
 * a container's text is joined from its children's when it has no text of its own, and the copy-link candidates
 * are matched as the walk passes instead of in a second walk. Counted, not timed: the texts the plan reads from
 * the page (each is a string the browser makes; on the big page in Chromium single ones stalled 30–75 ms when its
 * table of them grew). The plan must be the one the ordinary walk makes: compared on every fixture page with the
 * big walk forced on, and on the big page with it forced off.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { casePart, caseSource, caseUrl, cases, hasPart } from '../../src/offline/fixtures';
import { BIG_WALK, BIG_SUBTREE_ELEMENTS, planDeclutter, RUN } from '../../src/core/declutter';
import type { HideItem, HidePlan } from '../../src/core/types';
import { learnedRules } from '../../src/rules';
import { CATEGORIES } from '../../src/core/types';
import { bigArticle } from '../../tools/browser/hostile-pages';

const ALL = new Set(CATEGORIES);
const DEFAULT = BIG_WALK.elements;
const RUN_ENTRIES = RUN.entries;
afterEach(() => {
  BIG_WALK.elements = DEFAULT;
  RUN.entries = RUN_ENTRIES;
});

function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}

const itemKey = (i: HideItem) => [i.element, i.category, i.ruleId, i.label];
const planKey = (p: HidePlan) => ({ article: p.article, items: p.items.map(itemKey), keep: p.keep, paragraphs: p.paragraphs.map((b) => [b.el, b.raw, b.text]) });

/** The plan of `doc` with the big walk over subtrees of more than `elements` elements, and the texts it read from the page by element. */
function planWith(doc: Document, url: string, elements: number): { plan: HidePlan; reads: Map<Element, number> } {
  BIG_WALK.elements = elements;
  const reads = new Map<Element, number>();
  const d = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
  Object.defineProperty(Node.prototype, 'textContent', {
    ...d,
    get(this: Node) {
      if (this instanceof Element) reads.set(this, (reads.get(this) ?? 0) + 1);
      return d.get!.call(this) as string | null;
    },
  });
  try {
    return { plan: planDeclutter(doc, learnedRules, { url, categories: ALL }), reads };
  } finally {
    Object.defineProperty(Node.prototype, 'textContent', d);
    BIG_WALK.elements = DEFAULT;
  }
}

describe('the big walk reads less and plans the same', () => {
  it('on every fixture page, with the big walk forced on, the plan is the ordinary one, reading fewer texts', () => {
    const pages = cases('train', 'heldout', 'revisit').filter((c) => hasPart(c, 'page.html'));
    expect(pages.length).toBeGreaterThanOrEqual(25);
    let fewer = 0;
    let clipboardPages = 0;
    for (const c of pages) {
      const url = casePart<{ url?: string }>(c, 'gold.json')?.url ?? caseUrl(c);
      const doc = load(caseSource(c));
      const ordinary = planWith(doc, url, Infinity);
      const big = planWith(doc, url, 0);
      expect(planKey(big.plan), c.name).toEqual(planKey(ordinary.plan));
      const total = (m: Map<Element, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      if (total(big.reads) < total(ordinary.reads)) fewer++;
      if (ordinary.plan.items.some((i) => i.ruleId === 'generic:copy-link')) clipboardPages++;
    }
    expect(fewer).toBeGreaterThan(pages.length / 2);
    // the copy-link candidates listed by the walk are tried somewhere
    expect(clipboardPages).toBeGreaterThan(0);
  }, 300_000);

  it('on a page of more than BIG_SUBTREE_ELEMENTS, a comment (an element holding only elements) is not read, and the plan is the ordinary one', () => {
    const url = 'http://hostile.vnexpress.net/big-article';
    // copy-link controls where a walk is easy to get wrong: inside an <svg> (not walked), one inside another, one at the top
    const tools = '<div class="share-row"><button class="btn-copy-link" data-clipboard-text="https://vnexpress.net/x.html">Sao chép liên kết</button></div>'
      + '<svg class="copy-icon"><g class="copy-path"></g></svg><span class="copy-wrap"><a class="getlink" href="#">Lấy link</a></span>';
    const doc = load(bigArticle(Math.ceil(BIG_SUBTREE_ELEMENTS / 3) + 100).replace('<main>', `<main>${tools}`));
    // every comment walked (the thread as a sampled run: tests/unit/entry-runs.test.ts)
    RUN.entries = Infinity;
    const comments = [...doc.querySelectorAll('.comment-item')];
    const ordinary = planWith(doc, url, Infinity);
    const big = planWith(doc, url, DEFAULT);
    expect(planKey(big.plan)).toEqual(planKey(ordinary.plan));
    expect(big.plan.items.some((i) => i.ruleId === 'generic:copy-link')).toBe(true);
    // read before: every comment's text, then its author's and its paragraph's again
    expect(comments.filter((el) => ordinary.reads.has(el)).length).toBe(comments.length);
    expect(comments.filter((el) => big.reads.has(el)).length).toBe(0);
  }, 180_000);
});
