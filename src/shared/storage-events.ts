/** One way to follow storage changes for as long as a feature lives (settings, corrections). */
import { browser, type Storage } from './browser';

type StorageChangeListener = (changes: Record<string, Storage.StorageChange>, area: string) => void;

/** `storage.onChanged` until `signal` aborts (a listener of a dead extension context cannot be removed: ignored). */
export function onStorageChanged(handler: StorageChangeListener, signal: AbortSignal): void {
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
