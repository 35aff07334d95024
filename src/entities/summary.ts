/**
 * The summary a reader sees: what is shown and in which order (issue 14: "the summary is the product").
 *  - never an entry that is not a name: a single letter or initials ("S", "T.T.B", "Công ty N"), an all-caps common
 *    word or generic abbreviation ("PV", "KHÔNG"), a cue or head word alone ("Ban", "Cục", "Hãng"), or a cut name
 *    ending on a capitalised word that opens a name ("Trung tâm Hội");
 *  - never an entry named once that the learned model leans against (confidence below UNSURE);
 *  - ranked by salience: named in the title (first line) or the lead (the next 400 characters), then how often.
 * Filtered entries are dropped from the result; their mentions were not names either.
 */
import type { Entity } from '../core/types';
import { isCommonCaps } from './caps';
import { NOT_NAMES } from './cues';
import { once } from './lazy';
import { ensureLexicon, GAZETTEER, ORG_HEAD_TRIE, TITLE_TRIE } from './lexicon';
import { tokenize } from './tokenize';
import { COMPLETE_HEADS } from './words';

/** "S", "N.", "T.T.B", "Y.K.M.L": one letter, or letters joined by dots. */
const INITIALS = once(() => /^\p{Lu}\.?$|^(?:\p{Lu}\.)+\p{Lu}?\.?$/u);
/** "Công ty N", "ông Nguyễn Văn T.": a last word of one plain letter (not a one-letter syllable such as "Á", "Ý") */
const LAST_INITIAL = /\s[A-ZĐ]\.?$/u;

/** Why an entity must not be shown, or null when it is a name. */
export function notAName(e: Pick<Entity, 'name' | 'type'>): string | null {
  ensureLexicon();
  const name = e.name.trim();
  if (name === '' || INITIALS().test(name) || name.length < 2) return 'initials';
  // "Công ty N", "ông Nguyễn Văn T": a name abbreviated to an initial
  if (LAST_INITIAL.test(name)) return 'initials';
  const tokens = tokenize(name);
  const words = tokens.filter((t) => t.word);
  // ("HĐND", "UBND" after a title name the council of the place in question: kept)
  if (words.length === 1 && words[0]?.acronym === true && isCommonCaps(words[0].lower) && ORG_HEAD_TRIE.longest(tokens, 0) === null) return 'common caps';
  const lower = name.toLocaleLowerCase('vi');
  if (NOT_NAMES.has(lower)) return 'common word';
  // a head or title of one word alone: "Ban", "Cục", "Hãng", "Tổng" (a body named by its head, "Đảng", stays)
  // a cut name: a capitalised word that opens an organisation's name right after a lower-case word ("Trung tâm Hội");
  // not "Hải Phòng", "Thiên Trường" (capitalised before it), nor place prefixes ("Nhật Bản", "Diễn Châu")
  const last = words[words.length - 1];
  const beforeLast = words[words.length - 2];
  if (beforeLast !== undefined && !beforeLast.cap && e.type !== 'PERSON' && last !== undefined && last.cap && !last.acronym && ORG_HEAD_TRIE.longest([last], 0) !== null) {
    return 'cut name';
  }
  if (tokens.length === 1 && !words[0]?.acronym && GAZETTEER.longest(tokens, 0) === null && !COMPLETE_HEADS.has(lower)) {
    const head = ORG_HEAD_TRIE.longest(tokens, 0) ?? TITLE_TRIE.longest(tokens, 0);
    if (head !== null && TITLE_TRIE.longest(tokens, 0)?.value.title !== false) return 'head alone';
  }
  return null;
}

/**
 * How sure the learned model is that the entity is a name of its type (log-odds over "not a name", its surest
 * mention), when the model ran (articles, not one-line texts). Kept beside the entity, not in it: the entity
 * objects travel to the panel as they are.
 */
export const CONFIDENCE = new WeakMap<Entity, number>();

/**
 * An entry named at most DOUBT_MENTIONS times, never in the title, whose confidence (log-odds) is below DOUBT is
 * doubtful: shown after the others. (Chosen leave-one-batch-out: thresholds 1–3 and 1–2 mentions all lay within
 * 0.01 of each other on the top-10 share, 2 and 2 the best; with the fifth session's model, top-10 LOBO / pooled
 * blind g+h+i: 2 and 2 .884 / .878, 3 and 2 .886, 4 and 2 .881, 2 and 3 .887, 3 and 3 .889 / .879, 3 and 4 .889 / .880.)
 */
export const DOUBT = 3;
export const DOUBT_MENTIONS = 3;

/** Salience of an entity in a text whose first line is the title: title ×4, lead ×2, then mentions. */
export function salience(e: Entity, titleEnd: number, leadEnd: number): number {
  let score = e.mentions.length > 0 ? e.mentions.length : e.count;
  if (e.mentions.some((m) => m.start < titleEnd)) score += 4;
  if (e.mentions.some((m) => m.start >= titleEnd && m.start < leadEnd)) score += 2;
  return score;
}

/**
 * Below this confidence (log-odds) an entry named once, not in the title, is left out: the rules kept it but the model
 * leans towards "not a name" (the model only drops past its margin). Chosen leave-one-batch-out on the five blind
 * batches (scripts/eval/eval-entities-lobo.ts): none 0.839 F1 / 0.865 top-10; −0.5 0.840 / 0.871; −0.25 0.840 /
 * 0.874; 0 0.839 / 0.874; 0.5 0.837 / 0.879; 1 0.835 / 0.887.
 */
export const UNSURE = -0.25;

/** An entry the model doubts enough to leave out: named once, not in the title, confidence below UNSURE. */
export function unsure(e: Entity, titleEnd: number): boolean {
  const c = CONFIDENCE.get(e);
  const n = e.mentions.length > 0 ? e.mentions.length : e.count;
  return c !== undefined && c < UNSURE && n <= 1 && !e.mentions.some((m) => m.start < titleEnd);
}

/** A doubtful entry: named once or twice, not in the title, and the model not sure of it. */
export function doubtful(e: Entity, titleEnd: number): boolean {
  const c = CONFIDENCE.get(e);
  const n = e.mentions.length > 0 ? e.mentions.length : e.count;
  if (c === undefined || n > DOUBT_MENTIONS || e.mentions.some((m) => m.start < titleEnd)) return false;
  return c < DOUBT;
}

/** Drops what is not a name or too unsure and orders the rest by salience (ties: first mention first); doubtful entries last. */
export function rankSummary(entities: Entity[], text: string): Entity[] {
  const nl = text.indexOf('\n');
  const titleEnd = nl > 0 && nl < 300 ? nl : 0;
  const leadEnd = titleEnd + 400;
  const scored = entities
    .filter((e) => notAName(e) === null && !unsure(e, titleEnd))
    .map((e) => ({ e, s: salience(e, titleEnd, leadEnd), d: doubtful(e, titleEnd) ? 1 : 0 }));
  const conf = (e: Entity): number => CONFIDENCE.get(e) ?? 0;
  scored.sort((a, b) => a.d - b.d || b.s - a.s || conf(b.e) - conf(a.e) || (a.e.mentions[0]?.start ?? 0) - (b.e.mentions[0]?.start ?? 0));
  return scored.map((x) => x.e);
}
