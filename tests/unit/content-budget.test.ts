// @vitest-environment jsdom
/**
 * Budgets per unit of work on the content side (issue 10, point 4 and "budgets everywhere"), under jsdom:
 *  - a page that removes our stylesheet as soon as it appears gets it back a few times, with growing
 *    pauses, and then is left alone (no fight loop), which the stats say;
 *  - the entity recogniser reads the article's own paragraphs only (no comment thread, nothing hidden),
 *    up to ENTITY_TEXT_CAP characters, and the cleaner reports how much it read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseSource } from '../../src/offline/fixtures';
import { PageCleaner, FIGHT_ROUNDS } from '../../src/content/cleaner';
import { entityText, ENTITY_TEXT_CAP } from '../../src/core/entity-text';
import { planDeclutter } from '../../src/core/declutter';
import { STYLE_ID } from '../../src/core/marks';
import { learnedRules } from '../../src/rules';
import { CATEGORIES } from '../../src/core/types';
import { bigArticle } from '../../tools/browser/hostile-pages';

const ALL = new Set(CATEGORIES);
const FAST = { maxItems: 64, budgetMs: 4, debounceMs: 5, idleMs: 30_000 };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}

let cleaner: PageCleaner | null = null;
afterEach(() => {
  cleaner?.restore();
  cleaner = null;
});

describe('a page that removes our marks', () => {
  it('gets them back a few rounds with growing pauses, then is left alone', async () => {
    const doc = load(caseSource('vnexpress.net__e2e-bai-viet'));
    let removals = 0;
    // the page's own script: remove Tin Gọn's stylesheet the moment it appears
    const page = new MutationObserver(() => {
      const style = doc.getElementById(STYLE_ID);
      if (style) {
        style.remove();
        removals += 1;
      }
    });
    page.observe(doc.documentElement, { childList: true, subtree: true });
    cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {}, FAST, 5);
    cleaner.apply({ url: 'https://vnexpress.net/e2e-bai-viet.html', categories: ALL, showHidden: false });
    expect(cleaner.items.length).toBeGreaterThan(0);
    // pauses 5, 10, 20 ms; then it gives up. Wait well past them.
    for (let i = 0; i < 40 && !cleaner.gaveUp; i++) await wait(20);
    expect(cleaner.gaveUp).toBe(true);
    const settled = removals;
    expect(settled).toBe(FIGHT_ROUNDS + 1); // the first apply and one per round
    await wait(150);
    expect(removals).toBe(settled); // nothing more: no loop
    page.disconnect();
  });
});

describe('what the entity recogniser reads', () => {
  it('the article paragraphs without the comment thread inside <article>, capped at a paragraph boundary', () => {
    const doc = load(bigArticle(400));
    const plan = planDeclutter(doc, learnedRules, { url: 'http://hostile.vnexpress.net/big-article', categories: ALL });
    expect(plan.article?.localName).toBe('article');
    const all = entityText(plan.article!, plan.paragraphs, new Set());
    expect(all.text).toContain('Ủy ban nhân dân thành phố Hà Nội');
    expect(all.text).not.toMatch(/Lan 0|đồng ý|cảm ơn/); // no comment text
    expect(all.read).toBe(all.total);
    const capped = entityText(plan.article!, plan.paragraphs, new Set(), 1000);
    expect(capped.read).toBeLessThanOrEqual(1000);
    expect(capped.read).toBe(capped.text.length);
    expect(capped.total).toBe(all.total);
    expect(all.text.startsWith(capped.text)).toBe(true);
  });

  it('the cleaner hands the recogniser at most ENTITY_TEXT_CAP characters and says when it read only the first part', () => {
    // 14 paragraphs of ~400 characters, repeated: an article longer than the cap
    const long = bigArticle(0).replace(/(<p class="body-text">[\s\S]*?<\/p>)/g, '$1'.repeat(5));
    const doc = load(long);
    cleaner = new PageCleaner(doc, learnedRules, () => {}, () => {}, FAST);
    cleaner.apply({ url: 'http://hostile.vnexpress.net/long', categories: ALL, showHidden: false });
    expect(cleaner.applied).toBe(true);
    let handed = '';
    cleaner.recognise((text) => {
      handed = text;
      return [];
    });
    expect(handed.length).toBeGreaterThan(ENTITY_TEXT_CAP / 2);
    expect(handed.length).toBeLessThanOrEqual(ENTITY_TEXT_CAP);
    expect(cleaner.entitiesCover).toBeDefined();
    expect(cleaner.entitiesCover!.read).toBe(handed.length);
    expect(cleaner.entitiesCover!.total).toBeGreaterThan(ENTITY_TEXT_CAP);
  });
});
