/**
 * Watch for content a page adds after load (lazy "related" lists, infinite scroll) and hand each
 * added element to `onAdded` in time-boxed slices (see slices.ts). Our own marks are attributes and
 * our own nodes are filtered by `isOwn`, so the observer never feeds on its own mutations.
 * After 30 s of quiet it sleeps: no timer runs and nothing is planned, but the observer stays connected,
 * so the next burst (a list loaded while the reader scrolls) wakes it and is cleaned like the first.
 * (uBO disconnects for good instead; a page that loads its related list a minute later was then never
 * cleaned.) Asleep, a mutation costs what the browser charges to deliver its record plus one Set insert.
 * Stops for good when `signal` aborts.
 */
import type { Deadline } from '../core/steps';
import { realTimers, SlicedQueue, UBO_SLICES, type SliceOptions, type Timers } from './slices';

export interface ObserveOptions {
  /**
   * One added element; `expired` says when the slice is over. Returns false when it paused there (a huge
   * subtree): it is called again with the same element in the next slice.
   */
  onAdded: (element: Element, expired: Deadline) => boolean | void;
  /** true for nodes this extension inserted (style node, panel host) */
  isOwn: (node: Node) => boolean;
  signal: AbortSignal;
  /** the page removed one of our own nodes (the stylesheet): see cleaner.ts, contested marks */
  onOwnRemoved?: () => void;
  slices?: SliceOptions;
  /** injected by unit tests (a fake clock) */
  timers?: Timers;
}

export interface ObserverState {
  /** disconnected for good (signal aborted) */
  stopped(): boolean;
  /** quiet for the idle time: no timers, waiting for the next burst */
  sleeping(): boolean;
  /** times it went to sleep and woke again */
  wakes(): number;
  /** queue elements as if the page had just added them (held back while the first clean was planned) */
  push(elements: Iterable<Element>): void;
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

function removedOwn(records: readonly MutationRecord[], isOwn: (node: Node) => boolean): boolean {
  for (const record of records) for (const node of record.removedNodes) if (isOwn(node)) return true;
  return false;
}

export function observeAddedContent(doc: Document, options: ObserveOptions): ObserverState {
  let stopped = false;
  let sleeping = false;
  let wakes = 0;
  const observer = new MutationObserver((records) => {
    if (options.onOwnRemoved && removedOwn(records, options.isOwn)) options.onOwnRemoved();
    const added = addedElements(records, options.isOwn);
    if (added.length === 0) return;
    if (sleeping) {
      sleeping = false;
      wakes += 1;
    }
    queue.push(added);
  });
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    queue.dispose();
  };
  const queue = new SlicedQueue<Element>(
    (element, expired) => {
      // a node removed again before its slice came, or already inside a handled subtree, is skipped by the caller
      return element.isConnected ? options.onAdded(element, expired) : true;
    },
    () => {
      sleeping = true;
    },
    options.slices ?? UBO_SLICES,
    options.timers ?? realTimers,
  );
  if (options.signal.aborted) stop();
  else {
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    options.signal.addEventListener('abort', stop, { once: true });
  }
  return {
    stopped: () => stopped,
    sleeping: () => sleeping,
    wakes: () => wakes,
    push: (elements) => {
      if (!stopped) queue.push(elements);
    },
  };
}
