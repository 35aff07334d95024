/**
 * The reader's corrections in `storage.local` (never synced, never sent), read and written through the pure model
 * in src/shared/corrections-model.ts, which it re-exports.
 */
import { browser } from './browser';
import { onStorageChanged } from './storage-events';
import { CORRECTIONS_KEY, emptyCorrections, parseCorrections, type CorrectionsState } from './corrections-model';

export * from './corrections-model';

export async function loadCorrections(): Promise<CorrectionsState> {
  try {
    const stored = await browser.storage.local.get(CORRECTIONS_KEY);
    return parseCorrections(stored[CORRECTIONS_KEY]);
  } catch {
    return emptyCorrections();
  }
}

/** Read-modify-write, as settings do (storage has no transactions). */
export async function updateCorrections(change: (s: CorrectionsState) => CorrectionsState): Promise<CorrectionsState> {
  const next = parseCorrections(change(await loadCorrections()));
  await browser.storage.local.set({ [CORRECTIONS_KEY]: next });
  return next;
}

/** Call `listener` with the new state whenever it changes, until `signal` aborts. */
export function onCorrectionsChanged(listener: (s: CorrectionsState) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(CORRECTIONS_KEY in changes)) return;
    listener(parseCorrections(changes[CORRECTIONS_KEY]?.newValue));
  };
  onStorageChanged(handler, signal);
}
