import { describe, expect, it } from 'vitest';
import { learnedRulesFor, learnedStorageChanged } from '../../src/background/learned-cache';
import { INDEX_KEY, siteKey, type LocalArea } from '../../src/shared/learned-store';

/** storage.local with a read counter */
function area(values: Record<string, unknown>): LocalArea & { reads: number } {
  const a = {
    reads: 0,
    get: async (keys: string | string[] | null) => {
      a.reads++;
      const list = keys === null ? Object.keys(values) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in values).map((k) => [k, structuredClone(values[k])]));
    },
    set: async () => {},
    remove: async () => {},
  };
  return a as unknown as LocalArea & { reads: number };
}

const record = (site: string, selectors: string[]) => ({
  version: 1, site, pages: {}, sigs: [], lastUsed: 1,
  rules: selectors.map((selector) => ({ id: `reader:${site}:${selector}`, kind: 'site-selector', site, selector, label: '', category: 'related' })),
});
const selectors = async (p: Promise<{ selector: string }[]>) => (await p).map((r) => r.selector);

describe('background: learned rules in memory for the content script at document_start', () => {
  it('reads a site once, answers from memory after, by the site of the url', async () => {
    learnedStorageChanged({ [INDEX_KEY]: {} }, 'local');
    const local = area({ [siteKey('tuoitre.vn')]: record('tuoitre.vn', ['div.box-a']), [siteKey('znews.vn')]: record('znews.vn', ['div.box-z']) });
    expect(await selectors(learnedRulesFor('https://tuoitre.vn/a.htm', local))).toEqual(['div.box-a']);
    expect(await selectors(learnedRulesFor('https://www.tuoitre.vn/b.htm?x=1', local))).toEqual(['div.box-a']);
    expect(local.reads).toBe(1);
    expect(await selectors(learnedRulesFor('https://znews.vn/c.html', local))).toEqual(['div.box-z']);
    expect(await learnedRulesFor('not a url', local)).toEqual([]);
    expect(await learnedRulesFor('https://unknown.example/', local)).toEqual([]);
  });

  it('forgets everything when a learned key changes (learning, "Quên trang này", "Quên tất cả"), not on other keys', async () => {
    learnedStorageChanged({ [INDEX_KEY]: {} }, 'local');
    const values: Record<string, unknown> = { [siteKey('tuoitre.vn')]: record('tuoitre.vn', ['div.box-a']) };
    const local = area(values);
    expect(await selectors(learnedRulesFor('https://tuoitre.vn/a.htm', local))).toEqual(['div.box-a']);
    delete values[siteKey('tuoitre.vn')];
    learnedStorageChanged({ ready: {} }, 'local');
    learnedStorageChanged({ [siteKey('tuoitre.vn')]: {} }, 'sync');
    expect(await selectors(learnedRulesFor('https://tuoitre.vn/a.htm', local))).toEqual(['div.box-a']);
    learnedStorageChanged({ [siteKey('tuoitre.vn')]: { oldValue: {} } }, 'local');
    expect(await learnedRulesFor('https://tuoitre.vn/a.htm', local)).toEqual([]);
  });

  it('a failed read answers [] and is not kept', async () => {
    learnedStorageChanged({ [INDEX_KEY]: {} }, 'local');
    let fail = true;
    const local = area({ [siteKey('tuoitre.vn')]: record('tuoitre.vn', ['div.box-a']) });
    const get = local.get.bind(local);
    local.get = (async (k: string) => {
      if (fail) throw new Error('storage gone');
      return get(k);
    }) as LocalArea['get'];
    expect(await learnedRulesFor('https://tuoitre.vn/a.htm', local)).toEqual([]);
    fail = false;
    expect(await selectors(learnedRulesFor('https://tuoitre.vn/a.htm', local))).toEqual(['div.box-a']);
  });
});
