/**
 * The recogniser in time slices (issue 10: yield at least every 8 ms). `extractEntities` reads its whole
 * text in one go (~3 µs a character warm, more on a cold JIT: 20,000 characters are tens of ms). Here the
 * text is cut at paragraph breaks into chunks of at most CHUNK_CHARS (a longer paragraph is a chunk of its
 * own), each recognised by `extractEntities` (in steps of its own: index.ts), and the chunks' entities merged:
 *  - same type and the same name, or a name another chunk gave as an alias: one entity;
 *  - a person named later by the end of a full name found earlier ("ông Minh" after "Nguyễn Văn Minh"),
 *    when only one earlier person's name ends so: that person (what the recogniser's own merger does within
 *    a text, across chunks);
 *  - then ranked over the whole text (summary.ts), as extractEntities ranks its own (an entity's model confidence
 *    is the surest of its chunks').
 * A text of one chunk gets exactly `extractEntities(text)`. Chunks bound memory and the merge, not the step: the
 * step is the recogniser's own (a few dozen words).
 */
import type { Entity } from '../core/types';
import type { Steps } from '../core/steps';
import { extractEntitiesWithSteps } from './index';
import { wordSetSteps } from './lazy';
import { lexiconSteps } from './lexicon';
import { mentionModelSteps, SHIPPED_MODEL } from './mention-model';
import { CONFIDENCE, rankSummary } from './summary';

/** Most characters recognised in one step. */
export const CHUNK_CHARS = 1_500;

/** [start, end) of each chunk: whole paragraphs ("\n\n"-separated), at most `most` characters unless one paragraph is longer. */
export function chunkBounds(text: string, most = CHUNK_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= most) {
      out.push([start, text.length]);
      break;
    }
    // the last paragraph break that keeps the chunk within `most`, else the first one after it
    let cut = text.lastIndexOf('\n\n', start + most);
    if (cut <= start) cut = text.indexOf('\n\n', start + most);
    if (cut < 0) {
      out.push([start, text.length]);
      break;
    }
    out.push([start, cut]);
    start = cut + 2;
  }
  return out;
}

const key = (type: string, name: string): string => `${type}\u0000${name}`;

/** extractEntities over `text`, one chunk per step (see above). */
export function* extractEntitiesSteps(text: string, most = CHUNK_CHARS): Steps<Entity[]> {
  // the word sets and gazetteer tries first, in steps of their own (built once per page, on first use)
  yield* wordSetSteps();
  yield* lexiconSteps();
  // and the learned model's weights (decoded once per page)
  yield* mentionModelSteps();
  const bounds = chunkBounds(text, most);
  if (bounds.length <= 1) return yield* extractEntitiesWithSteps(text, SHIPPED_MODEL);
  const merged: Entity[] = [];
  const byName = new Map<string, Entity>();
  for (const [start, end] of bounds) {
    const chunk = text.slice(start, end);
    // (the recogniser itself stops every few words: a step is never a whole chunk)
    for (const e of yield* extractEntitiesWithSteps(chunk, SHIPPED_MODEL)) {
      const mentions = e.mentions.map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
      const into = byName.get(key(e.type, e.name)) ?? e.aliases.map((a) => byName.get(key(e.type, a))).find((x) => x !== undefined) ?? personByEnd(merged, e);
      if (!into) {
        const copy: Entity = { ...e, aliases: [...e.aliases], mentions };
        const sure = CONFIDENCE.get(e);
        if (sure !== undefined) CONFIDENCE.set(copy, sure);
        merged.push(copy);
        byName.set(key(copy.type, copy.name), copy);
        for (const a of copy.aliases) if (!byName.has(key(copy.type, a))) byName.set(key(copy.type, a), copy);
        continue;
      }
      into.count += e.count;
      const sure = CONFIDENCE.get(e);
      if (sure !== undefined) CONFIDENCE.set(into, Math.max(sure, CONFIDENCE.get(into) ?? -Infinity));
      into.mentions.push(...mentions);
      for (const a of [e.name, ...e.aliases]) {
        if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
        if (!byName.has(key(into.type, a))) byName.set(key(into.type, a), into);
      }
      if (into.role === undefined && e.role !== undefined) into.role = e.role;
    }
    yield;
  }
  return rankSummary(merged, text);
}

/** The one earlier person whose full name ends with `e`'s (shorter) name, if exactly one does. */
function personByEnd(earlier: readonly Entity[], e: Entity): Entity | undefined {
  if (e.type !== 'PERSON') return undefined;
  const tail = ` ${e.name}`;
  let found: Entity | undefined;
  for (const p of earlier) {
    if (p.type !== 'PERSON' || !p.name.endsWith(tail)) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}
