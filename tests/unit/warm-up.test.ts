// @vitest-environment jsdom
/**
 * The document_start warm-up (src/content/warm-up.ts, issue 10: the first clean's fixed cost paid before
 * DOMContentLoaded). What it must do: run the passes the page's clean runs (its page hides something and
 * finds the article), leave the reader's page alone, and end restored.
 */
import { describe, expect, it } from 'vitest';
import { PageCleaner } from '../../src/content/cleaner';
import { warmUp, WARM_PAGE } from '../../src/content/warm-up';
import { HIDE_ATTR } from '../../src/core/marks';
import { CATEGORIES } from '../../src/core/types';
import { learnedRules } from '../../src/rules';
import type { Timers } from '../../src/content/slices';

const URL_ = 'https://vnexpress.net/ha-noi-mo-rong-pho-di-bo.html';

/** A fake clock: every read moves it 1 ms; timers run when `run` is called, in order. */
function fakeTimers(): Timers & { run(): number } {
  let t = 0;
  const queue: (() => void)[] = [];
  return {
    now: () => (t += 1),
    setTimeout: (fn) => queue.push(fn),
    clearTimeout: () => {},
    run() {
      let n = 0;
      for (let fn = queue.shift(); fn; fn = queue.shift()) {
        fn();
        n++;
      }
      return n;
    },
  };
}

describe('warm-up at document_start', () => {
  it('its page is cleaned as an article: the related list and the follow-us line are hidden', () => {
    const doc = new DOMParser().parseFromString(WARM_PAGE, 'text/html');
    const cleaner = new PageCleaner(doc, learnedRules, () => {}, (where, error) => {
      throw error;
    });
    cleaner.apply({ url: URL_, categories: new Set(CATEGORIES), showHidden: false });
    expect(cleaner.skipped).toBe(false);
    expect(cleaner.article?.querySelector('h1')).not.toBeNull();
    const hidden = cleaner.items.map((i) => i.element.textContent ?? '');
    expect(hidden.some((t) => t.includes('Tin liên quan'))).toBe(true);
    expect(hidden.some((t) => t.includes('Google News'))).toBe(true);
    cleaner.restore();
  });

  it('runs in slices, never touches the reader page, and ends restored', () => {
    document.documentElement.innerHTML = '<head><title>x</title></head><body><article><h1>Tiêu đề</h1><p>Đoạn văn của bài.</p></article></body>';
    const before = document.documentElement.outerHTML;
    const records: MutationRecord[] = [];
    const watch = new MutationObserver((r) => records.push(...r));
    watch.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const timers = fakeTimers();
    const cleaner = warmUp(learnedRules, URL_, { budgetMs: 8, timers });
    expect(cleaner.cleaning).toBe(true); // more than one slice: the rest comes in later tasks
    expect(timers.run()).toBeGreaterThan(0);
    expect(cleaner.cleaning).toBe(false);
    expect(cleaner.applied).toBe(false);
    records.push(...watch.takeRecords());
    watch.disconnect();
    expect(records).toHaveLength(0);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector(`[${HIDE_ATTR}]`)).toBeNull();
  });
});
