/**
 * The observer of later content (src/content/observer.ts) under jsdom with a fake clock: it sleeps after
 * 30 s of quiet and wakes on the next burst — a related list loaded a minute later is still cleaned
 * (issue 10, point 4: it used to disconnect for good).
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { observeAddedContent } from '../../src/content/observer';
import { UBO_SLICES } from '../../src/content/slices';
import { fakeTimers } from './fake-timers';

const microtasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const dom = new JSDOM('<!doctype html><html><body><main></main></body></html>');
  const doc = dom.window.document;
  const timers = fakeTimers();
  const seen: string[] = [];
  const abort = new AbortController();
  // jsdom's MutationObserver is the window's: the module reads the global
  (globalThis as { MutationObserver?: unknown }).MutationObserver = dom.window.MutationObserver;
  const state = observeAddedContent(doc, { signal: abort.signal, isOwn: () => false, onAdded: (el) => void seen.push(el.id), timers, slices: UBO_SLICES });
  const add = (id: string): void => {
    const div = doc.createElement('div');
    div.id = id;
    doc.querySelector('main')!.appendChild(div);
  };
  return { timers, seen, abort, state, add };
}

describe('observer: sleeps when quiet, wakes on the next burst', () => {
  it('cleans a list added after 30 s of quiet, and after a second sleep too', async () => {
    const { timers, seen, state, add } = setup();
    add('first');
    await microtasks();
    timers.advance(UBO_SLICES.debounceMs);
    expect(seen).toEqual(['first']);
    timers.advance(UBO_SLICES.idleMs + 1);
    expect(state.sleeping()).toBe(true);
    expect(state.stopped()).toBe(false);
    expect(timers.pending()).toBe(0); // asleep: no timer left running
    timers.advance(60_000);
    add('scrolled-in');
    await microtasks();
    expect(state.sleeping()).toBe(false);
    timers.advance(UBO_SLICES.debounceMs);
    expect(seen).toEqual(['first', 'scrolled-in']);
    timers.advance(UBO_SLICES.idleMs + 1);
    add('again');
    await microtasks();
    timers.advance(UBO_SLICES.debounceMs);
    expect(seen).toEqual(['first', 'scrolled-in', 'again']);
    expect(state.wakes()).toBe(2);
  });

  it('stops for good when its signal aborts', async () => {
    const { timers, seen, abort, state, add } = setup();
    abort.abort();
    add('late');
    await microtasks();
    timers.advance(UBO_SLICES.idleMs * 2);
    expect(seen).toEqual([]);
    expect(state.stopped()).toBe(true);
  });
});
