/**
 * Content-script lifetime. A page can outlive the extension context that cleaned it (update, reload,
 * uninstall), and the background may inject content.js into a tab that already runs it.
 *
 * The newest instance ends the older one through a slot on the content-script world's own global
 * object — Chrome's isolated world, Firefox's content-script sandbox — which page scripts can neither
 * see nor write: nothing the page dispatches (a DOM event, a postMessage) reaches it. Every injection
 * of our content.js into a frame (manifest, registered script, executeScript) runs in that same world,
 * and in Chrome an instance orphaned by an extension reload stays in it too, so the next instance
 * still ends it. An instance whose context is gone also ends itself the first time it notices
 * (`contextAlive`, checked on every message and badge update).
 */
import { browser } from '../shared/browser';

/** Symbol.for: the same key for every copy of this bundle loaded into the world (each injection is a new copy). */
const SLOT = Symbol.for('tin-gon.content-instance');

interface InstanceSlot {
  [SLOT]?: AbortController;
}

export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * An AbortController for this instance; aborted when a newer instance starts in this world.
 * `world` is the content script's global object (a parameter so tests can give each "world" its own).
 */
export function claimPage(world: object = globalThis): AbortController {
  const slot = world as InstanceSlot;
  const previous = slot[SLOT];
  const life = new AbortController();
  slot[SLOT] = life;
  // Whatever the old instance does while ending must not stop this one from starting.
  try {
    previous?.abort();
  } catch {
    // an orphaned instance whose teardown throws: it is ended as far as we can end it
  }
  life.signal.addEventListener('abort', () => {
    if (slot[SLOT] === life) delete slot[SLOT];
  });
  return life;
}
