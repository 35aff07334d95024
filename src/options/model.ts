/**
 * Options page logic as pure functions over Settings (unit-tested): what to list, and each change.
 */
import { CATEGORIES, type Category } from '../core/types';
import { defaultSettings, type Settings } from '../shared/settings';
import { NEWS_SITES } from '../shared/sites';

export interface OptionsView {
  globalEnabled: boolean;
  showHidden: boolean;
  categories: { category: Category; enabled: boolean }[];
  floatingButton: boolean;
  autoOpenPanel: boolean;
  /** sites the reader added from the popup */
  added: { origin: string; host: string; disabled: boolean }[];
  /** site keys switched off (built-in domains or added hostnames) */
  disabledSites: string[];
  /** the built-in portals, alphabetical */
  builtIn: { domain: string; disabled: boolean }[];
}

export function optionsView(settings: Settings): OptionsView {
  const disabled = new Set(settings.disabledSites);
  return {
    globalEnabled: settings.enabled,
    showHidden: settings.showHidden,
    categories: CATEGORIES.map((category) => ({ category, enabled: settings.categories[category] })),
    floatingButton: settings.panel.floatingButton,
    autoOpenPanel: settings.panel.open,
    added: settings.addedOrigins.map((origin) => {
      const host = hostOf(origin);
      return { origin, host, disabled: disabled.has(host) };
    }),
    disabledSites: [...settings.disabledSites],
    builtIn: [...NEWS_SITES].sort().map((domain) => ({ domain, disabled: disabled.has(domain) })),
  };
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return origin;
  }
}

export const withCategory = (s: Settings, category: Category, on: boolean): Settings => ({
  ...s,
  categories: { ...s.categories, [category]: on },
});

export const withGlobal = (s: Settings, on: boolean): Settings => ({ ...s, enabled: on });
export const withShowHidden = (s: Settings, on: boolean): Settings => ({ ...s, showHidden: on });
export const withFloatingButton = (s: Settings, on: boolean): Settings => ({ ...s, panel: { ...s.panel, floatingButton: on } });
export const withAutoOpenPanel = (s: Settings, on: boolean): Settings => ({ ...s, panel: { ...s.panel, open: on } });

/** Turn clean mode back on for a site the reader had switched off. */
export const withSiteReenabled = (s: Settings, siteKey: string): Settings => ({
  ...s,
  disabledSites: s.disabledSites.filter((k) => k !== siteKey),
});

/**
 * Defaults, except the sites the reader added: their permissions and registered content scripts
 * stay until the reader removes them, so the list must keep showing them.
 */
export function resetSettings(current: Settings): Settings {
  return { ...defaultSettings(), addedOrigins: [...current.addedOrigins] };
}
