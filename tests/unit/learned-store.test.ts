import { describe, expect, it } from 'vitest';
import type { PageSignatures } from '../../src/core/reader-signatures';
import {
  evictions,
  exportLearned,
  forgetAll,
  forgetSite,
  INDEX_KEY,
  learningAllowed,
  learnPage,
  listLearned,
  readIndex,
  readSiteRules,
  siteKey,
  STORE_LIMITS,
  type LocalArea,
} from '../../src/shared/learned-store';
import schema from '../../src/rules/learned.schema.json';
import { type Schema, validate } from '../../tools/json-schema';

/** storage.local as the browsers behave: values are copied in and out. */
function fakeArea(): LocalArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

const page = (id: string, n: number): PageSignatures => ({
  pageId: id,
  signatures: [{ selector: 'div.more', kind: 'list', decision: 'kept', named: false, label: 'Tin khác', links: [`a${n}`, `b${n}`, `c${n}`] }],
  unsafe: [],
});

async function learnTwoPages(area: LocalArea, site: string, at: number): Promise<void> {
  await learnPage(area, site, page(`${site}-1`, 1), at);
  await learnPage(area, site, page(`${site}-2`, 2), at + 1);
}

describe('learned store (storage.local)', () => {
  it('stores per site and gives the rules back for that site only', async () => {
    const area = fakeArea();
    await learnTwoPages(area, 'a.vn', 1000);
    expect((await readSiteRules(area, 'a.vn')).map((r) => r.selector)).toEqual(['div.more']);
    expect(await readSiteRules(area, 'b.vn')).toEqual([]);
    const [listed] = await listLearned(area);
    expect(listed).toMatchObject({ site: 'a.vn', pagesSeen: 2, lastSeen: 1001 });
    expect(listed!.bytes).toBeGreaterThan(0);
  });

  it('keeps at most `sites` sites: the least recently used goes first', async () => {
    const area = fakeArea();
    const limits = { ...STORE_LIMITS, sites: 3 };
    for (const [i, site] of ['a.vn', 'b.vn', 'c.vn'].entries()) await learnPage(area, site, page(site, i), 100 * i, limits);
    await learnPage(area, 'a.vn', page('a.vn-again', 9), 1000, limits); // a.vn used again: b.vn is now the oldest
    await learnPage(area, 'd.vn', page('d.vn', 4), 2000, limits);
    expect(Object.keys(await readIndex(area)).sort()).toEqual(['a.vn', 'c.vn', 'd.vn']);
    expect(area.data.has(siteKey('b.vn'))).toBe(false);
  });

  it('keeps the total under `totalBytes`, dropping least recently used sites', async () => {
    const area = fakeArea();
    await learnTwoPages(area, 'a.vn', 0);
    const one = (await readIndex(area))['a.vn']!.bytes;
    const limits = { ...STORE_LIMITS, totalBytes: one * 2 + 10 };
    await learnTwoPages(area, 'b.vn', 10);
    await learnPage(area, 'c.vn', page('c.vn-1', 1), 20, limits);
    await learnPage(area, 'c.vn', page('c.vn-2', 2), 21, limits);
    const index = await readIndex(area);
    expect(Object.keys(index).sort()).toEqual(['b.vn', 'c.vn']);
    expect(Object.values(index).reduce((n, e) => n + e.bytes, 0)).toBeLessThanOrEqual(limits.totalBytes);
  });

  it('evictions: none while within bounds, never the site just written', () => {
    const index = { a: { bytes: 10, lastUsed: 1 }, b: { bytes: 10, lastUsed: 2 } };
    expect(evictions(index, 'b', { sites: 2, totalBytes: 100 })).toEqual([]);
    expect(evictions(index, 'a', { sites: 1, totalBytes: 100 })).toEqual(['b']);
  });

  it('"Quên trang này" forgets one site, "Quên tất cả" every learned key and nothing else', async () => {
    const area = fakeArea();
    await area.set({ 'tin-gon/settings': { keep: true } });
    await learnTwoPages(area, 'a.vn', 0);
    await learnTwoPages(area, 'b.vn', 10);
    await forgetSite(area, 'a.vn');
    expect(await readSiteRules(area, 'a.vn')).toEqual([]);
    expect((await listLearned(area)).map((s) => s.site)).toEqual(['b.vn']);
    await area.set({ [siteKey('orphan.vn')]: { version: 1 } }); // a record the index lost
    await forgetAll(area);
    expect([...area.data.keys()]).toEqual(['tin-gon/settings']);
    expect(await listLearned(area)).toEqual([]);
  });

  it('a corrupt stored value is ignored, never thrown or turned into CSS', async () => {
    const area = fakeArea();
    await area.set({ [INDEX_KEY]: 'nonsense', [siteKey('a.vn')]: { version: 1, site: 'a.vn', lastUsed: 1, pages: {}, sigs: [], rules: [{ kind: 'site-selector', selector: 'div}*{display:none', category: 'related' }] } });
    expect(await readSiteRules(area, 'a.vn')).toEqual([]);
    expect(await listLearned(area)).toEqual([]);
    await learnTwoPages(area, 'a.vn', 5);
    expect((await readSiteRules(area, 'a.vn')).map((r) => r.selector)).toEqual(['div.more']);
  });

  it('exports every site in the schema of learned.json', async () => {
    const area = fakeArea();
    await learnTwoPages(area, 'b.vn', 0);
    await learnTwoPages(area, 'a.vn', 10);
    const out = await exportLearned(area);
    expect(out.version).toBe(1);
    expect(out.corpus.sites).toEqual(['a.vn', 'b.vn']);
    expect(out.rules.map((r) => r.id)).toEqual(['reader:a.vn:div.more', 'reader:b.vn:div.more']);
    expect(validate(schema as Schema, JSON.parse(JSON.stringify(out)))).toEqual([]);
  });

  it('learns nothing in a private window', () => {
    expect(learningAllowed({ incognito: true })).toBe(false);
    expect(learningAllowed({ incognito: false })).toBe(true);
  });
});
