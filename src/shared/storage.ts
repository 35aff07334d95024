/**
 * Settings in `storage.sync`, always read through `parseSettings`: a missing, corrupt or
 * old-version value becomes valid Settings and never throws into a caller.
 */
import { browser } from './browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/**
 * Read-modify-write. Not atomic across contexts (storage has no transactions), but every writer
 * re-reads first, so the window for a lost update is one event-loop turn.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Call `listener` with the parsed new settings whenever they change in `storage.sync`, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.storage.onChanged.removeListener(handler);
      } catch {
        // the extension context is gone: nothing left to unhook
      }
    },
    { once: true },
  );
}
