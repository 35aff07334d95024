/**
 * Watch for content a page adds after load (lazy "related" lists, infinite scroll) and hand each
 * added element to `onAdded` in time-boxed slices (see slices.ts). Our own marks are attributes and
 * our own nodes are filtered by `isOwn`, so the observer never feeds on its own mutations.
 * Stops by itself after 30 s of quiet, and when `signal` aborts.
 */
import { SlicedQueue, UBO_SLICES, type SliceOptions } from './slices';

export interface ObserveOptions {
  onAdded: (element: Element) => void;
  /** true for nodes this extension inserted (style node, panel host) */
  isOwn: (node: Node) => boolean;
  signal: AbortSignal;
  slices?: SliceOptions;
}

/** Elements worth planning among a batch of mutation records: added, element, not ours. */
export function addedElements(records: readonly MutationRecord[], isOwn: (node: Node) => boolean): Element[] {
  const out: Element[] = [];
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType === 1 && !isOwn(node)) out.push(node as Element);
    }
  }
  return out;
}

export function observeAddedContent(doc: Document, options: ObserveOptions): { stopped: () => boolean } {
  let stopped = false;
  const observer = new MutationObserver((records) => queue.push(addedElements(records, options.isOwn)));
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    queue.dispose();
  };
  const queue = new SlicedQueue<Element>(
    (element) => {
      // a node removed again before its slice came, or already inside a handled subtree, is skipped by the caller
      if (element.isConnected) options.onAdded(element);
    },
    stop,
    options.slices ?? UBO_SLICES,
  );
  if (options.signal.aborted) stop();
  else {
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    options.signal.addEventListener('abort', stop, { once: true });
  }
  return { stopped: () => stopped };
}
