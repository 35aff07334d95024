/**
 * Mentions → DOM Ranges in the article, without touching the page.
 *
 * The recogniser gives each mention `{start, end, text}` as UTF-16 offsets into the article text. We
 * read that text as the concatenation of the article root's text nodes in document order — exactly
 * `articleRoot.textContent` — and map offsets back to (text node, offset) pairs. When an offset does not
 * point at the mention's text (the content script may have used another text, e.g. Readability's), we
 * fall back to searching the mention's text in visible text, in order, so highlighting still works.
 */
import type { Mention } from '../core/types';
import { UNRENDERED_TAGS } from '../core/tag-sets';

/** Text nodes never shown to the reader; skipped by the fallback search. */
const INVISIBLE_PARENTS = new Set([...UNRENDERED_TAGS, 'TEXTAREA']);

export interface TextIndex {
  root: Element;
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text` */
  starts: number[];
}

export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(offset);
    parts.push(text.data);
    offset += text.data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** Index of the node containing `offset`; `atEnd` picks the node a range *ending* at `offset` ends in. */
function nodeAt(index: TextIndex, offset: number, atEnd: boolean): number {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = index.starts[mid] ?? 0;
    if (atEnd ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Range for [start, end) in the index's text, or null when out of bounds or empty. */
export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  if (!(start >= 0 && end > start && end <= index.text.length) || index.nodes.length === 0) return null;
  const a = nodeAt(index, start, false);
  const b = nodeAt(index, end, true);
  const startNode = index.nodes[a];
  const endNode = index.nodes[b];
  if (!startNode || !endNode) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(startNode, start - (index.starts[a] ?? 0));
  range.setEnd(endNode, end - (index.starts[b] ?? 0));
  return range;
}

function isVisibleAt(index: TextIndex, offset: number): boolean {
  const node = index.nodes[nodeAt(index, offset, false)];
  const parent = node?.parentElement;
  return !parent || !INVISIBLE_PARENTS.has(parent.tagName.toUpperCase());
}

/**
 * The article text as the recogniser sees it (NFC, whitespace runs as one space), with a map back to raw
 * offsets: `rawStart[i]`/`rawEnd[i]` are the raw span of the character cluster that produced `norm[i]`.
 * Decomposed pages (base letter + combining marks) are normalised cluster by cluster, so Vietnamese
 * written either way is found.
 */
interface SearchText {
  norm: string;
  rawStart: number[];
  rawEnd: number[];
}

const CLUSTER = /\s+|[^\s][\p{M}]*/gsu;

function searchText(index: TextIndex): SearchText {
  const parts: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  for (const match of index.text.matchAll(CLUSTER)) {
    const raw = match[0];
    const at = match.index ?? 0;
    const out = /^\s/.test(raw) ? ' ' : raw.normalize('NFC');
    parts.push(out);
    for (let i = 0; i < out.length; i++) {
      rawStart.push(at);
      rawEnd.push(at + raw.length);
    }
  }
  return { norm: parts.join(''), rawStart, rawEnd };
}

/** What a mention's text looks like in `SearchText.norm`. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);

/** True when the occurrence sits next to another capitalised word: likely part of a longer name ("Mỹ" in "Mỹ Tho"). */
function touchesName(norm: string, at: number, length: number): boolean {
  return /^ \p{Lu}/u.test(norm.slice(at + length, at + length + 2)) || /\p{Lu}[\p{L}\p{M}]* $/u.test(norm.slice(Math.max(0, at - 24), at));
}

/**
 * Next whole-word occurrence of `needle` at or after `from` in visible normalised text that `accept`s, or -1.
 * Stand-alone occurrences are preferred; one inside a longer capitalised name is the last resort.
 */
function findWord(index: TextIndex, search: SearchText, needle: string, from: number, accept: (at: number) => boolean): number {
  for (const strict of [true, false]) {
    for (let at = search.norm.indexOf(needle, from); at !== -1; at = search.norm.indexOf(needle, at + 1)) {
      const before = search.norm[at - 1];
      const after = search.norm[at + needle.length];
      if (isWordChar(before) || isWordChar(after) || !isVisibleAt(index, search.rawStart[at] ?? 0)) continue;
      if (strict && touchesName(search.norm, at, needle.length)) continue;
      if (accept(at)) return at;
    }
  }
  return -1;
}

/**
 * Locate each mention: by its offsets when they point at its text in `root.textContent`, else by
 * searching its (normalised) text in visible text, in order after the previous hit — the recogniser may
 * have read another text (paragraphs only, NFC, collapsed spaces). Returns ranges in document order,
 * without duplicates.
 */
export function locateMentions(index: TextIndex, mentions: readonly Mention[]): Range[] {
  const spans = new Map<number, number>();
  let search: SearchText | null = null;
  let cursor = 0;
  const sorted = [...mentions].filter((m) => typeof m?.text === 'string' && m.text.trim().length > 0).sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (Number.isInteger(m.start) && Number.isInteger(m.end) && index.text.slice(m.start, m.end) === m.text) {
      spans.set(m.start, m.end);
      continue;
    }
    search ??= searchText(index);
    const needle = normalizeForSearch(m.text);
    const free = (at: number): boolean => !spans.has(search?.rawStart[at] ?? -1);
    let at = findWord(index, search, needle, cursor, free);
    if (at === -1) at = findWord(index, search, needle, 0, free);
    if (at === -1) continue;
    const start = search.rawStart[at];
    const end = search.rawEnd[at + needle.length - 1];
    if (start === undefined || end === undefined) continue;
    spans.set(start, end);
    cursor = at + needle.length;
  }
  return [...spans.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, end]) => rangeFor(index, start, end))
    .filter((r): r is Range => r !== null);
}
