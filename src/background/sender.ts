/**
 * Who sent a runtime message. A content script runs next to page scripts (and, in a compromised
 * renderer, under their control), so a message from it may only act on its own tab and origin.
 * Only the extension's own pages (popup, options) may name another tab or origin.
 *
 * What the browser fills in, not the message, decides: `sender.url` is set by the browser process
 * (Chrome checks it against the renderer's site lock, Firefox against the sending context), and
 * `sender.id` is our own id for both our pages and our content scripts.
 */
import type { Runtime } from '../shared/browser';
import { originOf } from '../shared/enablement';

export type SenderRole =
  /** popup, options, reader: a page served from the extension's own origin, not framed in a web page */
  | { kind: 'extension-page' }
  /** a content script (ours) in a web page: may act only on this tab and this origin */
  | { kind: 'content'; tabId: number; url: string; origin: string | null }
  | { kind: 'unknown' };

/**
 * @param extensionOrigin "chrome-extension://ID/" or "moz-extension://UUID/" (`runtime.getURL('')`)
 * @param extensionId `runtime.id`
 */
export function senderRole(sender: Runtime.MessageSender, extensionOrigin: string, extensionId: string): SenderRole {
  if (sender.id !== extensionId) return { kind: 'unknown' };
  const url = typeof sender.url === 'string' ? sender.url : '';
  const fromOurOrigin = extensionOrigin !== '' && url.startsWith(extensionOrigin);
  const tabUrl = sender.tab?.url;
  if (fromOurOrigin) {
    // An extension page shown in a tab (options, reader, the popup opened as a tab) has a tab whose URL is
    // ours too, or hidden. One of our pages framed inside a web page (not web-accessible today, but that can
    // change) sits in a web tab: it is no more trusted than that page.
    if (!sender.tab || tabUrl === undefined || tabUrl.startsWith(extensionOrigin)) return { kind: 'extension-page' };
    return { kind: 'unknown' };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || url === '') return { kind: 'unknown' };
  return { kind: 'content', tabId, url, origin: originOf(url) };
}
