/**
 * A learned filter and typer over the recogniser's proposals (issue 14: rules tuned on one batch of real articles
 * did not carry over to the next). After the scan and its passes (recognise.ts), every proposed mention — typed,
 * untyped or weak — is described by a few dozen span features and a linear model (four classes: drop, PERSON,
 * LOCATION, ORGANIZATION; trained by src/offline/mention-train.ts) decides whether it is kept and as what:
 *  - shape: case pattern of its tokens, all capitals, number of syllables, digits, dashes, dots, Vietnamese marks;
 *  - which rule proposed it and how (its type, weak, typed by shape alone, gazetteer canonical, role);
 *  - the words around it (one and two before, one after; the shape of the one before: a house number), its first and
 *    last word, title/sentence start (a one-word opener with the shape of what follows: the pronoun "Anh cho biết"),
 *    how capitalised its sentence is (a Title Case heading), the names beside it in a list and how they were typed;
 *  - corpus knowledge: a common-noun abbreviation or a word printed in capitals (caps.ts, corpus-tables.json),
 *    a lower-case word of real news (plainWords);
 *  - the rest of the article: the same spelling proposed elsewhere and as what, its last word ending a full name.
 * The weights (data/mention-model.json) are trained on the annotated real-article batches in fixtures/entities by
 * `npx tsx scripts/build/mention-model.ts` (seeded, deterministic; tests/unit/entities-model.test.ts checks that the
 * shipped file is what the recipe gives). Features seen in fewer than `minCount` training examples are not kept.
 * The model only overrides the rules where its margin over the rule's own decision exceeds `margin`.
 */
import { drain, type Steps } from '../core/steps';
import type { EntityType } from '../core/types';
import { isCommonCaps } from './caps';
import shipped from './data/mention-model.json';
import { GAZETTEER } from './lexicon';
import { Merger, type Group } from './merge';
import type { RawMention } from './scan';
import type { Token } from './tokenize';
import { VIET_MARKS } from './words';

export const CLASSES = ['DROP', 'PERSON', 'LOCATION', 'ORGANIZATION'] as const;
export type MentionClass = (typeof CLASSES)[number];

export interface MentionModel {
  /** features are hashed (FNV-1a) into 2^bits buckets */
  bits: number;
  /**
   * base64 of the non-empty buckets in increasing order, each as a varint of its distance from the previous one and
   * three signed bytes: the PERSON, LOCATION, ORGANIZATION weights relative to DROP's (divide by `scale`); '' for none
   */
  w: string;
  scale: number;
  /** how much more than the rule's own decision the model's choice must score to override it (log-odds) */
  margin: number;
  /** the same to drop a mention the rules kept (losing a right mention costs F1 twice what dropping a wrong one gains) */
  dropMargin: number;
}

export const SHIPPED_MODEL = shipped as MentionModel;

/** What joins the names of a list. */
const SEPARATORS = new Set([',', '-', '–', '/', 'và', 'hoặc', 'cùng']);

const shapeOf = (t: Token): string => (!t.word ? (t.text === '-' || t.text === '–' ? '-' : 'p') : /^\d/.test(t.text) ? 'd' : t.acronym ? 'A' : t.cap ? 'X' : 'x');
const lowerAt = (tokens: readonly Token[], i: number): string => {
  const t = tokens[i];
  if (t === undefined || t.text === '\n') return '<s>';
  return t.word ? t.lower : t.text;
};

/** A mention as the rules and the merger leave it: in an entity group (its type) or left out (an unjoined weak word). */
export interface Candidate {
  m: RawMention;
  group: Group | null;
  /** the mention object the group holds */
  src: RawMention;
  /** a boundary variant of candidate `of` (one word more before or after, one less at either end): never a rule's */
  variant?: { kind: string; of: number };
}

/** Every mention of the merged groups, then every raw mention no group holds. */
export function candidatesOf(raw: readonly RawMention[], groups: readonly Group[]): Candidate[] {
  const out: Candidate[] = [];
  const held = new Set<string>();
  for (const g of groups) {
    for (const m of g.mentions) {
      out.push({ m: m.type === g.type ? m : { ...m, type: g.type }, group: g, src: m });
      held.add(`${m.from}:${m.to}`);
    }
  }
  for (const m of raw) if (!held.has(`${m.from}:${m.to}`)) out.push({ m: { ...m, type: null }, group: null, src: m });
  return out;
}

/**
 * Boundary variants of the grouped candidates ("quân đội Syria" around "Syria", "Bộ Xây dựng" inside "Bộ Xây dựng
 * trao"): one word more before (two for a two-word head) or after, one word less at either end, within the sentence.
 */
export function variantsOf(cands: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const word = (i: number, sentence: number): boolean => {
    const t = tokens[i];
    return t !== undefined && t.word && t.sentence === sentence;
  };
  const seen = new Set(cands.map((c) => `${c.m.from}:${c.m.to}`));
  cands.forEach((c, of) => {
    if (c.group === null) return;
    const { from, to } = c.m;
    const sentence = tokens[from]?.sentence ?? -1;
    const add = (kind: string, a: number, b: number): void => {
      if (b <= a || seen.has(`${a}:${b}`)) return;
      seen.add(`${a}:${b}`);
      out.push({ m: { from: a, to: b, type: c.m.type, weak: false }, group: null, src: c.m, variant: { kind, of } });
    };
    if (word(from - 1, sentence)) add('ext1', from - 1, to);
    if (word(from - 1, sentence) && word(from - 2, sentence)) add('ext2', from - 2, to);
    if (word(to, sentence) && tokens[to]?.cap === true) add('extR', from, to + 1);
    if (to - from >= 2 && tokens[from + 1]?.word === true) add('cutL', from + 1, to);
    if (to - from >= 2 && tokens[to - 2]?.word === true) add('cutR', from, to - 1);
  });
  return out;
}

/** The class a candidate has under the rules. */
export function ruleClass(c: Candidate): MentionClass {
  return c.variant !== undefined ? 'DROP' : (c.group?.type ?? 'DROP');
}

/**
 * Features of every candidate of one article (the same text the recogniser scanned). Context over the article:
 * counts of each spelling and the types it was given, last words of full person names, the size of its group.
 */
export function mentionFeatures(cands: readonly Candidate[], tokens: readonly Token[], text: string): string[][] {
  const featuresAt = mentionFeaturesAt(cands, tokens, text);
  return cands.map((_, k) => featuresAt(k));
}

/** The features of candidate k, on demand (the counts over all candidates are taken once, first). */
export function mentionFeaturesAt(cands: readonly Candidate[], tokens: readonly Token[], text: string): (k: number) => string[] {
  const mentions = cands.map((c) => c.m);
  const surface = (m: RawMention): string => {
    const a = tokens[m.from];
    const b = tokens[m.to - 1];
    return a === undefined || b === undefined ? '' : text.slice(a.start, b.end).toLowerCase().replace(/\s+/g, ' ');
  };
  const surfaces = mentions.map(surface);
  const bySurface = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const personTails = new Set<string>();
  mentions.forEach((m, k) => {
    if (cands[k]?.variant !== undefined) return;
    const s = surfaces[k] as string;
    counts.set(s, (counts.get(s) ?? 0) + 1);
    let set = bySurface.get(s);
    if (set === undefined) bySurface.set(s, (set = new Set()));
    set.add(m.type ?? 'N');
    if (m.type === 'PERSON' && m.to - m.from > 1) personTails.add(tokens[m.to - 1]?.lower ?? '');
  });
  // a list ("Aleppo - Raqqa", "Mương Chuối, Cây Khô, Phú Định"): the names next to a mention, one separator away,
  // as the rules typed them and as the gazetteer knows them
  const listed = (m: RawMention): string => {
    const gaz = GAZETTEER.longest(tokens, m.from);
    return `${m.type ?? 'N'}${gaz !== null && gaz.end === m.to ? `/${gaz.value.type}` : ''}`;
  };
  const endsAt = new Map<number, string>();
  const startsAt = new Map<number, string>();
  mentions.forEach((m, k) => {
    if (cands[k]?.variant !== undefined) return;
    const l = listed(m);
    endsAt.set(m.to, l);
    startsAt.set(m.from, l);
  });
  // how much of each sentence is capitalised (a heading in Title Case names nothing by its capitals)
  const capShare = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (!t.word || t.sentenceStart || /^\d/.test(t.text)) continue;
    const c = capShare.get(t.sentence) ?? [0, 0];
    c[0] += t.cap ? 1 : 0;
    c[1] += 1;
    capShare.set(t.sentence, c);
  }
  const capBand = (sentence: number): string => {
    const c = capShare.get(sentence);
    if (c === undefined || c[1] < 4) return 'short';
    const r = c[0] / c[1];
    return r >= 0.75 ? 'title' : r >= 0.4 ? 'many' : 'few';
  };
  const separator = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && (SEPARATORS.has(t.text) || (t.word && SEPARATORS.has(t.lower)));
  };
  return (k: number): string[] => {
    const m = mentions[k] as RawMention;
    const s = surfaces[k] as string;
    const rt = `${m.type ?? 'N'}${m.weak ? 'w' : ''}${m.guess === true ? 'g' : ''}`;
    const ty = m.type ?? 'N';
    const toks = tokens.slice(m.from, m.to);
    const words = toks.filter((t) => t.word);
    const first = toks[0];
    const last = words[words.length - 1];
    const nw = Math.min(words.length, 5);
    const shape = toks.map(shapeOf).join('').replace(/X{3,}/g, 'XXX').slice(0, 6);
    const p1 = lowerAt(tokens, m.from - 1);
    const p2 = lowerAt(tokens, m.from - 2);
    const n1 = lowerAt(tokens, m.to);
    const f = [
      'b',
      `r=${rt}`,
      `n=${nw}`,
      `r=${rt}|n=${nw}`,
      `sh=${shape}`,
      `r=${ty}|sh=${shape}`,
      `vi=${VIET_MARKS.test(s)}|${ty}`,
      `w0=${words[0]?.lower ?? ''}`,
      `wl=${last?.lower ?? ''}|${ty}`,
      `p1=${p1}`,
      `p1=${p1}|${ty}`,
      `p2=${p2} ${p1}`,
      `n1=${n1}`,
      `n1=${n1}|${ty}`,
    ];
    f.push(`p1sh=${tokens[m.from - 1] === undefined ? '<s>' : shapeOf(tokens[m.from - 1] as Token)}|${ty}`);
    const before = separator(m.from - 1) ? endsAt.get(m.from - 1) : undefined;
    const after = separator(m.to) ? startsAt.get(m.to + 1) : undefined;
    if (before !== undefined) f.push(`lb=${before}|${ty}`);
    if (after !== undefined) f.push(`la=${after}|${ty}`);
    if (first?.sentenceStart === true) f.push(`ss|${ty}|n=${nw}`);
    // one word opening a sentence, and what follows: the pronoun "Anh cho biết" is not England
    if (words.length === 1 && first?.sentenceStart === true) f.push(`ss1=${words[0]?.lower ?? ''}|${tokens[m.to] === undefined ? '' : shapeOf(tokens[m.to] as Token)}|${ty}`);
    const digits = /\d/.test(s);
    f.push(`w0d=${words[0]?.lower ?? ''}|${digits}|${ty}`);
    if (first !== undefined) {
      const band = capBand(first.sentence);
      f.push(`cl=${band}|${ty}`, `cl=${band}|rep=${Math.min(counts.get(s) ?? 1, 2)}|${ty}`);
    }
    if (first?.sentence === 0) f.push(`title|${ty}`);
    if (digits) f.push('dig');
    if (toks.some((t) => t.text === '-' || t.text === '–')) f.push(`dash|${ty}`);
    if (toks.some((t) => t.text === '.' || /\./.test(t.text))) f.push(`dot|${ty}`);
    if (words.length === 1 && first?.acronym === true) f.push(isCommonCaps(first.lower) ? 'acr=common' : `acr|${ty}`);
    if (m.canonical !== undefined) f.push(`canon|${ty}`);
    if (m.role !== undefined) f.push('role');
    const gaz = GAZETTEER.longest(tokens, m.from);
    if (gaz !== null) f.push(`gz=${gaz.value.type}|${gaz.end === m.to ? 'exact' : gaz.end < m.to ? 'in' : 'over'}`);
    const c = counts.get(s) ?? 1;
    f.push(`rep=${Math.min(c, 3)}|${ty}`);
    for (const o of bySurface.get(s) ?? []) if (o !== ty) f.push(`oth=${o}|${ty}`);
    if (words.length === 1 && personTails.has(last?.lower ?? '')) f.push(`ptail|${ty}`);
    const v = (cands[k] as Candidate).variant;
    if (v !== undefined) {
      f.push(`var=${v.kind}`, `var=${v.kind}|${ty}`);
      const changed = v.kind === 'ext1' || v.kind === 'ext2' ? tokens.slice(m.from, m.from + (v.kind === 'ext1' ? 1 : 2)) : v.kind === 'extR' ? tokens.slice(m.to - 1, m.to) : v.kind === 'cutL' ? tokens.slice(m.from - 1, m.from) : tokens.slice(m.to, m.to + 1);
      const w = changed.map((t) => t.lower).join(' ');
      f.push(`vw=${v.kind}|${w}`, `vw=${v.kind}|${w}|${ty}`, `vsh=${v.kind}|${changed.map(shapeOf).join('')}|${ty}`);
    } else f.push('orig');
    const g = (cands[k] as Candidate).group;
    if (g !== null) {
      f.push(`gsize=${Math.min(g.mentions.length, 4)}|${ty}`);
      if (g.mentions.some((x) => x.to - x.from > m.to - m.from)) f.push(`glonger|${ty}`);
      if (g.canonical !== undefined) f.push(`gcanon|${ty}`);
    }
    return f;
  };
}

/** Bucket of a feature: FNV-1a over its UTF-16 code units. */
export function bucketOf(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < feature.length; k++) h = Math.imul(h ^ feature.charCodeAt(k), 0x01000193);
  return (h >>> 0) & ((1 << bits) - 1);
}

interface Decoded {
  /** bucket → offset of its three weights in w */
  at: Map<number, number>;
  w: Int8Array;
  /** feature → offset, or -1 for an empty bucket */
  seen: Map<string, number>;
}

const decoded = new WeakMap<MentionModel, Decoded>();
/** Most features remembered per model (then forgotten at once): a few MB at most. */
const SEEN_MOST = 50_000;

/** Buckets decoded per step (a few ms on a slow machine; issue 10: no task over 50 ms). */
const BUCKETS_PER_STEP = 1_000;

/** Decodes a model's weights, pausing every BUCKETS_PER_STEP buckets. */
function* decode(model: MentionModel): Generator<void, Decoded> {
  const bin = atob(model.w);
  const at = new Map<number, number>();
  const w = new Int8Array(bin.length);
  let n = 0;
  let bucket = 0;
  for (let k = 0; k < bin.length; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bin.charCodeAt(k++);
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += delta;
    at.set(bucket, n);
    for (let c = 0; c < 3; c++) w[n++] = (bin.charCodeAt(k++) << 24) >> 24;
    if (at.size % BUCKETS_PER_STEP === 0) yield;
  }
  return { at, w, seen: new Map() };
}

const decoding = new WeakMap<MentionModel, Generator<void, Decoded>>();

/** Decode the model in steps (the sliced recogniser, sliced.ts); nothing when it is decoded. */
export function* mentionModelSteps(model: MentionModel = SHIPPED_MODEL): Generator<void, void> {
  if (decoded.has(model)) return;
  let run = decoding.get(model);
  if (run === undefined) decoding.set(model, (run = decode(model)));
  for (;;) {
    const r = run.next();
    if (r.done === true) {
      decoded.set(model, r.value);
      decoding.delete(model);
      return;
    }
    yield;
  }
}

/** The buckets → their weights, decoded once per model (what is left of it at once). */
function weightsOf(model: MentionModel): Decoded {
  let d = decoded.get(model);
  if (d === undefined) {
    for (const _ of mentionModelSteps(model));
    d = decoded.get(model) as Decoded;
  }
  return d;
}

/** A model from weights per bucket (four classes, in 1/scale units; the training script and tests): packed as above. */
export function packModel(weights: ReadonlyMap<number, readonly number[]>, options: Omit<MentionModel, 'w'>): MentionModel {
  const bytes: number[] = [];
  let prev = 0;
  for (const b of [...weights.keys()].sort((x, y) => x - y)) {
    const w = weights.get(b) as readonly number[];
    const rel = [1, 2, 3].map((c) => Math.max(-127, Math.min(127, Math.round((w[c] ?? 0) - (w[0] ?? 0)))));
    if (rel.every((x) => x === 0)) continue;
    let delta = b - prev;
    prev = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    for (const x of rel) bytes.push(x & 0xff);
  }
  let bin = '';
  for (const x of bytes) bin += String.fromCharCode(x);
  return { ...options, w: btoa(bin) };
}

/** Scores of the four classes for one feature list (in 1/scale units). */
export function classScores(model: MentionModel, features: readonly string[]): number[] {
  const { at, w, seen } = weightsOf(model);
  const s = [0, 0, 0, 0];
  for (const f of features) {
    // most features recur from article to article (types, shapes, cue words): their slot is remembered
    let k = seen.get(f);
    if (k === undefined) {
      if (seen.size >= SEEN_MOST) seen.clear();
      seen.set(f, (k = at.get(bucketOf(f, model.bits)) ?? -1));
    }
    if (k < 0) continue;
    for (let c = 1; c < 4; c++) s[c] = (s[c] as number) + (w[k + c - 1] as number);
  }
  return s;
}

/**
 * The groups the model keeps, with its types: a candidate whose best class beats the rule's class by more than the
 * margin takes that class — DROP: left out; another type: a group of that type with the same spelling, made if none.
 */
export function applyMentionModel(raw: readonly RawMention[], groups: Group[], tokens: readonly Token[], text: string, model: MentionModel = SHIPPED_MODEL): Group[] {
  return drain(applyMentionModelSteps(raw, groups, tokens, text, model));
}

/** Candidates featured and scored between two points where `applyMentionModelSteps` may stop (~0.5 ms warm). */
const SCORE_STEP = 8;

/** applyMentionModel as pausable steps (index.ts): a stop every SCORE_STEP candidates; drained, the same result. */
export function* applyMentionModelSteps(raw: readonly RawMention[], groups: Group[], tokens: readonly Token[], text: string, model: MentionModel = SHIPPED_MODEL): Steps<Group[]> {
  // trained on articles (a title line, then paragraphs): a text of one line (a sentence, a heading) gets the rules alone
  if (raw.length === 0 || model.w === '' || !text.trim().includes('\n')) return groups;
  const base = candidatesOf(raw, groups);
  const cands = base.concat(variantsOf(base, tokens));
  const featuresAt = mentionFeaturesAt(cands, tokens, text);
  yield;
  const scores: number[][] = [];
  for (let k = 0; k < cands.length; k++) {
    scores.push(classScores(model, featuresAt(k)));
    if ((k + 1) % SCORE_STEP === 0) yield;
  }
  const margin = model.margin * model.scale;
  const moved: Array<{ m: RawMention; type: EntityType }> = [];
  const dropped = new Set<RawMention>();
  /** per grouped candidate: how far its kept class beats DROP, and its best variant so far */
  const keepBy: number[] = [];
  /** how far each kept mention's class beats DROP (log-odds × scale): the group's confidence for the summary */
  const sure = new Map<RawMention, number>();
  const bestVariant = new Map<number, { k: number; by: number; cls: number }>();
  cands.forEach((c, k) => {
    const s = scores[k] as number[];
    let best = 0;
    for (let x = 1; x < 4; x++) if ((s[x] as number) > (s[best] as number)) best = x;
    if (c.variant !== undefined) {
      const by = (s[best] as number) - (s[0] as number);
      const was = bestVariant.get(c.variant.of);
      if (best !== 0 && by > margin && by > (keepBy[c.variant.of] ?? 0) && (was === undefined || by > was.by)) bestVariant.set(c.variant.of, { k, by, cls: best });
      return;
    }
    const rule = CLASSES.indexOf(ruleClass(c));
    keepBy[k] = (s[rule] as number) - (s[0] as number);
    if (c.group !== null) sure.set(c.src, keepBy[k] as number);
    const need = best === 0 ? model.dropMargin * model.scale : margin;
    if (best === rule || (s[best] as number) - (s[rule] as number) <= need) return;
    keepBy[k] = best === 0 ? 0 : (s[best] as number) - (s[0] as number);
    if (c.group !== null) dropped.add(c.src);
    const cls = CLASSES[best] as MentionClass;
    if (cls !== 'DROP') {
      const m = { ...c.m, type: cls, weak: false };
      sure.set(m, keepBy[k] as number);
      moved.push({ m, type: cls });
    }
  });
  // a variant replaces its candidate: "quân đội Syria" for "Syria"
  const taken = new Set<number>();
  for (const [of, v] of bestVariant) {
    const c = cands[v.k] as Candidate;
    const span = `${c.m.from}:${c.m.to}`;
    if (taken.has(v.k) || dropped.has((cands[of] as Candidate).src)) continue;
    taken.add(v.k);
    void span;
    dropped.add((cands[of] as Candidate).src);
    const cls = CLASSES[v.cls] as EntityType;
    const m = { ...c.m, type: cls, weak: false };
    sure.set(m, v.by);
    moved.push({ m, type: cls });
  }
  const withConfidence = (gs: Group[]): Group[] => {
    for (const g of gs) {
      let best = -Infinity;
      for (const m of g.mentions) best = Math.max(best, sure.get(m) ?? -Infinity);
      if (best > -Infinity) g.confidence = best / model.scale;
    }
    return gs;
  };
  if (dropped.size === 0 && moved.length === 0) return withConfidence(groups);
  const out: Group[] = [];
  const bySpelling = new Map<string, Group>();
  // a place or organisation the model moved joins the group its name belongs to, as the merger would have put it
  // ("Ninh Xá" retyped a place joins "xã Ninh Xá"); a person by its exact spelling
  const merger = new Merger(tokens, text);
  const spelling = (m: RawMention, type: EntityType): string =>
    type === 'PERSON' ? `${type}\u0000${tokens.slice(m.from, m.to).map((t) => t.lower).join(' ')}` : `${type}\u0001${merger.key({ ...m, type })}`;
  for (const g of groups) {
    const kept = g.mentions.filter((m) => !dropped.has(m));
    if (kept.length === 0) continue;
    const copy: Group = { ...g, mentions: kept };
    out.push(copy);
    for (const m of kept) if (!bySpelling.has(spelling(m, g.type))) bySpelling.set(spelling(m, g.type), copy);
  }
  for (const { m, type } of moved) {
    const key = spelling(m, type);
    let g = bySpelling.get(key);
    if (g === undefined) {
      g = { type, mentions: [] };
      out.push(g);
      bySpelling.set(key, g);
    }
    g.mentions.push(m);
  }
  return withConfidence(out);
}
