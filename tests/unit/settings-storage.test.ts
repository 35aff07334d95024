import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSync, type FakeSync } from './fake-sync';

const holder = vi.hoisted(() => ({ sync: null as unknown }));
vi.mock('../../src/shared/browser', () => ({
  browser: {
    storage: {
      get sync() {
        return holder.sync;
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));

const { loadSettings, saveSettings, updateSettings, createSettingsWriter } = await import('../../src/shared/storage');
const { defaultSettings, SETTINGS_KEY } = await import('../../src/shared/settings');
const items = await import('../../src/shared/settings-items');
const { NEWS_SITES } = await import('../../src/shared/sites');

let sync: FakeSync;
beforeEach(() => {
  sync = fakeSync();
  holder.sync = sync;
});

/** n distinct, ordinary-looking hostnames */
const hosts = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}-${i}.tin-dia-phuong.vn`);

describe('settings split across storage.sync items', () => {
  it('1,000 added and 5,000 disabled sites: saved within every quota, read back', async () => {
    const added = hosts(1000, 'bao').map((h) => `https://${h}`);
    // 5,000 disabled keys: the 1,000 added hostnames, every built-in portal, and 5,000 - those of no effect
    const meaningful = [...hosts(1000, 'bao'), ...NEWS_SITES];
    const disabled = [...meaningful, ...hosts(5000 - meaningful.length, 'khac')];
    expect(disabled).toHaveLength(5000);
    await saveSettings({ ...defaultSettings(), addedOrigins: added, disabledSites: disabled });
    for (const [key, value] of Object.entries(sync.items)) expect(key.length + JSON.stringify(value).length).toBeLessThan(8192);
    const back = await loadSettings();
    expect(back.addedOrigins).toEqual([...added].sort());
    expect(back.disabledSites).toEqual([...meaningful].sort());
    // every added site and every portal really is off
    expect(sync.writes).toBe(1);
  });

  it('one more than 1,000 added sites is refused with a reason, and nothing is written', async () => {
    const added = hosts(1001, 'bao').map((h) => `https://${h}`);
    await expect(saveSettings({ ...defaultSettings(), addedOrigins: added })).rejects.toMatchObject({ reason: 'too-many-sites' });
    expect(sync.writes).toBe(0);
  });

  it('lists that cannot fit sync (1,000 sites with 200-character names) are refused before writing', async () => {
    const long = Array.from({ length: 1000 }, (_, i) => `https://${String(i).padStart(4, '0')}${'a'.repeat(190)}.vn`);
    await expect(saveSettings({ ...defaultSettings(), addedOrigins: long })).rejects.toMatchObject({ reason: 'too-large' });
    expect(sync.writes).toBe(0);
  });

  it('migrates the old single item (layout 2) and reads it unchanged before that', async () => {
    const old = { ...defaultSettings(), enabled: false, addedOrigins: ['https://tin.example'], disabledSites: ['tin.example', 'vnexpress.net'] };
    sync.items = { [SETTINGS_KEY]: old };
    expect(await loadSettings()).toEqual(old);
    await saveSettings(await loadSettings());
    expect(sync.items[SETTINGS_KEY]).toMatchObject({ version: items.LAYOUT_VERSION, enabled: false });
    expect(sync.items[SETTINGS_KEY]).not.toHaveProperty('addedOrigins');
    expect(await loadSettings()).toEqual(old);
  });

  it('validates on every read: corrupt shards and core fall back without throwing', async () => {
    await saveSettings({ ...defaultSettings(), addedOrigins: ['https://tin.example'], disabledSites: ['tin.example'] });
    const shard = `${items.ADDED_PREFIX}${items.shardOf('https://tin.example')}`;
    sync.items[shard] = ['https://tin.example', 42, '<img src=x>', 'javascript:alert(1)', null];
    sync.items[`${items.ADDED_PREFIX}3`] = 'not a list';
    sync.items[`${items.DISABLED_PREFIX}0`] = { evil: true };
    expect((await loadSettings()).addedOrigins).toEqual(['https://tin.example']);
    sync.items[SETTINGS_KEY] = { version: items.LAYOUT_VERSION, enabled: 'yes', categories: 7, panel: null };
    const read = await loadSettings();
    expect(read.enabled).toBe(true);
    expect(read.categories).toEqual(defaultSettings().categories);
    sync.items[SETTINGS_KEY] = 'garbage';
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('one change to one site rewrites the core item and one shard only', async () => {
    await saveSettings({ ...defaultSettings(), addedOrigins: hosts(200, 'bao').map((h) => `https://${h}`) });
    const before = structuredClone(sync.items);
    await updateSettings((s) => ({ ...s, addedOrigins: [...s.addedOrigins, 'https://moi.example'] }));
    const changed = Object.keys(sync.items).filter((k) => JSON.stringify(sync.items[k]) !== JSON.stringify(before[k]));
    expect(changed).toEqual([`${items.ADDED_PREFIX}${items.shardOf('https://moi.example')}`]);
  });
});

describe('writes are batched', () => {
  it('180 changes in a burst (a page script clicking) cost one write, and the last one wins', async () => {
    const writer = createSettingsWriter(50);
    const saves = Array.from({ length: 180 }, (_, i) => writer.update((s) => ({ ...s, panel: { ...s.panel, open: i % 2 === 0 } })));
    const results = await Promise.all(saves);
    expect(sync.writes).toBe(1);
    expect(results[179]?.panel.open).toBe(false);
    expect((await loadSettings()).panel.open).toBe(false);
  });

  it('updateSettings coalesces what is asked in one task into one write', async () => {
    await Promise.all(Array.from({ length: 180 }, (_, i) => updateSettings((s) => ({ ...s, showHidden: i % 2 === 0 }))));
    expect(sync.writes).toBe(1);
  });

  it('a failed write (QUOTA error) rejects every change of its batch and leaves storage as it was', async () => {
    await saveSettings({ ...defaultSettings(), enabled: true });
    const stored = structuredClone(sync.items);
    sync.failNext = 'QUOTA_BYTES quota exceeded';
    const writer = createSettingsWriter(0);
    const a = writer.update((s) => ({ ...s, enabled: false }));
    const b = writer.update((s) => ({ ...s, showHidden: true }));
    await expect(a).rejects.toThrow(/QUOTA/);
    await expect(b).rejects.toThrow(/QUOTA/);
    expect(sync.items).toEqual(stored);
    // the next batch writes normally
    await expect(writer.update((s) => ({ ...s, enabled: false }))).resolves.toMatchObject({ enabled: false });
  });
});
