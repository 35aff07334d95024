/**
 * core/hosts.ts is the one owner of "which host is which site". Before it, four copies differed at the edges:
 * the site rules (core/rules.ts) and the reader's tracker check (reader/sanitize.ts) did not know a fully
 * qualified hostname with the root's trailing dot ("dantri.com.vn.", which a browser loads as the same site),
 * while the built-in site list (shared/sites.ts) did.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hostMatchesDomain, siteKeyOf } from '../../src/core/hosts';
import { compileRules, siteRulesFor } from '../../src/core/rules';
import { isTrackingImage } from '../../src/reader/sanitize';
import { runtimeRules } from '../../src/rules/runtime';
import { learnedRules } from '../../src/rules';
import { isBuiltInSite } from '../../src/shared/sites';

describe('hosts', () => {
  it('a site is its hostname in lower case without www.', () => {
    expect(siteKeyOf('WWW.24h.com.vn')).toBe('24h.com.vn');
    expect(siteKeyOf('m.vnexpress.net')).toBe('m.vnexpress.net');
    expect(siteKeyOf('wwwx.vn')).toBe('wwwx.vn');
  });

  it('a hostname matches its domain and its subdomains, not a longer name that ends the same', () => {
    expect(hostMatchesDomain('vnexpress.net', 'vnexpress.net')).toBe(true);
    expect(hostMatchesDomain('M.VnExpress.net.', 'vnexpress.net')).toBe(true);
    expect(hostMatchesDomain('fakevnexpress.net', 'vnexpress.net')).toBe(false);
    expect(hostMatchesDomain('vnexpress.net.evil.example', 'vnexpress.net')).toBe(false);
  });

  it('the site rules, the built-in list and the tracker check agree on a hostname with the trailing dot', () => {
    const compiled = compileRules(runtimeRules(learnedRules));
    const plain = siteRulesFor(compiled, 'dantri.com.vn');
    expect(plain.length).toBeGreaterThan(0);
    expect(siteRulesFor(compiled, 'www.dantri.com.vn.')).toEqual(plain);
    expect(isBuiltInSite('dantri.com.vn.')).toBe(true);
    const img = new JSDOM('<img>').window.document.querySelector('img')!;
    expect(isTrackingImage(img, 'https://stats.g.doubleclick.net/img.png')).toBe(true);
    expect(isTrackingImage(img, 'https://stats.g.doubleclick.net./img.png')).toBe(true);
    expect(isTrackingImage(img, 'https://static.dantri.com.vn./img.png')).toBe(false);
    expect(isTrackingImage(img, 'https://www.facebook.com./tr?id=1')).toBe(true);
  });
});
