// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseSource } from '../../src/offline/fixtures';

/** storage.sync / storage.local / extension.inIncognitoContext: what the content script's learning touches. */
const fake = vi.hoisted(() => {
  const state = { sync: {} as Record<string, unknown>, local: new Map<string, unknown>(), incognito: false as boolean | 'throws', writes: 0 };
  const area = (data: () => Map<string, unknown>, onWrite: () => void) => ({
    get: async (keys: string | string[] | null) => {
      const list = keys === null ? [...data().keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data().has(k)) out[k] = structuredClone(data().get(k));
      return out;
    },
    set: async (items: Record<string, unknown>) => {
      onWrite();
      for (const [k, v] of Object.entries(items)) data().set(k, structuredClone(v));
    },
    remove: async (keys: string | string[]) => {
      onWrite();
      for (const k of Array.isArray(keys) ? keys : [keys]) data().delete(k);
    },
  });
  const browser = {
    runtime: { id: 'test', sendMessage: async (_message: unknown): Promise<unknown> => undefined },
    i18n: { getMessage: () => '' },
    extension: {
      get inIncognitoContext(): boolean {
        if (state.incognito === 'throws') throw new Error('no context');
        return state.incognito;
      },
    },
    storage: {
      sync: area(() => new Map(Object.entries(state.sync)), () => {}),
      local: area(() => state.local, () => state.writes++),
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  };
  return { state, browser };
});
vi.mock('../../src/shared/browser', () => ({ browser: fake.browser }));

const { learnFromPage: learnWith, loadReaderRules } = await import('../../src/content/learning');
const { learnPage } = await import('../../src/content/learn-page');
const learnFromPage = (page: Parameters<typeof learnPage>[1]) => learnWith(learnPage, page);
const { ContentSession } = await import('../../src/content/session');
const { learnedRules } = await import('../../src/rules');
const { planDeclutter } = await import('../../src/core/declutter');
const { siteKey } = await import('../../src/shared/learned-store');
const { HIDE_ATTR, KEEP_ATTR, STYLE_ID } = await import('../../src/core/marks');

const URL_ = 'https://vnexpress.net/e2e-bai-viet.html';
const HTML = caseSource('vnexpress.net__e2e-bai-viet');
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(HTML, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  fake.state.local.clear();
  fake.state.writes = 0;
  fake.state.incognito = false;
  fake.browser.runtime.sendMessage = async () => undefined;
});

function cleanedPage() {
  const plan = planDeclutter(document, learnedRules, { url: URL_ });
  return { doc: document, url: URL_, article: plan.article, items: plan.items, keep: plan.keep, readerRules: [] };
}

describe('content script learning', () => {
  it('stores what a cleaned page teaches, in storage.local', async () => {
    expect(await learnFromPage(cleanedPage())).toBe(true);
    expect(fake.state.local.has(siteKey('vnexpress.net'))).toBe(true);
  });

  it('learns nothing in a private window, and writes nothing', async () => {
    fake.state.incognito = true;
    expect(await learnFromPage(cleanedPage())).toBe(false);
    expect(fake.state.writes).toBe(0);
    expect(fake.state.local.size).toBe(0);
  });

  it('learns nothing when it cannot tell whether the window is private', async () => {
    fake.state.incognito = 'throws';
    expect(await learnFromPage(cleanedPage())).toBe(false);
    expect(fake.state.writes).toBe(0);
  });
});

describe('content session with rules learned on this device', () => {
  let life: AbortController | undefined;
  afterEach(() => life?.abort());

  it('puts their CSS in the early stylesheet and plans them (after the engine), guarded', async () => {
    // a box next to the article the shipped rules know nothing about, learned earlier on this device
    const box = document.createElement('div');
    box.className = 'box-learned';
    box.innerHTML = '<a href="/a-1.html">Một</a> <a href="/b-1.html">Hai</a> <a href="/c-1.html">Ba</a>';
    document.body.appendChild(box);
    const rule = { id: 'reader:vnexpress.net:div.box-learned', kind: 'site-selector', site: 'vnexpress.net', selector: 'div.box-learned', label: '', category: 'related', evidence: { pages: ['p1', 'p2'], sites: ['vnexpress.net'], count: 2, source: 'reader' } };
    fake.state.local.set(siteKey('vnexpress.net'), { version: 1, site: 'vnexpress.net', pages: {}, sigs: [], rules: [rule], lastUsed: 1 });
    life = new AbortController();
    const session = new ContentSession(document, URL_, learnedRules, life.signal, () => life?.abort());
    await tick(20);
    // the site part of the one stylesheet (core/marks.ts): the learned selector, sparing what the guard keeps
    expect(document.getElementById(STYLE_ID)?.textContent).toContain(`div.box-learned:not([${KEEP_ATTR}])`);
    const stats = (await session.handle({ type: 'tin-gon/stats' })) as { hidden: { label: string; category: string }[] };
    expect(box.getAttribute(HIDE_ATTR)).toBe('related');
    expect(stats.hidden.some((x) => x.category === 'related')).toBe(true);
    life.abort();
    expect(document.getElementById(STYLE_ID)).toBeNull();
    expect(box.hasAttribute(HIDE_ATTR)).toBe(false);
  });
});

describe('the learned rules at document_start: the background\'s memory raced with storage.local', () => {
  const rule = (selector: string) => ({ id: `reader:tuoitre.vn:${selector}`, kind: 'site-selector', site: 'tuoitre.vn', selector, label: '', category: 'related' });
  const stored = (selectors: string[]) =>
    fake.state.local.set(siteKey('tuoitre.vn'), { version: 1, site: 'tuoitre.vn', pages: {}, sigs: [], rules: selectors.map(rule), lastUsed: 1 });
  const selectorsOf = async (p: Promise<{ selector: string }[]>) => (await p).map((r) => r.selector);

  it('takes the background\'s answer when it comes first; storage still answers for the last word', async () => {
    stored(['div.from-storage']);
    const asked: unknown[] = [];
    fake.browser.runtime.sendMessage = async (message: unknown) => {
      asked.push(message);
      return [rule('div.from-memory')];
    };
    const load = loadReaderRules('www.tuoitre.vn');
    expect(asked).toEqual([{ type: 'tin-gon/learned-rules' }]); // sent at once, the site is the sender's
    expect(await selectorsOf(load.first)).toEqual(['div.from-memory']);
    expect(await selectorsOf(load.stored)).toEqual(['div.from-storage']);
  });

  it('takes storage\'s answer when the background is slower, fails or answers with anything but rules', async () => {
    stored(['div.from-storage']);
    fake.browser.runtime.sendMessage = () => new Promise((r) => setTimeout(() => r([rule('div.late')]), 30));
    expect(await selectorsOf(loadReaderRules('tuoitre.vn').first)).toEqual(['div.from-storage']);
    fake.browser.runtime.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await selectorsOf(loadReaderRules('tuoitre.vn').first)).toEqual(['div.from-storage']);
    fake.browser.runtime.sendMessage = async () => ({ ok: false });
    expect(await selectorsOf(loadReaderRules('tuoitre.vn').first)).toEqual(['div.from-storage']);
  });

  it('checks each rule the background sends again: only safe selectors of known categories reach the CSS', async () => {
    fake.browser.runtime.sendMessage = async () => [rule('div.ok'), rule('div{}body'), { ...rule('div.cat'), category: 'ads' }, null, 'div.x'];
    expect(await selectorsOf(loadReaderRules('tuoitre.vn').first)).toEqual(['div.ok']);
  });
});
