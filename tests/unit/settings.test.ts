import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/types';
import { defaultSettings, parseSettings, SETTINGS_VERSION } from '../../src/shared/settings';

describe('parseSettings', () => {
  it('missing or non-object values give the defaults', () => {
    for (const raw of [undefined, null, 'garbage', 42, true, [], [1, 2], () => 1]) expect(parseSettings(raw)).toEqual(defaultSettings());
  });

  it('an unknown version gives the defaults', () => {
    expect(parseSettings({ version: 99, enabled: false })).toEqual(defaultSettings());
    expect(parseSettings({ enabled: false })).toEqual(defaultSettings());
  });

  it('wrong field types fall back field by field, valid fields survive', () => {
    const s = parseSettings({
      version: SETTINGS_VERSION,
      enabled: 'yes',
      disabledSites: 'vnexpress.net',
      addedOrigins: ['https://ok.example', 'javascript:alert(1)', 'https://x.example/path', 7],
      categories: { related: false, trending: 'no', bogus: false },
      showHidden: 1,
      panel: { floatingButton: false, open: 'true' },
      extra: { anything: 1 },
    });
    expect(s.enabled).toBe(true);
    expect(s.disabledSites).toEqual([]);
    expect(s.addedOrigins).toEqual(['https://ok.example']);
    expect(s.categories.related).toBe(false);
    expect(s.categories.trending).toBe(true);
    expect(Object.keys(s.categories).sort()).toEqual([...CATEGORIES].sort());
    expect(s.showHidden).toBe(false);
    expect(s.panel).toEqual({ floatingButton: false, open: false });
    expect(s).not.toHaveProperty('extra');
  });

  it('site lists are trimmed, lower-cased, de-duplicated and sorted; hostile strings dropped', () => {
    const s = parseSettings({ version: SETTINGS_VERSION, disabledSites: [' VnExpress.net ', 'dantri.com.vn', 'vnexpress.net', '<img src=x>', ''] });
    expect(s.disabledSites).toEqual(['dantri.com.vn', 'vnexpress.net']);
  });

  it('migrates version 1', () => {
    const s = parseSettings({ version: 1, enabled: false, sites: { 'vnexpress.net': false, 'dantri.com.vn': true }, hideCelebrity: false });
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.enabled).toBe(false);
    expect(s.disabledSites).toEqual(['vnexpress.net']);
    expect(s.categories.celebrity).toBe(false);
    expect(s.categories.related).toBe(true);
  });

  it('a corrupt version 1 still parses', () => {
    expect(parseSettings({ version: 1, sites: 'x', enabled: null })).toEqual(defaultSettings());
  });

  it('is idempotent', () => {
    const once = parseSettings({ version: SETTINGS_VERSION, disabledSites: ['b.vn', 'a.vn'], categories: { inline: false } });
    expect(parseSettings(once)).toEqual(once);
    expect(parseSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });
});
