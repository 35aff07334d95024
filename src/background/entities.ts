/**
 * `tin-gon/load-entities`: a content script has cleaned its page and wants the entity recogniser and
 * the panel; `tin-gon/load-picker`: the reader starts the element picker or shows the hidden blocks.
 * Inject entities.js / picker.js into the sender's frame; `scripting.executeScript` runs files in the
 * extension's content-script world (Chrome's isolated world, Firefox's content-script sandbox), where
 * the file registers itself for the content script (src/content/entity-bundle.ts, picker-bundle.ts).
 * Needs no permission beyond what let the content script run there: the built-in portals are in
 * host_permissions, and added origins have their host permission granted.
 */
import { browser, type Runtime } from '../shared/browser';
import type { LoadEntitiesReply } from '../shared/messages';
import { ENTITIES_JS, PICKER_JS } from './files';

export function injectEntities(sender: Runtime.MessageSender): Promise<LoadEntitiesReply> {
  return injectIntoSender(sender, ENTITIES_JS);
}

export function injectPicker(sender: Runtime.MessageSender): Promise<LoadEntitiesReply> {
  return injectIntoSender(sender, PICKER_JS);
}

async function injectIntoSender(sender: Runtime.MessageSender, file: string): Promise<LoadEntitiesReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no-tab' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
