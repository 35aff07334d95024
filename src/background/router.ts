/**
 * Runtime messages the background answers (typed in src/shared/messages.ts).
 * Content → badge, load-entities, load-picker; popup → toggle-site, enable-origin, disable-origin.
 */
import type { Runtime } from '../shared/browser';
import { isMessage, type Message } from '../shared/messages';
import { setBadge } from './badge';
import { injectEntities, injectPicker } from './entities';
import { disableOrigin, enableOrigin } from './origins';
import { toggleSiteOfTab } from './toggle';

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
    case 'tin-gon/toggle-site':
      return toggleSiteOfTab(typeof message.tabId === 'number' ? message.tabId : undefined);
    case 'tin-gon/enable-origin':
      return typeof message.origin === 'string' ? enableOrigin(message.origin) : Promise.resolve({ ok: false, error: 'invalid-origin' });
    case 'tin-gon/disable-origin':
      return typeof message.origin === 'string' ? disableOrigin(message.origin) : Promise.resolve({ ok: false, error: 'invalid-origin' });
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
