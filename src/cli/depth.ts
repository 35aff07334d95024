/**
 * Pages nested thousands of levels deep. A browser's HTML parser never builds such a tree: Chromium's
 * stops nesting at 512 levels (kMaximumHTMLParserDOMTreeDepth) and attaches what comes deeper as
 * siblings at that depth, so every word is still there, in order. jsdom (parse5) has no such limit, and
 * the engine's walks recurse once per level: 3,000 levels overflowed the stack with a trace.
 *
 * The CLI therefore hands the engine the tree a browser would have built — the same text in the same
 * order, at most MAX_DEPTH deep. The flattening is done on parse5's plain tree (parse5 parses with an
 * explicit stack), with loops only, before jsdom builds its DOM: moving nodes inside a 10,000-deep jsdom
 * tree costs O(depth) per move (a minute for one page), moving plain objects costs nothing.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { parse5Module } from './lazy';

export const MAX_DEPTH = 512;

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

const childrenOf = (node: ParentNode | ChildNode): ChildNode[] | null =>
  'childNodes' in node && Array.isArray(node.childNodes) ? (node.childNodes as ChildNode[]) : null;

/** Nodes at `limit - 1` levels below the document whose children have children (their subtrees reach past `limit`); also the deepest depth. */
function scan(doc: ParentNode, limit: number): { deepest: number; atLimit: ChildNode[] } {
  let deepest = 0;
  const atLimit: ChildNode[] = [];
  const stack: [ParentNode | ChildNode, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    const kids = childrenOf(node);
    if (!kids || kids.length === 0) continue;
    if (depth === limit - 1 && kids.some((k) => (childrenOf(k)?.length ?? 0) > 0)) atLimit.push(node as ChildNode);
    for (const kid of kids) stack.push([kid, depth + 1]);
  }
  return { deepest, atLimit };
}

/** Every node under `root` in document order, by an explicit stack. */
function flatDescendants(root: ChildNode): ChildNode[] {
  const out: ChildNode[] = [];
  const stack: ChildNode[] = [...(childrenOf(root) ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    const kids = childrenOf(node);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

export interface DepthResult {
  html: string;
  /** the deepest nesting in the input (document = 0) */
  depth: number;
  /** true when the input was deeper than the limit and was flattened */
  capped: boolean;
}

/**
 * `html` unchanged when it nests at most `limit` deep; else the same page with every node below depth
 * `limit - 1` made a child of its ancestor at that depth, in document order (as Chromium's parser attaches
 * what comes past its limit as siblings): every text node is kept, in order; nothing is deeper than `limit`.
 */
export function capDepth(html: string, limit = MAX_DEPTH): DepthResult {
  // cheap pre-check: fewer tags than the limit cannot nest that deep
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1 && tags <= limit; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= limit) return { html, depth: -1, capped: false };
  const { parse, serialize } = parse5Module();
  const doc = parse(html);
  const { deepest, atLimit } = scan(doc, limit);
  if (deepest <= limit) return { html, depth: deepest, capped: false };
  for (const el of atLimit) {
    const all = flatDescendants(el);
    for (const node of all) {
      const kids = childrenOf(node);
      if (kids) kids.length = 0;
      node.parentNode = el as ParentNode;
    }
    (el as ParentNode).childNodes = all;
  }
  return { html: `<!DOCTYPE html>${serialize(doc).replace(/^<!DOCTYPE html>/i, '')}`, depth: deepest, capped: true };
}

/** Is any element nested more than `limit` deep under `root` (root = 1)? An explicit walk, stopping early. */
export function deeperThan(root: Element, limit = MAX_DEPTH): boolean {
  let depth = 1;
  let node: Element | null = root;
  while (node) {
    if (depth > limit) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}
