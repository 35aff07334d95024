import { describe, expect, it } from 'vitest';
import { decideEnablement, originOf, originPermissionPattern, siteKeyFor, toggledForPage, withPageEnabled, withSiteEnabled } from '../../src/shared/enablement';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { nextOverride, pageState } from '../../src/content/page-state';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });

describe('decideEnablement per host', () => {
  it('built-in portals are on by default, over http and https, subdomains included', () => {
    for (const url of ['https://vnexpress.net/a.html', 'http://vnexpress.net/a.html', 'https://e.vnexpress.net/x', 'https://m.dantri.com.vn/']) {
      expect(decideEnablement(url, settings())).toMatchObject({ enabled: true });
    }
    expect(siteKeyFor('https://m.dantri.com.vn/', settings())).toBe('dantri.com.vn');
  });

  it('look-alike hosts are not portals', () => {
    for (const url of ['https://notvnexpress.net/', 'https://vnexpress.net.evil.example/', 'https://example.com/vnexpress.net']) {
      expect(decideEnablement(url, settings())).toEqual({ enabled: false, reason: 'not-listed', siteKey: null });
    }
  });

  it('non-http pages are never on', () => {
    expect(decideEnablement('file:///tmp/vnexpress.net.html', settings()).enabled).toBe(false);
    expect(decideEnablement('not a url', settings()).enabled).toBe(false);
    expect(originOf('chrome://extensions')).toBeNull();
  });

  it('the global switch and per-site switches', () => {
    expect(decideEnablement('https://vnexpress.net/', settings({ enabled: false }))).toMatchObject({ enabled: false, reason: 'global-disabled' });
    const off = settings({ disabledSites: ['vnexpress.net'] });
    expect(decideEnablement('https://m.vnexpress.net/', off)).toMatchObject({ enabled: false, reason: 'site-disabled', siteKey: 'vnexpress.net' });
    expect(decideEnablement('https://dantri.com.vn/', off).enabled).toBe(true);
  });

  it('added origins: exact origin (scheme and port), keyed by hostname', () => {
    const s = settings({ addedOrigins: ['https://tin.example'] });
    expect(decideEnablement('https://tin.example/a', s)).toEqual({ enabled: true, siteKey: 'tin.example' });
    expect(decideEnablement('http://tin.example/a', s).enabled).toBe(false);
    expect(decideEnablement('https://tin.example:8443/a', s).enabled).toBe(false);
    expect(decideEnablement('https://tin.example/a', { ...s, disabledSites: ['tin.example'] }).reason).toBe('site-disabled');
  });

  it('permission pattern drops the port (Firefox match patterns cannot carry one)', () => {
    expect(originPermissionPattern('http://tin.example:8080')).toBe('http://tin.example/*');
    expect(originPermissionPattern('https://tin.example')).toBe('https://tin.example/*');
  });
});

describe('toggles', () => {
  it('withSiteEnabled adds and removes a site key', () => {
    const off = withSiteEnabled(settings(), 'vnexpress.net', false);
    expect(off.disabledSites).toEqual(['vnexpress.net']);
    expect(withSiteEnabled(off, 'vnexpress.net', true).disabledSites).toEqual([]);
    expect(withSiteEnabled(off, 'vnexpress.net', false).disabledSites).toEqual(['vnexpress.net']);
  });

  it('the page switch: on also turns the global switch on; off leaves other sites alone', () => {
    expect(withPageEnabled(settings({ enabled: false, disabledSites: ['vnexpress.net'] }), 'vnexpress.net', true)).toMatchObject({ enabled: true, disabledSites: [] });
    expect(withPageEnabled(settings(), 'vnexpress.net', false)).toMatchObject({ enabled: true, disabledSites: ['vnexpress.net'] });
  });

  it('the shortcut flips what the reader sees', () => {
    const url = 'https://vnexpress.net/a.html';
    const off = toggledForPage(url, settings());
    expect(off?.disabledSites).toEqual(['vnexpress.net']);
    const on = toggledForPage(url, off as Settings);
    expect(decideEnablement(url, on as Settings).enabled).toBe(true);
    // off because of the global switch: the key turns it back on
    const global = toggledForPage(url, settings({ enabled: false }));
    expect(global).toMatchObject({ enabled: true, disabledSites: [] });
    expect(toggledForPage('https://example.com/', settings())).toBeNull();
  });
});

describe('pageState', () => {
  const url = 'https://vnexpress.net/a.html';
  it('carries categories and showHidden, and a plan key that changes with them', () => {
    const a = pageState(url, settings(), null);
    expect(a).toMatchObject({ enabled: true, showHidden: false, siteKey: 'vnexpress.net' });
    const b = pageState(url, settings({ showHidden: true, categories: { ...defaultSettings().categories, related: false } }), null);
    expect(b.showHidden).toBe(true);
    expect(b.categories.has('related')).toBe(false);
    expect(b.planKey).not.toBe(a.planKey);
  });

  it('an in-tab choice overrides settings until settings decide this site again', () => {
    const on = settings();
    const globalOff = settings({ enabled: false });
    expect(pageState(url, globalOff, true).enabled).toBe(true);
    expect(pageState(url, on, false)).toMatchObject({ enabled: false, reason: 'site-disabled' });
    // unrelated change (categories): the choice stays
    expect(nextOverride(url, globalOff, { ...globalOff, showHidden: true }, true)).toBe(true);
    // this site's decision changed: settings win
    expect(nextOverride(url, on, settings({ disabledSites: ['vnexpress.net'] }), false)).toBeNull();
    // cannot switch on a page that is neither built in nor added
    expect(pageState('https://example.com/', on, true).enabled).toBe(false);
  });
});
