/**
 * Entity summary of an article: people (with roles), places and organisations, offline and fast.
 *   normalize (NFC, offsets kept) → tokenize (one pass) → recognise (cues, gazetteer, capitals)
 *   → merge (aliases) → summary (not-names dropped) → Entity[] in salience order (title, lead, mentions).
 * Used by the content script, the panel, `tin-gon entities` and `tin-gon clean --format json`.
 */
import { drain, type Steps } from '../core/steps';
import type { Entity } from '../core/types';
import { Merger, type Group } from './merge';
import { applyMentionModelSteps, type MentionModel, SHIPPED_MODEL } from './mention-model';
import { normalizeWithMap, type NormalizedText } from './normalize';
import { Recogniser } from './recognise';
import { CONFIDENCE, notAName, rankSummary } from './summary';
import { tokenize, type Token } from './tokenize';

/** Entities built from their groups between two stops (each reads its mentions and its first sentence). */
const BUILD_PER_STEP = 16;

function sentenceText(tokens: readonly Token[], norm: NormalizedText, original: string, sentence: number, hint: number): string {
  let a = hint;
  let b = hint;
  while (a > 0 && tokens[a - 1]?.sentence === sentence && tokens[a - 1]?.text !== '\n') a--;
  while (b + 1 < tokens.length && tokens[b + 1]?.sentence === sentence && tokens[b + 1]?.text !== '\n') b++;
  const first = tokens[a];
  const last = tokens[b];
  if (first === undefined || last === undefined) return '';
  const s = norm.toOriginal[first.start] ?? 0;
  const e = norm.toOriginal[last.end] ?? original.length;
  return original.slice(s, e).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The name an entry is shown by: as the article writes it (its most frequent full form), so what the reader sees
 * is what the page says ("Công Phượng", "tỉnh Bạc Liêu", "Moscow"); the gazetteer's canonical spelling is then the
 * first alias. The canonical is shown when the article writes it, or only abbreviates the name (an acronym or
 * three letters or fewer: "M.U" → "Manchester United", "Ý" → "Italy").
 */
function bestName(g: Group, surfaces: string[]): string {
  const written = bestWritten(g, surfaces);
  const c = g.canonical;
  if (c === undefined) return written;
  if (surfaces.some((s) => s.toLocaleLowerCase('vi') === c.toLocaleLowerCase('vi'))) return c;
  if (written === '' || written === written.toUpperCase() || written.replace(/[^\p{L}]/gu, '').length <= 3) return c;
  return notAName({ name: written, type: g.type }) === null ? written : c;
}

/** The most frequent written form (for a person, among the longest), the body's spelling over a heading's capitals. */
function bestWritten(g: Group, surfaces: string[]): string {
  const counts = new Map<string, number>();
  for (const s of surfaces) counts.set(s, (counts.get(s) ?? 0) + 1);
  const longestWords = Math.max(...surfaces.map((s) => s.split(' ').length));
  let best = '';
  let bestCount = -1;
  // a name printed in capitals ("NGUYỄN VĂN AN" in a heading) is shown as the body writes it when it does
  const mixed = surfaces.some((s) => s !== s.toUpperCase());
  for (const [s, c] of counts) {
    // a person is named by a full name, never by the surname alone
    if (g.type === 'PERSON' && s.split(' ').length < longestWords) continue;
    if (mixed && s === s.toUpperCase() && s.length > 4) continue;
    if (c > bestCount || (c === bestCount && s.length > best.length)) {
      best = s;
      bestCount = c;
    }
  }
  return best;
}

export function extractEntities(text: string): Entity[] {
  return drain(extractEntitiesWithSteps(text, SHIPPED_MODEL));
}

/** extractEntities with the given mention model in place of the shipped one (training and evaluation scripts). */
export function extractEntitiesWith(text: string, model: MentionModel): Entity[] {
  return drain(extractEntitiesWithSteps(text, model));
}

/**
 * extractEntitiesWith as pausable steps (sliced.ts drives it in the content script): a stop after reading the text,
 * within the recogniser's scan and passes, and between merging, the model and the summary. Drained, it is the same
 * computation in the same order.
 */
export function* extractEntitiesWithSteps(text: string, model: MentionModel): Steps<Entity[]> {
  // each of these is a few ms on a cold JIT (a content script is cold on every page): a stop between them
  const norm = normalizeWithMap(text);
  yield;
  const tokens = tokenize(norm.text);
  yield;
  const raw = yield* new Recogniser(tokens, norm.text).runSteps();
  yield;
  const merger = new Merger(tokens, norm.text);
  const entities: Entity[] = [];
  // the rules propose and merge, the learned model keeps, drops or retypes each mention (mention-model.ts)
  const merged = merger.merge(raw);
  yield;
  const kept = yield* applyMentionModelSteps(raw, merged, tokens, norm.text, model);
  yield;
  let built = 0;
  for (const g of kept) {
    if (++built % BUILD_PER_STEP === 0) yield;
    const sorted = [...g.mentions].sort((x, y) => x.from - y.from).filter((m, k, all) => k === 0 || all[k - 1]?.from !== m.from);
    const surfaces = sorted.map((m) => merger.surface(m).replace(/\s+/g, ' '));
    const name = bestName(g, surfaces);
    const mentions = sorted.map((m) => {
      const a = tokens[m.from] as Token;
      const b = tokens[m.to - 1] as Token;
      const start = norm.toOriginal[a.start] ?? a.start;
      const end = norm.toOriginal[b.end] ?? b.end;
      return { start, end, text: text.slice(start, end) };
    });
    const first = sorted[0];
    const firstTok = first === undefined ? undefined : tokens[first.from];
    const entity: Entity = {
      type: g.type,
      name,
      aliases: [...new Set(g.canonical !== undefined ? [g.canonical, ...surfaces] : surfaces)].filter((s) => s !== name),
      count: mentions.length,
      firstSentence: firstTok === undefined || first === undefined ? '' : sentenceText(tokens, norm, text, firstTok.sentence, first.from),
      mentions,
    };
    const role = Merger.role(g);
    if (role !== undefined) entity.role = role;
    if (g.confidence !== undefined) CONFIDENCE.set(entity, g.confidence);
    entities.push(entity);
  }
  yield;
  // the order a reader sees: salience (title, lead, count), with what is not a name left out (summary.ts)
  return rankSummary(entities, text);
}
