import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { dropSnapshot, MAX_SNAPSHOT_CHARS, snapshotKey, snapshotOf, storeSnapshot, type SessionArea } from '../../src/background/stats-snapshots';
import { senderRole } from '../../src/background/sender';
import type { StatsReply } from '../../src/shared/messages';

const ORIGIN = 'chrome-extension://ext-id/';
const ID = 'ext-id';
const PAGE = 'https://vnexpress.net/bai-a.html';

/** storage.session as a Map */
function session(): SessionArea & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: async (key: string) => (values.has(key) ? { [key]: structuredClone(values.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) values.set(k, structuredClone(v));
    },
    remove: async (key: string) => void values.delete(key),
  };
}

const stats = (patch: Partial<StatsReply> = {}): StatsReply => ({
  url: PAGE,
  enabled: true,
  hidden: [{ category: 'related', label: 'Tin liên quan', count: 3 }],
  timings: { declutterMs: 4, entitiesMs: 0 },
  entities: [],
  panelOpen: false,
  partial: true,
  ...patch,
});

/** our content script in tab `tab` (top frame unless `frameId`), on `url` */
const content = (tab: number, url = PAGE, frameId = 0) => ({ id: ID, url, tab: { id: tab, url }, frameId }) as unknown as Runtime.MessageSender;
const popup = { id: ID, url: `${ORIGIN}popup.html` } as Runtime.MessageSender;
const role = (sender: Runtime.MessageSender) => senderRole(sender, ORIGIN, ID);

/** what the browser says each tab shows */
function tabs(urls: Record<number, string | undefined>) {
  return async (id: number) => urls[id];
}

const push = (area: SessionArea, sender: Runtime.MessageSender, message: { stats?: unknown; tabId?: unknown }) => storeSnapshot(message, sender, role(sender), area);
const read = (area: SessionArea, tabId: unknown, urls: Record<number, string | undefined>, sender: Runtime.MessageSender = popup) =>
  snapshotOf({ tabId }, role(sender), area, tabs(urls));

describe('background: the last stats snapshot per tab, for the popup', () => {
  it("keeps our content script's snapshot for its tab, and gives it to our pages while the tab shows that page", async () => {
    const area = session();
    expect(await push(area, content(4), { stats: stats() })).toBe(true);
    expect(await read(area, 4, { 4: PAGE })).toEqual(stats());
    // a jump to an anchor is the same page
    expect(await read(area, 4, { 4: `${PAGE}#comments` })).toEqual(stats());
    // the next push replaces it
    await push(area, content(4), { stats: stats({ partial: undefined, hidden: [] }) });
    expect((await read(area, 4, { 4: PAGE }))?.partial).toBeUndefined();
    // other tabs have none
    expect(await read(area, 5, { 4: PAGE, 5: PAGE })).toBeNull();
  });

  it('navigation: a tab that shows another page gets none; the new page’s first push is its snapshot', async () => {
    const area = session();
    await push(area, content(4), { stats: stats() });
    const next = 'https://vnexpress.net/bai-b.html';
    expect(await read(area, 4, { 4: next })).toBeNull();
    // a page where no content script of ours runs (or whose URL is not ours to see): none either
    expect(await read(area, 4, { 4: 'https://example.com/' })).toBeNull();
    expect(await read(area, 4, { 4: undefined })).toBeNull();
    // back on the page: still the one it was of (the back/forward cache shows that same document)
    expect(await read(area, 4, { 4: PAGE })).toEqual(stats());
    await push(area, content(4, next), { stats: stats({ url: next }) });
    expect(await read(area, 4, { 4: next })).toEqual(stats({ url: next }));
    expect(await read(area, 4, { 4: PAGE })).toBeNull();
  });

  it('tab closed: dropped', async () => {
    const area = session();
    await push(area, content(4), { stats: stats() });
    await dropSnapshot(4, area);
    expect(area.values.has(snapshotKey(4))).toBe(false);
    expect(await read(area, 4, { 4: PAGE })).toBeNull();
  });

  it('refuses a snapshot claiming another tab or another page, from a subframe, or from anyone but our content script', async () => {
    const area = session();
    // another tab named in the message: refused (the tab is the sender's, never the message's)
    expect(await push(area, content(4), { stats: stats(), tabId: 5 })).toBe(false);
    // a page other than the one the browser says the sender runs in
    expect(await push(area, content(4), { stats: stats({ url: 'https://vnexpress.net/khac.html' }) })).toBe(false);
    expect(await push(area, content(4, 'https://evil.example/'), { stats: stats() })).toBe(false);
    // a frame inside the page (a compromised ad frame's renderer): only the top frame's content script pushes
    expect(await push(area, content(4, PAGE, 3), { stats: stats() })).toBe(false);
    // another extension; a sender with no tab; our own page
    expect(await push(area, { ...content(4), id: 'other-ext' } as Runtime.MessageSender, { stats: stats() })).toBe(false);
    expect(await push(area, { id: ID, url: PAGE, frameId: 0 } as Runtime.MessageSender, { stats: stats() })).toBe(false);
    expect(await push(area, popup, { stats: stats() })).toBe(false);
    expect(area.values.size).toBe(0);
    // its own tab named: fine
    expect(await push(area, content(4), { stats: stats(), tabId: 4 })).toBe(true);
  });

  it('refuses what is not a stats reply, and one too large to be a compact snapshot', async () => {
    const area = session();
    for (const bad of [null, 'x', { url: PAGE }, { ...stats(), hidden: 'many' }, { ...stats(), enabled: 'yes' }]) {
      expect(await push(area, content(4), { stats: bad })).toBe(false);
    }
    const huge = stats({ entities: [{ type: 'PERSON', name: 'x'.repeat(MAX_SNAPSHOT_CHARS), aliases: [], count: 1, firstSentence: '', mentions: [] }] });
    expect(await push(area, content(4), { stats: huge })).toBe(false);
    expect(area.values.size).toBe(0);
  });

  it('only our own pages read it: a content script (or anyone else) gets none, also for its own tab', async () => {
    const area = session();
    await push(area, content(4), { stats: stats() });
    expect(await read(area, 4, { 4: PAGE }, content(4))).toBeNull();
    expect(await read(area, 4, { 4: PAGE }, { ...popup, id: 'other-ext' } as Runtime.MessageSender)).toBeNull();
    expect(await read(area, '4', { 4: PAGE })).toBeNull();
    expect(await read(area, -1, { 4: PAGE })).toBeNull();
  });
});
