/**
 * The reader's choices made on a page (panel open/closed, the page switch), written by the background.
 *
 * Why here and not in the content script: a page's own batched write dies with the page. Firefox ESR 140
 * drops a storage write a content script starts in `pagehide`, so "open the panel, close the tab" lost the
 * choice. A runtime message sent at the moment of the click reaches the background whatever the tab does
 * next, and the background's batch outlives the tab.
 *
 * Writes stay batched (SAVE_BATCH_MS after the last choice, one `set()` of the items that changed), so a
 * burst of choices is one sync write (Chrome: 120 a minute, 1,800 an hour). The content script sends only
 * choices made by trusted events (src/panel: `isTrusted`); a page script's clicks never get this far.
 * The batch lives for SAVE_BATCH_MS in the background's memory; the worker stays up meanwhile, since the
 * message that queued the change is answered only when its batch is written.
 */
import { withPageEnabled, siteKeyFor } from '../shared/enablement';
import type { SaveChoiceReply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { createSettingsWriter, type SettingsWriter } from '../shared/storage';
import type { SenderRole } from './sender';

export const SAVE_BATCH_MS = 400;

let writer: SettingsWriter | null = null;

/** The choice as a change of settings; the page switch acts on the sender page's own site, if it has one. */
function choiceChange(choice: { panelOpen?: unknown; pageEnabled?: unknown }, url: string): (s: Settings) => Settings {
  return (current) => {
    let next = current;
    if (typeof choice.panelOpen === 'boolean' && next.panel.open !== choice.panelOpen) next = { ...next, panel: { ...next.panel, open: choice.panelOpen } };
    if (typeof choice.pageEnabled === 'boolean') {
      const siteKey = siteKeyFor(url, next);
      if (siteKey !== null) next = withPageEnabled(next, siteKey, choice.pageEnabled);
    }
    return next;
  };
}

/**
 * Queue a content script's choice; resolves when its batch is written (or failed). Only content scripts
 * send these (the popup and options write their own choices, at once).
 */
export function saveChoice(choice: { panelOpen?: unknown; pageEnabled?: unknown }, role: SenderRole): Promise<SaveChoiceReply> {
  if (role.kind !== 'content') return Promise.resolve({ ok: false, error: 'forbidden' });
  writer ??= createSettingsWriter(SAVE_BATCH_MS);
  return writer.update(choiceChange(choice, role.url)).then(
    () => ({ ok: true }),
    (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}
