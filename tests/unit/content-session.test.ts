// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseSource } from '../../src/offline/fixtures';

/**
 * storage.sync + onChanged, runtime.sendMessage (badge; load-entities, answered like the background
 * does: entities.js lands in the content script's global scope), i18n: what a content script touches.
 */
const fake = vi.hoisted(() => {
  type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
  const state = { sync: {} as Record<string, unknown>, listeners: new Set<Listener>(), sent: [] as unknown[], inject: true, replyDelayMs: 0, hangMs: 0 };
  const browser = {
    runtime: {
      id: 'test',
      getURL: (path: string) => `chrome-extension://test/${path}`,
      sendMessage: async (m: unknown) => {
        state.sent.push(m);
        if ((m as { type?: string }).type === 'tin-gon/save-choice') {
          // answered by the real background handler, as from our content script in tab 1
          const { handleMessage } = await import('../../src/background/router');
          return handleMessage(m as never, { id: 'test', url: 'https://vnexpress.net/e2e-bai-viet.html', tab: { id: 1 } } as never);
        }
        if ((m as { type?: string }).type !== 'tin-gon/load-entities') return undefined;
        // a background slow to inject (busy machine, huge page)
        if (state.hangMs) await new Promise((r) => setTimeout(r, state.hangMs));
        if (!state.inject) return { ok: false, error: 'Missing host permission for the tab' };
        const [{ ENTITY_BUNDLE }, { registerEntityBundle }] = await Promise.all([import('../../src/content/entities-entry'), import('../../src/content/entity-bundle')]);
        registerEntityBundle(ENTITY_BUNDLE);
        // the reply reaches the content script a little after the injected file ran
        if (state.replyDelayMs) await new Promise((r) => setTimeout(r, state.replyDelayMs));
        return { ok: true };
      },
    },
    i18n: { getMessage: () => '' },
    storage: {
      sync: {
        get: async (keys: string | string[]) =>
          Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in state.sync).map((k) => [k, structuredClone(state.sync[k])])),
        set: async (items: Record<string, unknown>) => {
          const changes: Record<string, { newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(items)) {
            state.sync[k] = structuredClone(v);
            changes[k] = { newValue: structuredClone(v) };
          }
          for (const l of state.listeners) l(changes, 'sync');
        },
      },
      onChanged: { addListener: (l: Listener) => state.listeners.add(l), removeListener: (l: Listener) => state.listeners.delete(l) },
    },
  };
  return { state, browser };
});
vi.mock('../../src/shared/browser', () => ({ browser: fake.browser }));

const { ContentSession } = await import('../../src/content/session');
const { learnedRules } = await import('../../src/rules');
const { defaultSettings, SETTINGS_KEY } = await import('../../src/shared/settings');
import type { StatsReply } from '../../src/shared/messages';

const URL_ = 'https://vnexpress.net/e2e-bai-viet.html';
const HTML = caseSource('vnexpress.net__e2e-bai-viet');
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

let life: AbortController;
let session: InstanceType<typeof ContentSession>;
let before: string;
const askOnce = (message: unknown) => session.handle(message) as Promise<StatsReply>;
/** The full reply: a stats reply sent at its deadline (partial, the machine busy) is asked again. */
const ask = async (message: unknown): Promise<StatsReply> => {
  for (;;) {
    const reply = await askOnce(message);
    if (!reply?.partial) return reply;
  }
};
const { settingsFromItems } = await import('../../src/shared/settings-items');
const settings = () => settingsFromItems(fake.state.sync);
const marks = () => document.querySelectorAll('[data-tin-gon-hide]').length;

function start(): void {
  life = new AbortController();
  session = new ContentSession(document, URL_, learnedRules, life.signal, () => life.abort());
}

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(HTML, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  before = document.documentElement.outerHTML;
  fake.state.sync = {};
  fake.state.listeners.clear();
  fake.state.sent = [];
  fake.state.inject = true;
  fake.state.replyDelayMs = 0;
  fake.state.hangMs = 0;
  delete (globalThis as Record<string, unknown>).__tinGonEntities; // a fresh page has no entities.js
});
const loads = () => fake.state.sent.filter((m) => (m as { type: string }).type === 'tin-gon/load-entities').length;
afterEach(() => life?.abort());

describe('ContentSession', () => {
  it('cleans with default settings, reports stats and the badge', async () => {
    start();
    const s = await ask({ type: 'tin-gon/stats' });
    expect(s).toMatchObject({ url: URL_, enabled: true, panelOpen: false });
    expect(s.hidden).toHaveLength(2);
    expect(marks()).toBe(2);
    await tick(80);
    expect(fake.state.sent).toContainEqual({ type: 'tin-gon/badge', count: 2 });
    expect(session.handle({ type: 'tin-gon/badge', count: 1 })).toBeUndefined(); // not for content scripts
    expect(session.handle('nonsense')).toBeUndefined();
  });

  it('cleans first, then has entities.js injected once, and reports its entities', async () => {
    start();
    const s = await ask({ type: 'tin-gon/stats' });
    expect(s.entities.length).toBeGreaterThan(0);
    expect(s.entities.map((e) => e.type)).toContain('PERSON');
    expect(s.timings.entitiesMs).toBeGreaterThanOrEqual(0);
    expect(loads()).toBe(1);
    expect(document.querySelectorAll('tin-gon-panel')).toHaveLength(1); // the floating button
    await ask({ type: 'tin-gon/stats' });
    await tick(20);
    expect(loads()).toBe(1);
  });

  it('answers stats within its deadline while entities.js is still on its way: what is known, flagged partial', async () => {
    fake.state.hangMs = 3_000;
    start();
    const { STATS_DEADLINE_MS } = await import('../../src/content/session');
    expect(STATS_DEADLINE_MS).toBeLessThan(1000);
    const first = await askOnce({ type: 'tin-gon/stats' });
    expect(first.partial).toBe(true);
    expect(first.hidden).toHaveLength(2); // the clean is done and counted
    expect(first.entities).toEqual([]);
  });

  it('counts the stats deadline from when the request was sent: one delivered late (the page was busy) is answered at once', async () => {
    fake.state.hangMs = 3_000;
    start();
    const { STATS_DEADLINE_MS } = await import('../../src/content/session');
    const { statsRequest } = await import('../../src/shared/messages');
    // sent STATS_DEADLINE_MS ago: the page's own work held the message that long before the content script saw it
    const request = { ...statsRequest(), sentAt: Date.now() - STATS_DEADLINE_MS };
    // (timers fire in the order they are due: a reply waiting for a deadline of its own loses to this one)
    const late = tick(STATS_DEADLINE_MS / 2).then(() => 'waited for a deadline of its own');
    const first = await Promise.race([askOnce(request), late]);
    expect(first).toMatchObject({ partial: true, entities: [] });
    // sent just now: the whole deadline, as without a stamp
    const fresh = await Promise.race([askOnce(statsRequest()), tick(STATS_DEADLINE_MS / 2).then(() => 'waited')]);
    expect(fresh).toBe('waited');
  });

  it('a hidden page (a background tab, its timers throttled for seconds) is cleaned, gets entities and answers stats without waiting on a timer', async () => {
    // Firefox ESR 140: a page the popup asked from another tab waited 2–3.7 s per stats reply, its slices and its
    // 400 ms deadline each behind a throttled timer. Modelled here: hidden, and no timer ever fires.
    const realSetTimeout = globalThis.setTimeout;
    const guard = (what: string) => new Promise<string>((r) => realSetTimeout(() => r(`${what}: waited on a timer`), 2_000));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      start();
      const first = await Promise.race([askOnce({ type: 'tin-gon/stats' }), guard('the first reply')]);
      expect(first).toMatchObject({ url: URL_, enabled: true });
      let reply = first as StatsReply;
      for (let i = 0; i < 50 && reply.partial; i++) {
        const next = await Promise.race([askOnce({ type: 'tin-gon/stats' }), guard('a later reply')]);
        expect(typeof next).toBe('object');
        reply = next as StatsReply;
      }
      expect(reply.partial).toBeUndefined();
      expect(reply.hidden).toHaveLength(2);
      expect(reply.entities.length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
  });

  it('a request that comes after entities.js ran but before the background replied still gets entities', async () => {
    fake.state.replyDelayMs = 300;
    start();
    const first = ask({ type: 'tin-gon/stats' });
    for (let i = 0; i < 100 && !(globalThis as Record<string, unknown>).__tinGonEntities; i++) await tick(5);
    expect((await ask({ type: 'tin-gon/stats' })).entities.length).toBeGreaterThan(0);
    expect((await first).entities.length).toBeGreaterThan(0);
  });

  it('a newer instance on the same page finds entities.js already there and asks for nothing', async () => {
    start();
    await ask({ type: 'tin-gon/stats' });
    expect(loads()).toBe(1);
    life.abort();
    start();
    expect((await ask({ type: 'tin-gon/stats' })).entities.length).toBeGreaterThan(0);
    expect(loads()).toBe(1);
  });

  it('when entities.js cannot be injected the page is still cleaned, and stats say so without entities', async () => {
    fake.state.inject = false;
    start();
    const s = await ask({ type: 'tin-gon/stats' });
    expect(s).toMatchObject({ enabled: true, entities: [] });
    expect(s.hidden).toHaveLength(2);
    expect(marks()).toBe(2);
    expect(document.querySelectorAll('tin-gon-panel')).toHaveLength(0);
    // the next request tries again
    fake.state.inject = true;
  fake.state.replyDelayMs = 0;
    expect((await ask({ type: 'tin-gon/stats' })).entities.length).toBeGreaterThan(0);
  });

  it('asks for nothing on a page it does not clean', async () => {
    fake.state.sync[SETTINGS_KEY] = { ...defaultSettings(), enabled: false };
    start();
    expect(await ask({ type: 'tin-gon/stats' })).toMatchObject({ enabled: false, entities: [] });
    await tick(20);
    expect(loads()).toBe(0);
  });

  it('set-enabled: instant, exact, and saved the way the popup saves it', async () => {
    fake.state.sync[SETTINGS_KEY] = { ...defaultSettings(), enabled: false };
    start();
    expect(await ask({ type: 'tin-gon/stats' })).toMatchObject({ enabled: false, reason: 'global-disabled' });
    expect(document.documentElement.outerHTML).toBe(before);
    const on = await ask({ type: 'tin-gon/set-enabled', enabled: true });
    expect(on.enabled).toBe(true);
    expect(marks()).toBe(2);
    expect(settings()).toMatchObject({ enabled: true, disabledSites: [] });
    const off = await ask({ type: 'tin-gon/set-enabled', enabled: false });
    expect(off).toMatchObject({ enabled: false, reason: 'site-disabled', hidden: [] });
    expect(settings().disabledSites).toEqual(['vnexpress.net']);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('follows settings changed elsewhere, live', async () => {
    start();
    await ask({ type: 'tin-gon/stats' });
    // (the listener re-reads every settings item, so the page follows a tick later)
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), enabled: false } });
    await tick();
    expect(document.documentElement.outerHTML).toBe(before);
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), categories: { ...defaultSettings().categories, trending: false } } });
    await tick();
    expect((await ask({ type: 'tin-gon/stats' })).hidden.map((h) => h.category)).toEqual(['related']);
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: 'corrupt' });
    await tick();
    // the clean runs in slices (PLAN_SLICES): the full stats reply waits for it
    await ask({ type: 'tin-gon/stats' });
    expect(marks()).toBe(2);
  });

  it('opens and closes the panel on request, and remembers the choice', async () => {
    start();
    expect(await ask({ type: 'tin-gon/panel', open: true })).toMatchObject({ panelOpen: true });
    expect(document.querySelectorAll('tin-gon-panel')).toHaveLength(1);
    expect(settings().panel.open).toBe(true);
    expect(await ask({ type: 'tin-gon/panel', open: false })).toMatchObject({ panelOpen: false });
    expect(settings().panel.open).toBe(false);
  });

  it('the last panel choice is the one saved, even when it puts back the stored value while another choice is pending', async () => {
    start();
    await ask({ type: 'tin-gon/panel', open: true });
    await tick(20); // the change event has reached the session: it knows `open` is stored
    expect(settings().panel.open).toBe(true);
    // close, then open again within one save batch: the second choice matches what is stored, but the
    // pending close must not be what lands
    const closing = ask({ type: 'tin-gon/panel', open: false });
    const opening = ask({ type: 'tin-gon/panel', open: true });
    expect(await opening).toMatchObject({ panelOpen: true });
    await closing;
    await tick(500);
    expect(settings().panel.open).toBe(true);
  });

  it('a panel choice leaves the page at once (to the background): ending the page right after loses nothing', async () => {
    start();
    await ask({ type: 'tin-gon/panel', open: true });
    await tick(20);
    const closing = ask({ type: 'tin-gon/panel', open: false });
    await tick(0);
    expect(fake.state.sent).toContainEqual({ type: 'tin-gon/save-choice', panelOpen: false });
    // the page goes away (tab closed): nothing of the choice was left in it
    window.dispatchEvent(new Event('pagehide'));
    life.abort();
    await closing;
    expect(settings().panel.open).toBe(false);
  });

  it('pushes a stats snapshot to the background: at once (loading), then cleaned with its entities, compact', async () => {
    const snapshots = () => fake.state.sent.filter((m) => (m as { type: string }).type === 'tin-gon/stats-snapshot').map((m) => (m as { stats: StatsReply }).stats);
    start();
    await Promise.resolve();
    // document_start: this page, still to be cleaned
    expect(snapshots()).toEqual([expect.objectContaining({ url: URL_, enabled: true, hidden: [], partial: true })]);
    const full = await ask({ type: 'tin-gon/stats' });
    expect(full.entities.length).toBeGreaterThan(0);
    // the last one says what the live reply says, without the mentions (the push after the entities may wait for
    // the end of its throttle window)
    for (let i = 0; i < 40 && snapshots().at(-1)?.partial; i++) await tick(50);
    const last = snapshots().at(-1)!;
    expect(last.partial).toBeUndefined();
    expect(last.hidden).toEqual(full.hidden);
    expect(last.entities.map((e) => [e.type, e.name, e.count])).toEqual(full.entities.map((e) => [e.type, e.name, e.count]));
    expect(last.entities.every((e) => e.mentions.length === 0)).toBe(true);
    // a toggle is pushed too; nothing after teardown
    const before = snapshots().length;
    await session.handle({ type: 'tin-gon/set-enabled', enabled: false });
    for (let i = 0; i < 40 && snapshots().at(-1)?.enabled !== false; i++) await tick(50);
    expect(snapshots().at(-1)).toMatchObject({ enabled: false, hidden: [] });
    expect(snapshots().length).toBeGreaterThan(before);
    life.abort();
    const after = snapshots().length;
    await tick(1100);
    expect(snapshots().length).toBe(after);
  });

  it('teardown (newer instance, dead context) leaves the page as it was and stops listening', async () => {
    start();
    await ask({ type: 'tin-gon/stats' });
    expect(marks()).toBe(2);
    life.abort();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(fake.state.listeners.size).toBe(0);
  });
});
