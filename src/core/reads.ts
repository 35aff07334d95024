/**
 * DOM reads remembered for one plan. From a Firefox content script every DOM call crosses an Xray wrapper
 * (~1 µs more than the page's own call; textContent 3–4×, docs/firefox-2026-12-06.md), and the detectors of
 * one plan ask the same elements the same questions: the walk reads a link's text, then the link-cutting, the
 * celebrity labels, the tag and topic rows read it again; every isProtected climbs the same ancestors.
 *
 * `planScope` runs a plan (core/steps.ts) with a fresh memo: while one of its steps runs, `textOf`, `parentOf`
 * and `tagOf` answer from it; outside a plan they read the DOM as before. The memo lives for that plan only
 * (the page changes between plans) and is installed around each step, so two plans in slices never share one.
 * Planning never writes to the page; a page that changes between two slices of one plan may be seen as it was
 * at the first read, as the walk's own paragraph texts already were.
 */
import type { Steps } from './steps';

class Reads {
  readonly text = new Map<Element, string>();
  readonly parent = new Map<Element, Element | null>();
  readonly tag = new Map<Element, string>();
  /** by attribute name */
  readonly attrs = new Map<string, Map<Element, string | null>>();
  /** per question (a function, a guard): answers by element */
  readonly asked = new Map<object, Map<Element, unknown>>();
}

let reads: Reads | null = null;

/** Run `steps` with a memo of its own (see above). */
export function* planScope<T>(steps: Steps<T>): Steps<T> {
  const mine = new Reads();
  for (;;) {
    const outer = reads;
    reads = mine;
    let next: IteratorResult<void, T>;
    try {
      next = steps.next();
    } finally {
      reads = outer;
    }
    if (next.done) return next.value;
    yield;
  }
}

/**
 * The most answers one memo keeps. Past it, reads go to the DOM: on the 180k-element hostile page the memos grew
 * to a map per question of every element (texts included), and the heap with them — collections of 35–40 ms landed
 * inside 8 ms slices (docs/speed-2026-12-06d.md). A page of ordinary size (a few thousand elements) never gets there.
 */
export const MEMO_MAX = 16_384;

/** Remember `value` for `el` in `memo`, while it has room. */
function keep<V>(memo: Map<Element, V> | undefined, el: Element, value: V): void {
  if (memo && memo.size < MEMO_MAX) memo.set(el, value);
}

/** The memo's value for `el`, read from the DOM (and remembered, in a plan) when it has none. */
function remembered<V>(memo: Map<Element, V> | undefined, el: Element, read: (el: Element) => V): V {
  let value = memo?.get(el);
  if (value === undefined) {
    value = read(el);
    keep(memo, el, value);
  }
  return value;
}

const readText = (el: Element): string => el.textContent ?? '';
const readParent = (el: Element): Element | null => el.parentElement;
const readTag = (el: Element): string => el.tagName;

/** el.textContent, read once per plan. */
export const textOf = (el: Element): string => remembered(reads?.text, el, readText);

/** What el.textContent is, known without reading it (joined from its children's): remembered for this plan. */
export function rememberText(el: Element, text: string): void {
  keep(reads?.text, el, text);
}

/** el.parentElement, read once per plan. */
export const parentOf = (el: Element): Element | null => remembered(reads?.parent, el, readParent);

/** el.tagName, read once per plan. */
export const tagOf = (el: Element): string => remembered(reads?.tag, el, readTag);

/** el.getAttribute(name), read once per plan. */
export function attrOf(el: Element, name: string): string | null {
  let memo: Map<Element, string | null> | undefined;
  if (reads) {
    memo = reads.attrs.get(name);
    if (!memo) reads.attrs.set(name, (memo = new Map()));
    const known = memo.get(el);
    if (known !== undefined) return known;
  }
  const value = el.getAttribute(name);
  keep(memo, el, value);
  return value;
}

/**
 * The answers to one question about elements during the current plan (`key`: what identifies the question, a
 * function or the list it is asked about); undefined outside a plan.
 */
export function answers<V>(key: object): Map<Element, V> | undefined {
  if (!reads) return undefined;
  let memo = reads.asked.get(key);
  if (!memo) reads.asked.set(key, (memo = new Map()));
  return memo as Map<Element, V>;
}

/** What `find` gives for `el`, found once per plan (`key`: which finder); not remembered outside a plan. */
export function foundOnce<V>(key: object, el: Element, find: (el: Element) => V): V {
  const memo = answers<V>(key);
  let found = memo?.get(el);
  if (found === undefined) {
    found = find(el);
    keep(memo, el, found);
  }
  return found;
}

/**
 * Whether `el` or one of its ancestors passes `test`: a climb to the root. During a plan the answers found on
 * the way are remembered under `key` (what identifies the question), so a climb stops where an earlier one
 * passed: the items of one plan share most of their ancestors.
 */
export function selfOrAncestor(el: Element | null, test: (e: Element) => boolean, key: object): boolean {
  const memo = answers<boolean>(key);
  const path: Element[] = [];
  let found = false;
  for (let e = el; e; e = parentOf(e)) {
    const known = memo?.get(e);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (test(e)) {
      found = true;
      break;
    }
    path.push(e);
  }
  for (const e of path) keep(memo, e, found);
  return found;
}

/**
 * A collection's elements (a snapshot, as Array.from gives): its length read once. Array.from goes through the
 * collection's iterator, which reads the length again at every step — one DOM call more per element.
 */
export function elementsOf<T extends Element>(list: ArrayLike<T>): T[] {
  const out: T[] = [];
  for (let i = 0, n = list.length; i < n; i++) out.push(list[i]!);
  return out;
}
