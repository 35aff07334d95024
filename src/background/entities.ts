/**
 * `tin-gon/load-entities`: a content script has cleaned its page and wants the entity recogniser and
 * the panel. Inject entities.js into the sender's frame; `scripting.executeScript` runs files in the
 * extension's content-script world (Chrome's isolated world, Firefox's content-script sandbox), where
 * the file registers itself for the content script (src/content/entity-bundle.ts).
 * Needs no permission beyond what let the content script run there: the built-in portals are in
 * host_permissions, and added origins have their host permission granted.
 */
import { browser, type Runtime } from '../shared/browser';
import type { LoadEntitiesReply } from '../shared/messages';
import { ENTITIES_JS } from './files';

export async function injectEntities(sender: Runtime.MessageSender): Promise<LoadEntitiesReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no-tab' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ENTITIES_JS] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
