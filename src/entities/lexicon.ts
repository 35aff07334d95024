/**
 * Loads the bundled gazetteer and the cue lists into phrase tries, once, on first use (`ensureLexicon`, or in
 * steps: `lexiconSteps`).
 * Gazetteer phrases match case-sensitively (a lower-case "mỹ" is not the country), except that a
 * phrase starting in lower case ("châu Âu") also matches capitalised at the start of a sentence.
 */
import gazetteer from './data/gazetteer.json';
import type { EntityType } from '../core/types';
import { ORG_BRIDGE_WORDS, ORG_CUES, ORG_LINK_WORDS, ORG_HEADS, ORG_TAIL_WORDS, LOC_PREFIXES, PERSON_CUES, THING_CUES, TITLES, TITLE_MODIFIERS } from './cues';
import { LazySet, once } from './lazy';
import { PhraseTrie } from './trie';
import { tokenize, type Token } from './tokenize';

export interface GazetteerHit {
  type: EntityType;
  canonical: string;
}

export interface CueHit {
  /** an office/title (becomes the role) rather than a plain person cue like "ông" */
  title: boolean;
}

const TYPES: readonly EntityType[] = ['LOCATION', 'ORGANIZATION', 'PERSON'];
const lowerKey = (t: Token): string => t.lower;
const exactKey = (t: Token): string => t.text;
/** Not a letter, a mark or a space (one negated class: about a third of `^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$`'s cold compile). */
const NOT_PLAIN = once(() => /[^\p{L}\p{M} ]/u);
/** Words of letters and marks, one space apart. */
const plain = (s: string): boolean => s !== '' && !NOT_PLAIN().test(s) && !s.startsWith(' ') && !s.endsWith(' ') && !s.includes('  ');
/** Token texts of a phrase; plain words split on spaces (most entries) skip the tokenizer, which is costlier at load. */
const phrase = (s: string): string[] => (plain(s) ? s.split(' ') : tokenize(s).map((t: Token) => t.text));
const lowerPhrase = (s: string): string[] => phrase(s.toLowerCase());

export const GAZETTEER = new PhraseTrie<GazetteerHit>(exactKey);
/** lower-cased spelling → entry, per type, including merge-only spellings ("~Hồ Chí Minh") */
export const SPELLINGS = new Map<EntityType, Map<string, string>>(TYPES.map((t) => [t, new Map()]));
export const TITLE_TRIE = new PhraseTrie<CueHit>(lowerKey);
export const ORG_HEAD_TRIE = new PhraseTrie<true>(lowerKey);
export const LOC_PREFIX_TRIE = new PhraseTrie<true>(lowerKey);
/** lower-case words inside organisation names: a tail may end the name; a bridge (verb-like) or a link may not */
export type OrgWord = 'tail' | 'bridge' | 'link';
export const ORG_WORD_TRIE = new PhraseTrie<OrgWord>(lowerKey);
export const ORG_CUE_TRIE = new PhraseTrie<true>(lowerKey);
export const THING_CUE_TRIE = new PhraseTrie<true>(lowerKey);

const capitalise = (s: string): string => (s[0] ?? '').toUpperCase() + s.slice(1);

/** Canonical names of countries (marked "^" by the gazetteer build). */
export const COUNTRIES = new Set<string>();

/**
 * Entries, titles and cue phrases added per step (issue 10: a step of the content script's 8 ms slices; cold, the
 * first steps also pay for compiling the code: 150 gazetteer entries per step were 15 ms in Node, more in a browser).
 */
const ENTRIES_PER_STEP = 40;
const TITLES_PER_STEP = 10;
const WORDS_PER_STEP = 60;

function* fill(): Generator<void, void> {
  for (const type of TYPES) {
    const packed = (gazetteer as Record<string, string>)[type] ?? '';
    const spellings = SPELLINGS.get(type);
    let n = 0;
    for (const entry of packed.split(';')) {
      if (++n % ENTRIES_PER_STEP === 0) yield;
      const names = entry.split('|');
      if (names[0]?.startsWith('^')) {
        names[0] = names[0].slice(1);
        COUNTRIES.add(names[0]);
      }
      const canonical = names[0] ?? '';
      for (const raw of names) {
        const keyOnly = raw.startsWith('~');
        const name = keyOnly ? raw.slice(1) : raw;
        spellings?.set(name.toLowerCase(), canonical);
        if (keyOnly) continue;
        const hit = { type, canonical };
        GAZETTEER.add(phrase(name), hit);
        // "Bà Rịa - Vũng Tàu" is also written "Bà Rịa-Vũng Tàu" (one token "Rịa-Vũng") and with an en dash
        if (name.includes(' - ')) {
          GAZETTEER.add(phrase(name.replace(/ - /g, '-')), hit);
          GAZETTEER.add(phrase(name.replace(/ - /g, ' – ')), hit);
        }
        if (name[0] !== undefined && name[0] !== name[0].toUpperCase()) GAZETTEER.add(phrase(capitalise(name)), hit);
      }
    }
    yield;
  }

  const TITLE_HIT: CueHit = { title: true };
  const modifiers = TITLE_MODIFIERS.map(lowerPhrase);
  let n = 0;
  for (const t of TITLES) {
    if (++n % TITLES_PER_STEP === 0) yield;
    // "PGS.TS", "ThS.BS", "BS.CKII" are one token in text (the tokenizer keeps a dot before capitals): add that key too
    const variants = t.includes('.') ? [lowerPhrase(t), [t]] : [lowerPhrase(t)];
    for (const keys of variants) {
      TITLE_TRIE.add(keys, TITLE_HIT);
      for (const m of modifiers) TITLE_TRIE.add([...m, ...keys], TITLE_HIT);
    }
  }
  yield;
  yield* addAll(TITLE_TRIE, PERSON_CUES, { title: false });
  yield* addAll(ORG_HEAD_TRIE, ORG_HEADS, true);
  yield* addAll(LOC_PREFIX_TRIE, LOC_PREFIXES, true);
  yield* addAll(ORG_WORD_TRIE, ORG_TAIL_WORDS, 'tail');
  yield* addAll(ORG_WORD_TRIE, ORG_BRIDGE_WORDS, 'bridge');
  yield* addAll(ORG_WORD_TRIE, ORG_LINK_WORDS, 'link');
  yield* addAll(ORG_CUE_TRIE, ORG_CUES, true);
  yield* addAll(THING_CUE_TRIE, THING_CUES, true);
}

/** Add each (lower-cased) phrase of `list` to `trie`, a stop every WORDS_PER_STEP. */
function* addAll<V>(trie: PhraseTrie<V>, list: readonly string[], value: V): Generator<void, void> {
  let n = 0;
  for (const w of list) {
    trie.add(lowerPhrase(w), value);
    if (++n % WORDS_PER_STEP === 0) yield;
  }
  yield;
}

/**
 * The tries are filled on first use, not when the bundle is evaluated: evaluating entities.js did it all in one
 * task (~70 ms on a slow machine, over the 50 ms budget). The sliced recogniser fills them in steps first
 * (`lexiconSteps`); every other entry point calls `ensureLexicon`, which finishes what is left.
 */
let filling: Generator<void, void> | null = fill();

export function ensureLexicon(): void {
  if (filling === null) return;
  while (!filling.next().done);
  filling = null;
}

/** Fill the tries, one step per `yield` (nothing when they are filled). */
export function* lexiconSteps(): Generator<void, void> {
  while (filling !== null) {
    if (filling.next().done) filling = null;
    else yield;
  }
}

/** Whether the tries are filled (tests). */
export const lexiconReady = (): boolean => filling === null;

/** Surnames that open Vietnamese and Sino-Vietnamese names. */
export const SURNAMES: ReadonlySet<string> = new LazySet(() =>
  `nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh trương lâm đinh lương
mai tô hà tạ cao quách thái châu lưu chu tăng kiều la lò quan tôn thân triệu từ viên khổng mạc nghiêm phùng tống hứa
kim lại giang âu diệp doãn hầu khúc lục mẫn ninh phó quản tiêu trang tất tập tần ôn hoa uông mao giả khương chung
bạch quế lã lạc lữ thạch tiết văn đàm đồng hàn kha lạc lô nông phí quang thiều vi yên ưng trình mã`
    .split(/\s+/)
    .filter(Boolean),
);
