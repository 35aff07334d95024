/**
 * Settings in `storage.sync` (layout: settings-items.ts), always read through `settingsFromItems`:
 * a missing, corrupt or old value becomes valid Settings and never throws into a caller.
 *
 * Writes are batched: changes asked for while a write is pending or in flight are applied together,
 * on one fresh read, in one `set()` of only the items that changed. Chrome allows 120 sync writes a
 * minute and 1,800 an hour; a burst of clicks must cost one write, not one per click. A failed write
 * rejects every change of its batch, so each caller can show it and roll back what it showed.
 */
import { browser } from './browser';
import { onStorageChanged } from './storage-events';
import { type Settings } from './settings';
import { changedItems, isSettingsItemKey, itemsForSettings, SETTINGS_ITEM_KEYS, settingsFromItems } from './settings-items';

export { SettingsTooLargeError } from './settings-items';

/** The part of a storage area the settings use (the real `browser.storage.sync`, or a fake in tests). */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const syncArea = (): SettingsArea => browser.storage.sync as unknown as SettingsArea;

export async function loadSettings(area: SettingsArea = syncArea()): Promise<Settings> {
  try {
    return settingsFromItems(await area.get([...SETTINGS_ITEM_KEYS]));
  } catch {
    return settingsFromItems({});
  }
}

/** Write `settings` now: only the items that differ from what is stored. Throws SettingsTooLargeError or the area's error. */
export async function saveSettings(settings: Settings, area: SettingsArea = syncArea()): Promise<void> {
  const items = itemsForSettings(settings);
  const stored = await area.get([...SETTINGS_ITEM_KEYS]).catch(() => ({}));
  const changed = changedItems(items, stored);
  if (Object.keys(changed).length > 0) await area.set(changed);
}

export type SettingsChange = (current: Settings) => Settings;

export interface SettingsWriter {
  /** Queue a change; resolves with the settings written by its batch, rejects when that write failed. */
  update(change: SettingsChange): Promise<Settings>;
  /** Write the pending batch now (teardown). */
  flush(): Promise<void>;
}

interface Pending {
  change: SettingsChange;
  resolve: (settings: Settings) => void;
  reject: (error: unknown) => void;
}

/**
 * @param delayMs how long a batch stays open after its last change (0: until the current task ends).
 *   The background waits a little for choices made on pages (background/choices.ts: bursts); the popup
 *   and options write at once.
 */
export function createSettingsWriter(delayMs: number, area: () => SettingsArea = syncArea): SettingsWriter {
  let queue: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const run = async (): Promise<void> => {
    timer = null;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    try {
      const storage = area();
      let next = await loadSettings(storage);
      for (const p of batch) next = p.change(next);
      await saveSettings(next, storage);
      const saved = settingsFromItems(itemsForSettings(next));
      for (const p of batch) p.resolve(saved);
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      // one write at a time: a batch that closes while the previous one is still writing waits for it
      inFlight = inFlight.then(run);
    }, delayMs);
  };

  return {
    update(change) {
      return new Promise<Settings>((resolve, reject) => {
        queue.push({ change, resolve, reject });
        schedule();
      });
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      inFlight = inFlight.then(run);
      return inFlight;
    },
  };
}

const immediate = createSettingsWriter(0);

/**
 * Read-modify-write through the shared writer. Not atomic across contexts (storage has no transactions),
 * but every batch re-reads first, so the window for a lost update is one event-loop turn.
 */
export function updateSettings(change: SettingsChange): Promise<Settings> {
  return immediate.update(change);
}

/** Call `listener` with the new settings whenever any settings item changes in `storage.sync`, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  let latest = 0;
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'sync' || !Object.keys(changes).some(isSettingsItemKey)) return;
    // The change may touch one shard only: read the whole set again. Replies can arrive out of order;
    // only the newest read is passed on.
    const ticket = ++latest;
    void loadSettings().then((settings) => {
      if (ticket === latest && !signal.aborted) listener(settings);
    });
  };
  onStorageChanged(handler, signal);
}
