import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromeManifest, expandSiteMatches, filesNamedBy, firefoxManifest, GECKO_ID, type Manifest } from '../../scripts/build/manifest';
import { NEWS_SITES, isBuiltInSite, builtInDomainOf, matchPatternFor } from '../../src/shared/sites';
import { hostMatchesDomain } from '../../src/core/hosts';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('manifest derivation', () => {
  it('expands the news-site placeholder into one pattern per built-in portal', () => {
    const m = expandSiteMatches(source, ['vnexpress.net', 'dantri.com.vn']);
    expect(m.content_scripts?.[0]?.matches).toEqual(['*://*.vnexpress.net/*', '*://*.dantri.com.vn/*']);
    expect(JSON.stringify(source)).toContain('__NEWS_SITES__'); // the source is not mutated
  });

  it('keeps a service worker for Chrome, with host permissions only for the built-in portals', () => {
    const m = chromeManifest(source, NEWS_SITES);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.minimum_chrome_version).toBe('150');
    expect(m.host_permissions).toEqual(NEWS_SITES.map(matchPatternFor));
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    // no webNavigation (nor tabs): Chrome would warn "Read your browsing history" (docs/on-device-learning.md)
    expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab']);
  });

  it('derives Firefox: background.scripts, gecko settings, matches copied into host_permissions', () => {
    const m = firefoxManifest(source, NEWS_SITES);
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.minimum_chrome_version).toBeUndefined();
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.strict_min_version).toBe('140.0');
    expect((m.browser_specific_settings as { gecko_android: unknown }).gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(m.host_permissions).toEqual(NEWS_SITES.map(matchPatternFor));
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('names the files a build must contain', () => {
    const files = filesNamedBy(firefoxManifest(source, NEWS_SITES));
    expect(files).toEqual(expect.arrayContaining(['background.js', 'content.js', 'popup.html', 'options.html', 'icons/icon-128.png']));
  });

  it('has the same version as package.json', () => {
    expect(source.version).toBe(pkg.version);
  });
});

describe('built-in sites', () => {
  it('lists at least 40 distinct portals, none a subdomain of another', () => {
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(40);
    for (const a of NEWS_SITES) for (const b of NEWS_SITES) if (a !== b) expect(hostMatchesDomain(a, b)).toBe(false);
  });

  it('matches subdomains but not look-alikes', () => {
    expect(isBuiltInSite('vnexpress.net')).toBe(true);
    expect(isBuiltInSite('e.vnexpress.net')).toBe(true);
    expect(isBuiltInSite('VNEXPRESS.NET.')).toBe(true);
    expect(isBuiltInSite('notvnexpress.net')).toBe(false);
    expect(isBuiltInSite('vnexpress.net.evil.com')).toBe(false);
    expect(builtInDomainOf('giadinh.suckhoedoisong.vn')).toBe('suckhoedoisong.vn');
    expect(builtInDomainOf('example.com')).toBeNull();
  });
});
