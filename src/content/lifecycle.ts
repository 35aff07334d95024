/**
 * Content-script lifetime. A page can outlive the extension context that cleaned it (update, reload,
 * uninstall), and the background may inject content.js into a tab that already runs it.
 *
 * The newest instance ends the older one through a slot on the content-script world's own global
 * object — Chrome's isolated world, Firefox's content-script sandbox — which page scripts can neither
 * see nor write: nothing the page dispatches (a DOM event, a postMessage) reaches it. Every injection
 * of our content.js into a frame (manifest, registered script, executeScript) by one extension context
 * runs in that same world. An instance orphaned by an extension reload or update in Chromium is NOT in the
 * new context's world (measured: both stylesheets stayed in the page), so it ends itself: `watchContext`
 * looks every second, and `contextAlive` is also checked on every message and badge update.
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

/**
 * Chromium leaves a content script running when its extension is reloaded or updated, and the new instance
 * it injects runs in a new world that cannot reach the old one's slot (tests/e2e/rollback.test.ts saw both
 * stylesheets in the page). The orphan learns it is one only by looking — `runtime.id` is gone — so it looks
 * every `everyMs` (a property read) until `signal` aborts, and calls `onDead` once when it is.
 */
export function watchContext(onDead: () => void, signal: AbortSignal, everyMs = 1000): void {
  const timer = setInterval(() => {
    if (contextAlive()) return;
    clearInterval(timer);
    onDead();
  }, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
