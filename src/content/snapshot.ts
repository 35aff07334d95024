/**
 * The stats snapshot the content script pushes to the background at its milestones (started, settings in,
 * cleaned, entities in, a toggle or a count change, gave up), for the popup: a page busy with its own work holds
 * the popup's stats message until its main thread is free — the 10 MB hostile page's DOMContentLoaded and first
 * paint (338 + 588 ms, the same without the extension) held it 1.3 s in Chromium 150 — and nothing the content
 * script does can answer earlier. A push leaves while the thread is ours; the background keeps the last one per
 * tab (background/stats-snapshots.ts) and the popup shows it until the live reply comes.
 *
 * Throttled: at most SNAPSHOT_BURST pushes in any SNAPSHOT_WINDOW_MS, so the milestones of a page's first second go
 * out at once and a page that keeps changing the count (a live feed) costs a few messages a second at most; what
 * changed meanwhile goes in one push when the window allows. A push reads the state when it leaves, and is skipped
 * when it says what the last one said.
 */
import type { StatsReply } from '../shared/messages';
import { realTimers, type Timers } from './slices';

export const SNAPSHOT_BURST = 3;
export const SNAPSHOT_WINDOW_MS = 1000;

export interface SnapshotPusher {
  /** Something the popup shows may have changed: push it soon (in this task when the window allows). */
  changed(): void;
  /** the page instance ends: nothing more goes out */
  stop(): void;
}

/**
 * @param read the snapshot as of now (compact: content/stats.ts compactStats)
 * (a closure, not a class: content.js is size-budgeted, and locals minify where fields do not)
 */
export function snapshotPusher(read: () => StatsReply, send: (stats: StatsReply) => void, timers: Timers = realTimers): SnapshotPusher {
  /** when the pushes of the current window left */
  let sent: number[] = [];
  let queued = false;
  let timer: unknown = null;
  let last = '';
  let stopped = false;
  const flush = (): void => {
    if (stopped) return;
    const now = timers.now();
    sent = sent.filter((at) => now - at < SNAPSHOT_WINDOW_MS);
    const oldest = sent[0];
    if (oldest !== undefined && sent.length >= SNAPSHOT_BURST) {
      timer = timers.setTimeout(() => {
        timer = null;
        flush();
      }, oldest + SNAPSHOT_WINDOW_MS - now);
      return;
    }
    const stats = read();
    const key = JSON.stringify(stats);
    if (key === last) return;
    last = key;
    sent.push(now);
    send(stats);
  };
  return {
    changed() {
      if (stopped || queued || timer !== null) return; // one is on its way, and reads the state when it goes
      queued = true;
      // after the current job (every caller in this task joins one push)
      queueMicrotask(() => {
        queued = false;
        flush();
      });
    },
    stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
