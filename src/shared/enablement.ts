/**
 * Is clean mode on for a page? One pure decision shared by the content script (what to do),
 * the background (what the shortcut toggles) and the popup (what to show).
 */
import type { Settings } from './settings';
import { builtInDomainOf } from './sites';

export type DisabledReason = 'site-disabled' | 'global-disabled' | 'not-listed';

export interface Enablement {
  enabled: boolean;
  reason?: DisabledReason;
  /** the key this page's site has in `settings.disabledSites` (built-in domain or hostname), null when not listed */
  siteKey: string | null;
}

/** Origin of a URL with the default port dropped ("https://example.com"), or null for non-http(s) URLs. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.origin.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Match pattern for an added origin's host permission and content script: scheme + hostname, no port
 * (Firefox match patterns cannot carry one; Chrome's then match any port). The popup requests exactly
 * this pattern, the background registers it.
 */
export function originPermissionPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * The site key a page is toggled under: the built-in domain for a portal (so a toggle on
 * m.vnexpress.net also covers vnexpress.net), else the hostname of an added origin, else null.
 */
export function siteKeyFor(url: string, settings: Settings): string | null {
  const origin = originOf(url);
  if (!origin) return null;
  const hostname = new URL(origin).hostname.replace(/\.$/, '');
  const builtIn = builtInDomainOf(hostname);
  if (builtIn) return builtIn;
  return settings.addedOrigins.includes(origin) ? hostname : null;
}

export function decideEnablement(url: string, settings: Settings): Enablement {
  const siteKey = siteKeyFor(url, settings);
  if (siteKey === null) return { enabled: false, reason: 'not-listed', siteKey };
  if (!settings.enabled) return { enabled: false, reason: 'global-disabled', siteKey };
  if (settings.disabledSites.includes(siteKey)) return { enabled: false, reason: 'site-disabled', siteKey };
  return { enabled: true, siteKey };
}

/** Settings with one site key taken out of (enabled) or put into (disabled) `disabledSites`. */
export function withSiteEnabled(settings: Settings, siteKey: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== siteKey);
  return { ...settings, disabledSites: enabled ? others : [...others, siteKey].sort() };
}

/**
 * The page switch (popup, `set-enabled`, shortcut): on = this site on *and* the global switch on, so
 * the page the reader is looking at really is cleaned; off = this site off, other sites untouched.
 */
export function withPageEnabled(settings: Settings, siteKey: string, on: boolean): Settings {
  const next = withSiteEnabled(settings, siteKey, on);
  return on ? { ...next, enabled: true } : next;
}

/**
 * What the keyboard shortcut does on a page: flip what the reader sees. On → this site goes into
 * `disabledSites`. Off → this site comes out of `disabledSites`, and if the global switch was the
 * reason, the global switch goes back on (pressing the key must visibly do something).
 * Returns null for a page that is not a listed or added site (nothing to toggle).
 */
export function toggledForPage(url: string, settings: Settings): Settings | null {
  const state = decideEnablement(url, settings);
  if (state.siteKey === null) return null;
  return withPageEnabled(settings, state.siteKey, !state.enabled);
}
