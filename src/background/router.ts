/**
 * Runtime messages the background answers (typed in src/shared/messages.ts).
 * Content → badge, load-entities, load-picker, learned-rules, save-choice, stats-snapshot; popup → toggle-site,
 * enable-origin, disable-origin, stats-snapshot-of.
 * Who may ask what is decided from the sender (sender.ts), never from the message: a content script
 * may toggle, enable or disable only its own tab's site; the extension's own pages may name any.
 */
import { browser, type Runtime } from '../shared/browser';
import { originOf } from '../shared/enablement';
import { isMessage, type Message } from '../shared/messages';
import { setBadge } from './badge';
import { saveChoice } from './choices';
import { injectEntities, injectPicker } from './entities';
import { learnedRulesFor } from './learned-cache';
import { disableOrigin, enableOrigin } from './origins';
import { senderRole, type SenderRole } from './sender';
import { snapshotOf, storeSnapshot } from './stats-snapshots';
import { toggleSiteOfTab } from './toggle';

const FORBIDDEN = { ok: false, error: 'forbidden' } as const;

function roleOf(sender: Runtime.MessageSender): SenderRole {
  let origin = '';
  let id = '';
  try {
    origin = browser.runtime.getURL('');
    id = browser.runtime.id;
  } catch {
    // no extension context: nobody is trusted
  }
  return senderRole(sender, origin, id);
}

/** The tab a toggle-site acts on: any (or the active one) for our pages, only its own for a content script. */
function toggleTarget(message: { tabId?: unknown }, role: SenderRole): number | undefined | null {
  const named = typeof message.tabId === 'number' ? message.tabId : undefined;
  if (role.kind === 'extension-page') return named;
  if (role.kind === 'content' && (named === undefined || named === role.tabId)) return role.tabId;
  return null;
}

/** An origin a sender may enable or disable: any for our pages, only the page's own for a content script. */
function originAllowed(origin: string, role: SenderRole): boolean {
  if (role.kind === 'extension-page') return true;
  return role.kind === 'content' && role.origin !== null && originOf(origin) === role.origin;
}

/** The reply for a message, or undefined when the background does not handle that type. */
export function handleMessage(message: Message, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  switch (message.type) {
    case 'tin-gon/badge': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || typeof message.count !== 'number') return Promise.resolve(false);
      return setBadge(tabId, message.count).then(
        () => true,
        () => false, // the tab closed meanwhile
      );
    }
    case 'tin-gon/load-entities':
      return injectEntities(sender);
    case 'tin-gon/load-picker':
      return injectPicker(sender);
    case 'tin-gon/learned-rules': {
      // only a content script, and only for its own page's site
      const role = roleOf(sender);
      return role.kind === 'content' ? learnedRulesFor(role.url) : Promise.resolve([]);
    }
    case 'tin-gon/stats-snapshot':
      return storeSnapshot(message, sender, roleOf(sender));
    case 'tin-gon/stats-snapshot-of':
      return snapshotOf(message, roleOf(sender));
    case 'tin-gon/save-choice':
      return saveChoice(message, roleOf(sender));
    case 'tin-gon/toggle-site': {
      const tabId = toggleTarget(message, roleOf(sender));
      return tabId === null ? Promise.resolve(FORBIDDEN) : toggleSiteOfTab(tabId);
    }
    case 'tin-gon/enable-origin':
    case 'tin-gon/disable-origin': {
      if (typeof message.origin !== 'string') return Promise.resolve({ ok: false, error: 'invalid-origin' });
      if (!originAllowed(message.origin, roleOf(sender))) return Promise.resolve(FORBIDDEN);
      return message.type === 'tin-gon/enable-origin' ? enableOrigin(message.origin) : disableOrigin(message.origin);
    }
    default:
      return undefined; // stats / set-enabled / panel are for content scripts
  }
}

/**
 * onMessage listener in the one form Chrome and Firefox both accept:
 * `return true` and answer through `sendResponse`.
 */
export function messageListener(message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined {
  if (!isMessage(message)) return undefined;
  const reply = handleMessage(message, sender);
  if (!reply) return undefined;
  reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  return true;
}
