/**
 * Where the popup's figures come from: it asks the background for the tab's last snapshot (background/
 * stats-snapshots.ts) and the tab's content script for the live reply at the same time. The snapshot comes at once;
 * the live reply only when the page's main thread is free, which on a page busy with its own work (the 10 MB hostile
 * page: DOMContentLoaded and first paint) is a second or more later.
 *
 * `askStats` is self-contained — it uses nothing but its arguments and globals — so that the e2e tests run this very
 * function in an extension page (tests/e2e/hostile-suite.ts through Harness.inExtension, which sends it as source
 * text) rather than a copy of it; tests/unit/popup.test.ts checks that it still runs from its source text.
 */
import type { StatsReply } from '../shared/messages';

export type StatsSource = 'snapshot' | 'live';

export interface StatsAnswer {
  source: StatsSource;
  reply: StatsReply;
}

/** What askStats needs of the extension API (`browser` and Chrome's promise-returning `chrome` both fit). */
export interface StatsApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

export interface StatsAsk {
  /** the background's snapshot of the page the tab shows (null: none) */
  snapshot: Promise<StatsReply | null>;
  /** the content script's reply (null: none within `liveTimeoutMs`) */
  live: Promise<StatsReply | null>;
  /** whichever answers first with something, or null when neither has */
  first: Promise<StatsAnswer | null>;
}

/**
 * Ask both at once. The live request is stamped with the time it leaves (messages.ts statsRequest: the content
 * script's deadline counts from then).
 */
export function askStats(api: StatsApi, tabId: number, liveTimeoutMs = 1500): StatsAsk {
  const asReply = (value: unknown): StatsReply | null => (value && typeof value === 'object' ? (value as StatsReply) : null);
  const snapshot = api.runtime.sendMessage({ type: 'tin-gon/stats-snapshot-of', tabId }).then(asReply, () => null);
  const live = Promise.race([
    api.tabs.sendMessage(tabId, { type: 'tin-gon/stats', sentAt: Date.now() }).then(asReply, () => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), liveTimeoutMs)),
  ]);
  const first = new Promise<StatsAnswer | null>((resolve) => {
    let pending = 2;
    const settle = (source: StatsSource) => (reply: StatsReply | null) => {
      pending -= 1;
      if (reply) resolve({ source, reply });
      else if (pending === 0) resolve(null);
    };
    void live.then(settle('live'));
    void snapshot.then(settle('snapshot'));
  });
  return { snapshot, live, first };
}
