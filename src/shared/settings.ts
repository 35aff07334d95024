/**
 * Settings: schema, defaults, validation and migration.
 * Stored in `storage.sync` under one key. Every read goes through `parseSettings`,
 * so a missing, corrupt or old-version value falls back to defaults and never throws.
 */
import { CATEGORIES, type Category, isRecord } from '../core/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** global switch */
  enabled: boolean;
  /** built-in domains (or added origins' hostnames) where the reader turned clean mode off */
  disabledSites: string[];
  /** origins ("https://example.com") the reader enabled from the popup; permission granted at that time */
  addedOrigins: string[];
  categories: Record<Category, boolean>;
  /** outline hidden blocks with their category instead of hiding them */
  showHidden: boolean;
  panel: {
    /** show the floating button that opens the entity panel */
    floatingButton: boolean;
    /** the panel was left open: reopen it on the next article */
    open: boolean;
  };
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    disabledSites: [],
    addedOrigins: [],
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    showHidden: false,
    panel: { floatingButton: true, open: false },
  };
}

const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
const HOST = /^[a-z0-9.-]{1,253}$/;
const ORIGIN = /^https?:\/\/[a-z0-9.-]{1,253}(:\d{1,5})?$/;

function stringList(v: unknown, valid: RegExp): string[] {
  if (!Array.isArray(v)) return [];
  const out = v.filter((x): x is string => typeof x === 'string').map((x) => x.trim().toLowerCase()).filter((x) => valid.test(x));
  return [...new Set(out)].sort();
}

/**
 * Any stored value → valid Settings. Version 1 (a flat `{ enabled, sites: {host: bool}, hideCelebrity }`)
 * migrates; unknown fields are dropped; wrong types take the default.
 */
export function parseSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (!isRecord(raw)) return d;
  if (raw.version === 1) return parseSettings(migrateV1(raw));
  if (raw.version !== SETTINGS_VERSION) return d;
  const categories = { ...d.categories };
  if (isRecord(raw.categories)) {
    for (const c of CATEGORIES) categories[c] = bool(raw.categories[c], d.categories[c]);
  }
  const panel = isRecord(raw.panel) ? raw.panel : {};
  return {
    version: SETTINGS_VERSION,
    enabled: bool(raw.enabled, d.enabled),
    disabledSites: stringList(raw.disabledSites, HOST),
    addedOrigins: stringList(raw.addedOrigins, ORIGIN),
    categories,
    showHidden: bool(raw.showHidden, d.showHidden),
    panel: { floatingButton: bool(panel.floatingButton, d.panel.floatingButton), open: bool(panel.open, d.panel.open) },
  };
}

function migrateV1(raw: Record<string, unknown>): Record<string, unknown> {
  const sites = isRecord(raw.sites) ? raw.sites : {};
  return {
    version: SETTINGS_VERSION,
    enabled: raw.enabled,
    disabledSites: Object.entries(sites).filter(([, on]) => on === false).map(([host]) => host),
    categories: { celebrity: raw.hideCelebrity },
  };
}
