/**
 * How Settings are laid out in `storage.sync`, whose quotas are: 8,192 bytes per item (key + JSON value),
 * 102,400 bytes in all, 512 items (Chrome; Firefox syncs the same limits). One item holding everything
 * filled up at ~185 added or ~800 disabled sites, and then every save failed.
 *
 * Layout 3:
 *   settings              { version: 3, enabled, categories, showHidden, panel }  (~300 bytes)
 *   sites.added.0 … .15   added origins, each in the shard its FNV-1a hash picks
 *   sites.disabled.0 … .15  disabled site keys, the same way
 * Hash shards keep one change local: adding a site rewrites the core item and one shard, not the lists.
 * Layouts 1 and 2 (one item) are read and migrated by the first save; anything else reads as defaults.
 *
 * Limits (checked before every write, so a save is refused with a clear reason instead of failing half way):
 *   - at most MAX_ADDED_ORIGINS added sites;
 *   - a disabled key only counts when it can matter: a built-in domain or the hostname of an added site
 *     (decideEnablement never looks up any other), so the disabled list can never outgrow built-ins +
 *     added sites. 5,000 "disabled sites" of another kind are dropped on the next save — they switched
 *     nothing off;
 *   - every item under ITEM_BUDGET bytes and all of them under TOTAL_BUDGET (room left for sync's own
 *     overhead). 1,000 added sites of ordinary length (~30 bytes) take ~32 KB; 1,000 with 250-character
 *     hostnames would not fit in sync at all, and are refused.
 */
import { isRecord } from '../core/types';
import { NEWS_SITES } from './sites';
import { parseSettings, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from './settings';

export const LAYOUT_VERSION = 3;
export const SHARD_COUNT = 16;
export const ADDED_PREFIX = 'sites.added.';
export const DISABLED_PREFIX = 'sites.disabled.';
export const MAX_ADDED_ORIGINS = 1000;
/** storage.sync's own limits (chrome.storage.sync.QUOTA_BYTES_PER_ITEM, QUOTA_BYTES) */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;
const ITEM_BUDGET = 7_600;
const TOTAL_BUDGET = 92_000;

export const SHARD_KEYS: readonly string[] = [ADDED_PREFIX, DISABLED_PREFIX].flatMap((prefix) => Array.from({ length: SHARD_COUNT }, (_, i) => prefix + i));
/** every key Settings occupy: read them together, react when any changes */
export const SETTINGS_ITEM_KEYS: readonly string[] = [SETTINGS_KEY, ...SHARD_KEYS];

export function isSettingsItemKey(key: string): boolean {
  return key === SETTINGS_KEY || key.startsWith(ADDED_PREFIX) || key.startsWith(DISABLED_PREFIX);
}

/** A save that would not fit the quotas; `reason` is what the reader is told. */
export class SettingsTooLargeError extends Error {
  constructor(readonly reason: 'too-many-sites' | 'too-large') {
    super(reason === 'too-many-sites' ? `more than ${MAX_ADDED_ORIGINS} added sites` : 'the site lists do not fit in synced storage');
    this.name = 'SettingsTooLargeError';
  }
}


/** FNV-1a, 32 bit: stable across browsers and versions (a shard must not move when the code updates). */
export function shardOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SHARD_COUNT;
}

function gather(items: Record<string, unknown>, prefix: string): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < SHARD_COUNT; i++) {
    const shard = items[prefix + i];
    if (Array.isArray(shard)) out.push(...(shard as unknown[]));
  }
  return out;
}

/** Stored items (any layout, any corruption) → valid Settings. Never throws. */
export function settingsFromItems(items: Record<string, unknown>): Settings {
  const core = items[SETTINGS_KEY];
  if (isRecord(core) && core.version === LAYOUT_VERSION) {
    // each shard is validated like the old single list was: wrong types dropped, hosts/origins checked
    return parseSettings({ ...core, version: SETTINGS_VERSION, addedOrigins: gather(items, ADDED_PREFIX), disabledSites: gather(items, DISABLED_PREFIX) });
  }
  return parseSettings(core);
}

/** Disabled keys that can switch something off (see the header). */
export function effectiveDisabled(settings: Settings): string[] {
  const keys = new Set<string>(NEWS_SITES);
  for (const origin of settings.addedOrigins) keys.add(new URL(origin).hostname);
  return settings.disabledSites.filter((d) => keys.has(d));
}

const bytes = (text: string): number => new TextEncoder().encode(text).length;
/** what sync charges for an item: its key plus its JSON value */
export const itemBytes = (key: string, value: unknown): number => bytes(key) + bytes(JSON.stringify(value));

/** Settings → every item of layout 3 (empty shards included, so a stale shard is overwritten). Throws SettingsTooLargeError. */
export function itemsForSettings(input: Settings): Record<string, unknown> {
  const settings = parseSettings(input);
  if (settings.addedOrigins.length > MAX_ADDED_ORIGINS) throw new SettingsTooLargeError('too-many-sites');
  const items: Record<string, unknown> = {
    [SETTINGS_KEY]: { version: LAYOUT_VERSION, enabled: settings.enabled, categories: settings.categories, showHidden: settings.showHidden, panel: settings.panel },
  };
  const shard = (prefix: string, values: string[]): void => {
    const shards: string[][] = Array.from({ length: SHARD_COUNT }, () => []);
    for (const v of values) shards[shardOf(v)]?.push(v);
    shards.forEach((list, i) => (items[prefix + i] = list));
  };
  shard(ADDED_PREFIX, settings.addedOrigins);
  shard(DISABLED_PREFIX, effectiveDisabled(settings));
  let total = 0;
  for (const [key, value] of Object.entries(items)) {
    const size = itemBytes(key, value);
    if (size > ITEM_BUDGET) throw new SettingsTooLargeError('too-large');
    total += size;
  }
  if (total > TOTAL_BUDGET) throw new SettingsTooLargeError('too-large');
  return items;
}

/** The items of `next` whose stored value differs: one set() writes only those. */
export function changedItems(next: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const before = stored[key];
    // an absent shard and an empty one mean the same: no write for that
    if (before === undefined && Array.isArray(value) && value.length === 0) continue;
    if (JSON.stringify(before) !== JSON.stringify(value)) out[key] = value;
  }
  return out;
}
