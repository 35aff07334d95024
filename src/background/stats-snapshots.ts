/**
 * The last stats snapshot of each tab (pushed by its content script at its milestones, content/snapshot.ts), for the
 * popup: it shows this at once, and the content script's live reply when that comes — which on a page busy with its
 * own work is after a second or more (the 10 MB hostile page: 1.3 s in Chromium 150, all of it the page's).
 *
 * In storage.session, not in memory: the Chrome service worker and Firefox's event page stop after ~30 s idle, and a
 * reader opens the popup long after the page's last milestone. Session storage outlives the worker, goes with the
 * browser session (tab ids with it) and with an update or reload of the extension, and content scripts cannot reach
 * it (Chrome's default access level is trusted contexts only; Firefox does not expose it to them).
 *
 * Who may write: our own content script (sender.ts: our id, in a tab) in the tab's top frame, for its own tab, and only
 * a snapshot of the page the browser says it runs in — tab and URL come from the sender, which the browser fills in,
 * never from the message. A page's own scripts cannot send runtime messages at all. Who may read: our own pages.
 *
 * Navigation: a read answers only while the tab shows the snapshot's page (the fragment aside), and every document
 * our content script runs in pushes its first snapshot at document_start, replacing the last page's; until the next
 * document commits, the tab still shows the one the snapshot is of. Dropped when its tab closes. No `tabs.onUpdated`
 * listener: it would wake the service worker for every update of every tab. A read does not delete what it does not
 * return: between its get and a remove, the new page's first push could land and be lost.
 */
import { browser, type Runtime } from '../shared/browser';
import { sameDocument, type StatsReply } from '../shared/messages';
import type { SenderRole } from './sender';

/** The slice of `storage.session` used here (tests pass a Map-backed fake). */
export interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/** Larger than any compact snapshot (content/stats.ts compactStats: 200 entities without their mentions): refused. */
export const MAX_SNAPSHOT_CHARS = 100_000;

interface Entry {
  /** the sender's URL (filled in by the browser) */
  url: string;
  stats: StatsReply;
}

const KEY_PREFIX = 'stats-snapshot:';
export const snapshotKey = (tabId: number): string => `${KEY_PREFIX}${tabId}`;

const sessionArea = (): SessionArea => browser.storage.session as unknown as SessionArea;


function isStatsReply(value: unknown): value is StatsReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof StatsReply, unknown>>;
  return typeof v.url === 'string' && typeof v.enabled === 'boolean' && Array.isArray(v.hidden) && Array.isArray(v.entities) && typeof v.timings === 'object' && v.timings !== null;
}

/**
 * A content script's push. Refused (false) from anyone but our content script in a tab's top frame, for a tab other
 * than the sender's, for a page other than the sender's, when malformed, and when larger than MAX_SNAPSHOT_CHARS.
 */
export async function storeSnapshot(message: { stats?: unknown; tabId?: unknown }, sender: Runtime.MessageSender, role: SenderRole, area: SessionArea = sessionArea()): Promise<boolean> {
  if (role.kind !== 'content' || sender.frameId !== 0) return false;
  if (message.tabId !== undefined && message.tabId !== role.tabId) return false;
  const stats = message.stats;
  if (!isStatsReply(stats) || !sameDocument(stats.url, role.url)) return false;
  if (JSON.stringify(stats).length > MAX_SNAPSHOT_CHARS) return false;
  const entry: Entry = { url: role.url, stats };
  await area.set({ [snapshotKey(role.tabId)]: entry });
  return true;
}

/** The URL a tab shows now (undefined when the tab is gone or its URL is not ours to see). */
function currentUrl(tabId: number): Promise<string | undefined> {
  return browser.tabs.get(tabId).then(
    (tab) => tab.url,
    () => undefined,
  );
}

/**
 * The popup's ask: the last snapshot of `tabId` if it is of the page the tab shows now, else null. Only our own
 * pages may ask.
 */
export async function snapshotOf(
  message: { tabId?: unknown },
  role: SenderRole,
  area: SessionArea = sessionArea(),
  tabUrl: (tabId: number) => Promise<string | undefined> = currentUrl,
): Promise<StatsReply | null> {
  const tabId = message.tabId;
  if (role.kind !== 'extension-page' || typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  const key = snapshotKey(tabId);
  const [items, url] = await Promise.all([area.get(key), tabUrl(tabId)]);
  const entry = items[key] as Entry | undefined;
  if (!entry || typeof entry.url !== 'string' || !isStatsReply(entry.stats)) return null;
  // another page now, or one whose URL is not ours to see (then not one our content script runs in)
  return url !== undefined && sameDocument(entry.url, url) ? entry.stats : null;
}

/** tabs.onRemoved */
export function dropSnapshot(tabId: number, area: SessionArea = sessionArea()): Promise<void> {
  return area.remove(snapshotKey(tabId));
}
