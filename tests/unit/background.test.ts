import { beforeEach, describe, expect, it, vi } from 'vitest';

/** An in-memory stand-in for the parts of `browser.*` the background uses. */
const fake = vi.hoisted(() => {
  type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
  const state = {
    sync: {} as Record<string, unknown>,
    local: {} as Record<string, unknown>,
    session: {} as Record<string, unknown>,
    granted: new Set<string>(),
    scripts: [] as { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean }[],
    injected: [] as number[],
    executed: [] as { target: { tabId: number; frameIds?: number[] }; files: string[] }[],
    executeError: null as string | null,
    badges: new Map<number, string>(),
    tabs: [] as { id: number; url?: string; active?: boolean }[],
    tabReplies: new Map<number, unknown>(),
    listeners: [] as Listener[],
    /** the next storage.sync.set throws this (a quota error) */
    syncError: null as string | null,
  };
  const area = (name: 'sync' | 'local' | 'session') => ({
    get: async (keys: string | string[]) =>
      Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in state[name]).map((k) => [k, structuredClone(state[name][k])])),
    set: async (items: Record<string, unknown>) => {
      if (name === 'sync' && state.syncError) {
        const message = state.syncError;
        state.syncError = null;
        throw new Error(message);
      }
      const changes: Record<string, { newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        state[name][k] = structuredClone(v);
        changes[k] = { newValue: structuredClone(v) };
      }
      for (const l of state.listeners) l(changes, name);
    },
    remove: async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete state[name][k];
    },
  });
  const browser = {
    storage: { sync: area('sync'), local: area('local'), session: area('session'), onChanged: { addListener: (l: Listener) => state.listeners.push(l), removeListener: () => {} } },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.has(o)),
      remove: async ({ origins }: { origins: string[] }) => {
        for (const o of origins) state.granted.delete(o);
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => structuredClone(state.scripts),
      registerContentScripts: async (scripts: typeof state.scripts) => {
        for (const s of scripts) {
          if (state.scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          state.scripts.push(structuredClone(s));
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.scripts = state.scripts.filter((s) => !ids.includes(s.id));
      },
      executeScript: async (details: { target: { tabId: number; frameIds?: number[] }; files: string[] }) => {
        if (state.executeError) throw new Error(state.executeError);
        state.injected.push(details.target.tabId);
        state.executed.push(structuredClone(details));
        return [];
      },
    },
    tabs: {
      query: async (q: { url?: string | string[]; active?: boolean }) => {
        if (q.active) return state.tabs.filter((t) => t.active);
        if (q.url) {
          // match patterns ("*://*.x.vn/*": x.vn and its subdomains over http/https) → regexes
          const toRegex = (p: string): RegExp => {
            const m = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(p);
            if (!m) return /$^/;
            const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const scheme = m[1] === '*' ? 'https?' : m[1];
            const host = (m[2] ? '(?:[^/]+\\.)?' : '') + esc(m[3] as string);
            const path = esc(m[4] as string).replace(/\\\*/g, '.*');
            return new RegExp(`^${scheme}://${host}${path}$`);
          };
          const patterns = (Array.isArray(q.url) ? q.url : [q.url]).map(toRegex);
          return state.tabs.filter((t) => t.url !== undefined && patterns.some((r) => r.test(t.url as string)));
        }
        return state.tabs;
      },
      get: async (id: number) => {
        const tab = state.tabs.find((t) => t.id === id);
        if (!tab) throw new Error('no tab');
        return tab;
      },
      sendMessage: async (id: number) => {
        if (!state.tabReplies.has(id)) throw new Error('Could not establish connection');
        return state.tabReplies.get(id);
      },
    },
    runtime: { id: 'ext-id', getURL: (path: string) => `chrome-extension://ext-id/${path}` },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void state.badges.set(tabId, text),
      setBadgeBackgroundColor: async () => {},
    },
  };
  return { state, browser };
});

vi.mock('../../src/shared/browser', () => ({ browser: fake.browser }));

const { handleMessage, messageListener } = await import('../../src/background/router');
const { initialise, injectIntoOpenPortalTabs, READY_KEY } = await import('../../src/background/install');
const { scriptIdFor, syncOrigins } = await import('../../src/background/origins');
const { badgeText } = await import('../../src/background/badge');
const { defaultSettings, SETTINGS_KEY, SETTINGS_VERSION } = await import('../../src/shared/settings');
import type { Runtime } from 'webextension-polyfill';

const S = fake.state;
const { settingsFromItems, LAYOUT_VERSION } = await import('../../src/shared/settings-items');
const settings = () => settingsFromItems(S.sync);
const fromTab = (id: number) => ({ tab: { id } }) as unknown as Runtime.MessageSender;
/** the toolbar popup: our origin, no tab */
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' } as Runtime.MessageSender;
/** our content script in tab `id` showing `url` */
const content = (id: number, url: string) => ({ id: 'ext-id', url, tab: { id }, frameId: 0 }) as unknown as Runtime.MessageSender;

beforeEach(() => {
  S.sync = {};
  S.local = {};
  S.session = {};
  S.granted = new Set();
  S.scripts = [];
  S.injected = [];
  S.executed = [];
  S.executeError = null;
  S.badges = new Map();
  S.tabs = [];
  S.tabReplies = new Map();
  S.listeners = [];
  S.syncError = null;
});

describe('install / start-up', () => {
  it('writes defaults when absent, then signals ready', async () => {
    await initialise();
    expect(settings()).toEqual(defaultSettings());
    expect(S.local[READY_KEY]).toBe(true);
  });

  it('persists a v1 migration but leaves a current-layout value alone', async () => {
    S.sync[SETTINGS_KEY] = { version: 1, enabled: false, sites: { 'vnexpress.net': false } };
    await initialise();
    expect(settings()).toMatchObject({ version: SETTINGS_VERSION, enabled: false, disabledSites: ['vnexpress.net'] });
    expect(S.sync[SETTINGS_KEY]).toMatchObject({ version: LAYOUT_VERSION });
    const corrupt = { version: LAYOUT_VERSION, enabled: 'nope' };
    S.sync[SETTINGS_KEY] = corrupt;
    await initialise();
    expect(S.sync[SETTINGS_KEY]).toEqual(corrupt); // readers parse it to defaults; no write race
  });

  it('re-syncs scripts with settings: drops origins whose permission is gone, registers the rest', async () => {
    S.sync[SETTINGS_KEY] = { ...defaultSettings(), addedOrigins: ['https://a.example', 'https://b.example'] };
    S.granted.add('https://a.example/*');
    S.scripts = [{ id: scriptIdFor('https://old.example'), matches: ['https://old.example/*'] }, { id: 'someone-else' }];
    S.granted.add('https://old.example/*');
    await initialise();
    expect(settings().addedOrigins).toEqual(['https://a.example']);
    expect(S.scripts.map((s) => s.id).sort()).toEqual([scriptIdFor('https://a.example'), 'someone-else'].sort());
    const ours = S.scripts.find((s) => s.id === scriptIdFor('https://a.example'));
    expect(ours).toMatchObject({ matches: ['https://a.example/*'], js: ['content.js'], runAt: 'document_start', persistAcrossSessions: true });
    expect(S.granted.has('https://old.example/*')).toBe(false);
    await syncOrigins(); // idempotent
    expect(S.scripts).toHaveLength(2);
  });
});

describe('open portal tabs after install', () => {
  it('injects where no content script answers, and only on portals', async () => {
    S.tabs = [
      { id: 1, url: 'https://vnexpress.net/a.html' },
      { id: 2, url: 'https://m.dantri.com.vn/b.html' },
      { id: 3, url: 'https://example.com/' },
      { id: 4, url: 'https://notvnexpress.net/' },
    ];
    S.tabReplies.set(2, { url: 'https://m.dantri.com.vn/b.html' }); // already running (Firefox injects itself)
    await injectIntoOpenPortalTabs();
    expect(S.injected).toEqual([1]);
  });
});

describe('badge', () => {
  it('shows the count per tab, nothing for 0', async () => {
    expect(await handleMessage({ type: 'tin-gon/badge', count: 7 }, fromTab(3))).toBe(true);
    expect(S.badges.get(3)).toBe('7');
    await handleMessage({ type: 'tin-gon/badge', count: 0 }, fromTab(3));
    expect(S.badges.get(3)).toBe('');
    expect(await handleMessage({ type: 'tin-gon/badge', count: 2 }, popup)).toBe(false);
    expect([badgeText(-1), badgeText(NaN), badgeText(1000)]).toEqual(['', '', '999+']);
  });
});

describe('load-entities (entities.js on demand)', () => {
  it("injects entities.js into the sender's frame, and says when it could not", async () => {
    const sender = { tab: { id: 5 }, frameId: 0 } as unknown as Runtime.MessageSender;
    expect(await handleMessage({ type: 'tin-gon/load-entities' }, sender)).toEqual({ ok: true });
    expect(S.executed).toEqual([{ target: { tabId: 5, frameIds: [0] }, files: ['entities.js'] }]);
    expect(await handleMessage({ type: 'tin-gon/load-entities' }, popup)).toEqual({ ok: false, error: 'no-tab' });
    S.executeError = 'Missing host permission for the tab';
    expect(await handleMessage({ type: 'tin-gon/load-entities' }, sender)).toEqual({ ok: false, error: 'Missing host permission for the tab' });
    expect(S.executed).toHaveLength(1);
  });

  it("load-picker injects picker.js (the correction UI) into the sender's frame the same way", async () => {
    const sender = { tab: { id: 6 }, frameId: 2 } as unknown as Runtime.MessageSender;
    expect(await handleMessage({ type: 'tin-gon/load-picker' }, sender)).toEqual({ ok: true });
    expect(S.executed).toEqual([{ target: { tabId: 6, frameIds: [2] }, files: ['picker.js'] }]);
    expect(await handleMessage({ type: 'tin-gon/load-picker' }, popup)).toEqual({ ok: false, error: 'no-tab' });
  });
});

describe('toggle-site (the Alt+Shift+G handler)', () => {
  it('flips the site of a tab, learning its URL from the content script when tab.url is hidden', async () => {
    S.sync[SETTINGS_KEY] = defaultSettings();
    S.tabs = [{ id: 5, active: true }];
    S.tabReplies.set(5, { url: 'https://m.vnexpress.net/a.html' });
    expect(await handleMessage({ type: 'tin-gon/toggle-site' }, popup)).toEqual({ ok: true, siteKey: 'vnexpress.net', enabled: false });
    expect(settings().disabledSites).toEqual(['vnexpress.net']);
    expect(await handleMessage({ type: 'tin-gon/toggle-site', tabId: 5 }, popup)).toEqual({ ok: true, siteKey: 'vnexpress.net', enabled: true });
    expect(settings().disabledSites).toEqual([]);
  });

  it('does nothing on a page that is not listed, or without a tab', async () => {
    S.tabs = [{ id: 6, active: true, url: 'https://example.com/' }];
    expect(await handleMessage({ type: 'tin-gon/toggle-site' }, popup)).toEqual({ ok: false, error: 'not-listed' });
    expect(await handleMessage({ type: 'tin-gon/toggle-site', tabId: 99 }, popup)).toEqual({ ok: false, error: 'no-tab' });
    expect(S.sync[SETTINGS_KEY]).toBeUndefined();
  });
});

describe('enable / disable an origin', () => {
  it('refuses without the permission, and rejects malformed origins', async () => {
    expect(await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://tin.example' }, popup)).toEqual({ ok: false, error: 'no-permission' });
    for (const origin of ['javascript:alert(1)', 'https://tin.example/path', 'not an origin', 'file:///x']) {
      expect(await handleMessage({ type: 'tin-gon/enable-origin', origin }, popup)).toEqual({ ok: false, error: 'invalid-origin' });
    }
    expect(S.scripts).toEqual([]);
  });

  it('with the permission: saves, registers a document_start script, injects into open tabs of that origin', async () => {
    S.granted.add('https://tin.example/*');
    S.tabs = [{ id: 1, url: 'https://tin.example/bai.html' }, { id: 2, url: 'https://other.example/' }];
    expect(await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://tin.example' }, popup)).toEqual({ ok: true });
    expect(settings().addedOrigins).toEqual(['https://tin.example']);
    expect(S.scripts.map((s) => s.id)).toEqual([scriptIdFor('https://tin.example')]);
    expect(S.injected).toEqual([1]);

    expect(await handleMessage({ type: 'tin-gon/disable-origin', origin: 'https://tin.example' }, popup)).toEqual({ ok: true });
    expect(settings().addedOrigins).toEqual([]);
    expect(S.scripts).toEqual([]);
    expect(S.granted.has('https://tin.example/*')).toBe(false);
  });

  it('disable gives the permission back even when no script was registered', async () => {
    S.granted.add('https://tin.example/*');
    S.sync[SETTINGS_KEY] = { ...defaultSettings() };
    expect(await handleMessage({ type: 'tin-gon/disable-origin', origin: 'https://tin.example' }, popup)).toEqual({ ok: true });
    expect(S.granted.has('https://tin.example/*')).toBe(false);
  });

  it('a built-in portal needs no permission: enabling just takes it out of disabledSites', async () => {
    S.sync[SETTINGS_KEY] = { ...defaultSettings(), disabledSites: ['vnexpress.net'] };
    expect(await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://e.vnexpress.net' }, popup)).toEqual({ ok: true });
    expect(settings().disabledSites).toEqual([]);
    expect(S.scripts).toEqual([]);
  });
});

describe('a failed save never leaves a permission held', () => {
  it('enable-origin whose save hits the sync quota gives back the permission just granted', async () => {
    S.sync[SETTINGS_KEY] = defaultSettings();
    S.granted.add('https://tin.example/*');
    S.syncError = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const reply = (await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://tin.example' }, popup)) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/QUOTA/);
    expect(S.granted.has('https://tin.example/*')).toBe(false);
    expect(settings().addedOrigins).toEqual([]);
    expect(S.scripts).toEqual([]);
  });

  it('the 1,001st added site is refused with a reason, and its permission given back', async () => {
    const added = Array.from({ length: 1000 }, (_, i) => `https://bao-${i}.example`);
    S.sync[SETTINGS_KEY] = { ...defaultSettings(), addedOrigins: added };
    S.granted.add('https://mot-nua.example/*');
    expect(await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://mot-nua.example' }, popup)).toEqual({ ok: false, error: 'too-many-sites' });
    expect(S.granted.has('https://mot-nua.example/*')).toBe(false);
    expect(settings().addedOrigins).toHaveLength(1000);
  });

  it('a permission another listed site needs is kept', async () => {
    S.sync[SETTINGS_KEY] = { ...defaultSettings(), addedOrigins: ['http://tin.example'] };
    S.granted.add('https://tin.example/*');
    S.granted.add('http://tin.example/*');
    S.syncError = 'QUOTA_BYTES quota exceeded';
    await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://tin.example' }, popup);
    expect(S.granted.has('https://tin.example/*')).toBe(false);
    expect(S.granted.has('http://tin.example/*')).toBe(true);
  });
});

describe('sender checks (a content script acts only on its own tab and origin)', () => {
  it("a content script cannot toggle another tab's site; its own it can", async () => {
    S.sync[SETTINGS_KEY] = defaultSettings();
    S.tabs = [
      { id: 5, url: 'https://vnexpress.net/a.html' },
      { id: 7, url: 'https://dantri.com.vn/b.html' },
    ];
    expect(await handleMessage({ type: 'tin-gon/toggle-site', tabId: 5 }, content(7, 'https://dantri.com.vn/b.html'))).toEqual({ ok: false, error: 'forbidden' });
    expect(settings().disabledSites).toEqual([]);
    expect(await handleMessage({ type: 'tin-gon/toggle-site' }, content(7, 'https://dantri.com.vn/b.html'))).toEqual({ ok: true, siteKey: 'dantri.com.vn', enabled: false });
    expect(settings().disabledSites).toEqual(['dantri.com.vn']);
  });

  it('a content script cannot enable or disable another origin', async () => {
    S.granted.add('https://tin.example/*');
    S.granted.add('https://other.example/*');
    S.sync[SETTINGS_KEY] = { ...defaultSettings(), addedOrigins: ['https://other.example'] };
    const sender = content(3, 'https://tin.example/bai.html');
    expect(await handleMessage({ type: 'tin-gon/disable-origin', origin: 'https://other.example' }, sender)).toEqual({ ok: false, error: 'forbidden' });
    expect(settings().addedOrigins).toEqual(['https://other.example']);
    expect(S.granted.has('https://other.example/*')).toBe(true);
    S.granted.add('https://third.example/*');
    expect(await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://third.example' }, sender)).toEqual({ ok: false, error: 'forbidden' });
    expect(settings().addedOrigins).toEqual(['https://other.example']);
    // its own origin: allowed
    expect(await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://tin.example' }, sender)).toEqual({ ok: true });
    expect(settings().addedOrigins).toEqual(['https://other.example', 'https://tin.example']);
  });

  it('no extension context of ours (another extension, a web page, an extension page framed in a web tab) acts at all', async () => {
    S.sync[SETTINGS_KEY] = defaultSettings();
    S.tabs = [{ id: 5, url: 'https://vnexpress.net/a.html', active: true }];
    S.granted.add('https://tin.example/*');
    const senders = [
      { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' },
      { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html', tab: { id: 5, url: 'https://evil.example/' } },
      { id: 'ext-id', url: 'https://evil.example/' }, // no tab: not a content script of ours
      {},
    ] as unknown as Runtime.MessageSender[];
    for (const sender of senders) {
      expect(await handleMessage({ type: 'tin-gon/toggle-site', tabId: 5 }, sender)).toEqual({ ok: false, error: 'forbidden' });
      expect(await handleMessage({ type: 'tin-gon/enable-origin', origin: 'https://tin.example' }, sender)).toEqual({ ok: false, error: 'forbidden' });
      expect(await handleMessage({ type: 'tin-gon/disable-origin', origin: 'https://tin.example' }, sender)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(settings()).toEqual(defaultSettings());
    expect(S.granted.has('https://tin.example/*')).toBe(true);
  });

  it('our pages in a tab (options, the popup opened as a tab) may name any tab or origin', async () => {
    S.sync[SETTINGS_KEY] = defaultSettings();
    S.tabs = [{ id: 5, url: 'https://vnexpress.net/a.html' }];
    const optionsTab = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab: { id: 9, url: 'chrome-extension://ext-id/options.html' } } as unknown as Runtime.MessageSender;
    expect(await handleMessage({ type: 'tin-gon/toggle-site', tabId: 5 }, optionsTab)).toEqual({ ok: true, siteKey: 'vnexpress.net', enabled: false });
  });
});

describe('save-choice (the reader\'s choices made on a page, written by the background: issue 11)', () => {
  let sets = 0;
  const countSets = () => {
    const set = fake.browser.storage.sync.set;
    fake.browser.storage.sync.set = async (items) => {
      sets++;
      return set(items);
    };
    return () => (fake.browser.storage.sync.set = set);
  };

  it("a burst of choices is one write, the last choice wins, and the page switch acts on the sender's own site only", async () => {
    S.sync[SETTINGS_KEY] = defaultSettings();
    sets = 0;
    const restore = countSets();
    try {
      const sender = content(4, 'https://vnexpress.net/a.html');
      const replies = [true, false, true, false, true].map((open) => handleMessage({ type: 'tin-gon/save-choice', panelOpen: open }, sender));
      replies.push(handleMessage({ type: 'tin-gon/save-choice', pageEnabled: false }, sender));
      expect(await Promise.all(replies)).toEqual(Array(6).fill({ ok: true }));
      expect(sets).toBe(1);
      expect(settings().panel.open).toBe(true);
      expect(settings().disabledSites).toEqual(['vnexpress.net']);
      // a page that is no listed site has no site to switch; its panel choice is still the reader's
      expect(await handleMessage({ type: 'tin-gon/save-choice', pageEnabled: false, panelOpen: false }, content(4, 'https://unlisted.example/a.html'))).toEqual({ ok: true });
      expect(settings().disabledSites).toEqual(['vnexpress.net']);
      expect(settings().panel.open).toBe(false);
    } finally {
      restore();
    }
  });

  it('only our content scripts send it; a failed write is reported to the sender', async () => {
    S.sync[SETTINGS_KEY] = defaultSettings();
    for (const sender of [popup, { id: 'other-extension', url: 'https://vnexpress.net/a.html', tab: { id: 4 } } as unknown as Runtime.MessageSender]) {
      expect(await handleMessage({ type: 'tin-gon/save-choice', panelOpen: true }, sender)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(settings().panel.open).toBe(false);
    S.syncError = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    expect(await handleMessage({ type: 'tin-gon/save-choice', panelOpen: true }, content(4, 'https://vnexpress.net/a.html'))).toEqual({ ok: false, error: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
  });
});

describe('message listener', () => {
  it('answers through sendResponse for its own types only', async () => {
    const reply = new Promise((resolve) => {
      expect(messageListener({ type: 'tin-gon/badge', count: 1 }, fromTab(1), resolve)).toBe(true);
    });
    await expect(reply).resolves.toBe(true);
    expect(messageListener({ type: 'tin-gon/stats' }, popup, () => {})).toBeUndefined();
    expect(messageListener('hello', popup, () => {})).toBeUndefined();
  });
});

describe('learned-rules: the site\'s learned rules from the background\'s memory', () => {
  it('answers a content script for its own page\'s site only; anyone else gets none', async () => {
    const rule = { id: 'reader:tuoitre.vn:div.box-a', kind: 'site-selector', site: 'tuoitre.vn', selector: 'div.box-a', label: '', category: 'related' };
    await fake.browser.storage.local.set({ 'tin-gon/learned/site/tuoitre.vn': { version: 1, site: 'tuoitre.vn', pages: {}, sigs: [], rules: [rule], lastUsed: 1 } });
    expect(await handleMessage({ type: 'tin-gon/learned-rules' }, content(3, 'https://tuoitre.vn/a.htm'))).toEqual([rule]);
    expect(await handleMessage({ type: 'tin-gon/learned-rules' }, content(3, 'https://znews.vn/a.html'))).toEqual([]);
    expect(await handleMessage({ type: 'tin-gon/learned-rules' }, popup)).toEqual([]);
    expect(await handleMessage({ type: 'tin-gon/learned-rules' }, { id: 'ext-id', url: 'https://tuoitre.vn/a.htm' } as Runtime.MessageSender)).toEqual([]);
  });
});

describe('stats snapshots through the router (issue 10: the popup on a busy page)', () => {
  const page = 'https://vnexpress.net/bai-a.html';
  const snapshot = { url: page, enabled: true, hidden: [], timings: { declutterMs: 0, entitiesMs: 0 }, entities: [], panelOpen: false, partial: true };

  it("a content script's push is kept for its own tab; the popup reads it while the tab shows that page", async () => {
    S.tabs = [{ id: 7, url: page }];
    expect(await handleMessage({ type: 'tin-gon/stats-snapshot', stats: snapshot } as never, content(7, page))).toBe(true);
    expect(await handleMessage({ type: 'tin-gon/stats-snapshot-of', tabId: 7 }, popup)).toEqual(snapshot);
    S.tabs = [{ id: 7, url: 'https://vnexpress.net/bai-b.html' }];
    expect(await handleMessage({ type: 'tin-gon/stats-snapshot-of', tabId: 7 }, popup)).toBeNull();
  });

  it('nothing but our content script writes it: not another extension, not a sender without a tab, not for another tab', async () => {
    S.tabs = [{ id: 7, url: page }, { id: 8, url: page }];
    const push = (sender: Runtime.MessageSender, extra: object = {}) => handleMessage({ type: 'tin-gon/stats-snapshot', stats: snapshot, ...extra } as never, sender);
    expect(await push({ ...content(7, page), id: 'other-ext' } as Runtime.MessageSender)).toBe(false);
    expect(await push(fromTab(7))).toBe(false); // no sender id: not ours
    expect(await push({ id: 'ext-id', url: page } as Runtime.MessageSender)).toBe(false);
    expect(await push(content(7, page), { tabId: 8 })).toBe(false);
    expect(S.session).toEqual({});
    // and a content script cannot read one
    expect(await push(content(8, page))).toBe(true);
    expect(await handleMessage({ type: 'tin-gon/stats-snapshot-of', tabId: 8 }, content(7, page))).toBeNull();
  });
});
