/**
 * Content-script lifetime. A page can outlive the extension context that cleaned it (update, reload,
 * uninstall), and the background may inject content.js into a tab that already runs it. The newest
 * instance announces itself with a DOM event; an older instance that hears it tears down first, and
 * an instance whose context is gone tears down the first time it notices.
 */
import { browser } from '../shared/browser';

const INSTANCE_EVENT = 'tin-gon:content-instance';

export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** An AbortController for this instance; aborted when a newer instance starts on the page. */
export function claimPage(doc: Document): AbortController {
  // announce before listening, so we do not hear ourselves
  doc.dispatchEvent(new Event(INSTANCE_EVENT));
  const life = new AbortController();
  doc.addEventListener(INSTANCE_EVENT, () => life.abort(), { once: true, signal: life.signal });
  return life;
}
