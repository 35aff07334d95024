// @vitest-environment jsdom
/**
 * A long run of entries of one kind is looked at through a sample (core/declutter.ts RUN; issue 10, the 10 MB page
 * with 60,000 comments inside <article>; docs/speed-2026-12-06e.md §7). Counted, not timed (tests/unit/dom-touch.ts):
 * the elements the content script's first clean is handed by the page and the strings it reads — in Chromium the
 * call that hands out the 65,536th element or the 65,535th new string stalls 30–60 ms, whatever else is done.
 * Before: every element of the page and two strings per comment (bigArticle(7000): 21,039 of 21,043 elements,
 * 14,087 strings, 7,015 paragraph blocks held). The plan must not change: the same items and the same spared
 * elements as the walk of every entry, every comment still protected; a thread whose entries hold links (teasers)
 * or whose sample holds something the walk reports is walked entry by entry, as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BIG_SUBTREE_ELEMENTS, planDeclutter, RUN } from '../../src/core/declutter';
import type { SiteSelectorRule } from '../../src/core/rules';
import type { HideItem, HidePlan } from '../../src/core/types';
import { CATEGORIES } from '../../src/core/types';
import { learnedRules } from '../../src/rules';
import { PageCleaner } from '../../src/content/cleaner';
import { bigArticle } from '../../tools/browser/hostile-pages';
import { countTouches } from './dom-touch';

const ALL = new Set(CATEGORIES);
const URL = 'http://hostile.vnexpress.net/big-article';
const ENTRIES = RUN.entries;
afterEach(() => void (RUN.entries = ENTRIES));

function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}

const itemKey = (i: HideItem) => [i.element, i.category, i.ruleId, i.label];
const planKey = (p: HidePlan) => ({ article: p.article, items: p.items.map(itemKey), keep: p.keep });

/** Comments enough for the big walk (more than BIG_SUBTREE_ELEMENTS elements: three per comment). */
const BIG = Math.ceil(BIG_SUBTREE_ELEMENTS / 3) + 100;

/** The plan with runs sampled (RUN as shipped) and with every entry walked. */
function bothPlans(doc: Document, extraSiteRules?: SiteSelectorRule[]): { sampled: HidePlan; walked: HidePlan } {
  const opts = { url: URL, categories: ALL, ...(extraSiteRules ? { extraSiteRules } : {}) };
  const sampled = planDeclutter(doc, learnedRules, opts);
  RUN.entries = Infinity;
  try {
    return { sampled, walked: planDeclutter(doc, learnedRules, opts) };
  } finally {
    RUN.entries = ENTRIES;
  }
}

describe('a long run of entries of one kind is sampled, not walked entry by entry', () => {
  it("the first clean of the big page is handed a few dozen elements and strings, whatever the thread's length", () => {
    const counts: { comments: number; elements: number; texts: number; items: number }[] = [];
    for (const comments of [BIG, 2 * BIG]) {
      const doc = load(bigArticle(comments));
      const last = doc.getElementById(`c${comments - 1}`)!;
      const lastText = last.querySelector('p')!;
      const touches = countTouches(doc);
      const cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {});
      try {
        cleaner.apply({ url: URL, categories: ALL, showHidden: false });
        expect(cleaner.applied).toBe(true);
        counts.push({ comments, elements: touches.elements, texts: touches.texts, items: cleaner.items.length });
        // no comment was handed over, not even the thread's last
        expect(touches.touched(last) || touches.touched(lastText)).toBe(false);
      } finally {
        touches.restore();
        cleaner.restore();
      }
    }
    for (const c of counts) {
      expect(c.items).toBe(1); // the related box
      expect(c.elements, `${c.comments} comments`).toBeLessThan(200);
      expect(c.texts, `${c.comments} comments`).toBeLessThan(200);
    }
    expect(counts[1]!.elements).toBe(counts[0]!.elements);
    expect(counts[1]!.texts).toBe(counts[0]!.texts);
  }, 180_000);

  it('on the big page: the same items as the walk of every comment, every comment still spared (a site rule naming them), a few paragraph blocks held', () => {
    const doc = load(bigArticle(BIG));
    const rule = (selector: string): SiteSelectorRule => ({ id: `site:${selector}`, kind: 'site-selector', site: 'hostile.vnexpress.net', selector, label: selector, category: 'inline' });
    const { sampled, walked } = bothPlans(doc, [rule('.comment-item'), rule('.comment-text'), rule('.comment-author')]);
    expect(planKey(sampled)).toEqual(planKey(walked));
    // the comments' paragraphs are article paragraphs (inside <article>): they and the entries holding them are
    // spared, not hidden; the authors' names (no paragraph) are hidden, as when every entry is walked
    expect(sampled.keep.length).toBe(2 * BIG);
    expect(sampled.items.filter((i) => i.ruleId === 'site:.comment-author').length).toBe(BIG);
    expect(walked.paragraphs.length).toBeGreaterThan(BIG);
    expect(sampled.paragraphs.length).toBeLessThan(50);
  }, 180_000);

  it('a thread whose entries hold links (teasers, 5,000 of them loaded by scrolling) is walked entry by entry: the same plan', () => {
    const teasers = Array.from({ length: 5_000 }, (_, n) => `<div class="story-item"><a href="/bai-${n}.html"><img alt="" width="120" height="80"></a><h4><a href="/bai-${n}.html">Bài viết đề xuất số ${n}: người dân vui mừng khi đường mới thông xe</a></h4></div>`);
    const doc = load(bigArticle(0).replace('</main>', `</main><section class="box-more"><h3>Có thể bạn quan tâm</h3><div id="more">${teasers.join('')}</div></section>`));
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(BIG_SUBTREE_ELEMENTS);
    const { sampled, walked } = bothPlans(doc);
    expect(planKey(sampled)).toEqual(planKey(walked));
    // every teaser is under a hidden block
    const hidden = sampled.items.map((i) => i.element);
    expect([...doc.querySelectorAll('.story-item a')].every((a) => hidden.some((h) => h.contains(a)))).toBe(true);
  }, 180_000);

  it('a thread whose sampled entries hold boilerplate is walked entry by entry: every entry\'s line is hidden, as before', () => {
    const doc = load(bigArticle(BIG).replace(/<\/p><\/div>/g, '</p><span class="vote">Bạn thấy bài viết này có hữu ích không?</span></div>'));
    const { sampled, walked } = bothPlans(doc);
    expect(planKey(sampled)).toEqual(planKey(walked));
    expect(sampled.items.filter((i) => i.ruleId.startsWith('boilerplate:')).length).toBe(BIG);
  }, 180_000);

  it('entries holding an icon (<svg>) after a copy-link control found earlier: still sampled, and the same plan', () => {
    // the walk lists copy-link candidates as it goes; an entry's <svg> (not walked, queried for candidates) adds
    // none, so the sample gave the walk nothing and the run is not walked entry by entry
    const html = bigArticle(BIG)
      .replace('<section class="comment-section">', '<button class="btn-copy-link" data-clipboard-text="https://hostile.vnexpress.net/big-article">Sao chép link</button><section class="comment-section">')
      .replace(/<span class="comment-author">/g, '<svg class="icon" width="12" height="12"><circle cx="6" cy="6" r="5"></circle></svg><span class="comment-author">');
    const doc = load(html);
    const { sampled, walked } = bothPlans(doc);
    expect(planKey(sampled)).toEqual(planKey(walked));
    expect(walked.paragraphs.length).toBeGreaterThan(BIG);
    expect(sampled.paragraphs.length).toBeLessThan(50);
  }, 180_000);
});
