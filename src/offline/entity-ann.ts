/**
 * Inline-tagged entity annotations (`NN_ID.ann.txt` beside `NN_ID.txt`, fixtures/entities/blind-*):
 * `[[PER|…]]`, `[[LOC|…]]`, `[[ORG|…]]`, `[[IGN|…]]`; removing the tags gives the `.txt` exactly.
 * Scored here, for `npm run eval:entities -- --blind DIR` (entity-eval.ts scoreBlindDir) and its unit test:
 *  - mention level: typed exact span, per type and overall; predicted mentions touching an IGN span are not scored;
 *  - entity level: gold entities are the distinct (type, normalised string) pairs; a predicted entity is right when
 *    its name or an alias is one of them with the same type (precision over predicted entities, recall over gold
 *    pairs: an entity whose aliases cover two gold spellings recalls both);
 *  - summary: of the first 10 entries a reader sees per article (the summary order), the share that are real
 *    names — the entry's name equals, once normalised, a gold mention string of the same type.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType } from '../core/types';

export type AnnType = 'PER' | 'LOC' | 'ORG' | 'IGN';
export const ANN_TYPES: Record<Exclude<AnnType, 'IGN'>, EntityType> = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' };
const TYPES: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION'];

export interface AnnSpan {
  start: number;
  end: number;
  type: EntityType | 'IGNORE';
  text: string;
}

export interface AnnDoc {
  id: string;
  text: string;
  spans: AnnSpan[];
}

/** Parses `[[TYPE|text]]` tags; throws with the offset on a malformed or unknown tag (bad input says where). */
export function parseAnn(source: string, name = 'annotation'): AnnDoc {
  let text = '';
  const spans: AnnSpan[] = [];
  let at = 0;
  for (;;) {
    let open = source.indexOf('[[', at);
    if (open < 0) break;
    // a literal "[" in the article right before a tag ("[[[LOC|Đông Nam Á]]"): the tag is the last "[["
    while (source[open + 2] === '[') open++;
    const bar = source.indexOf('|', open);
    const close = source.indexOf(']]', open);
    if (bar < 0 || close < 0 || bar > close) throw new Error(`${name}: unclosed or malformed tag at offset ${open}`);
    const tag = source.slice(open + 2, bar);
    if (tag !== 'PER' && tag !== 'LOC' && tag !== 'ORG' && tag !== 'IGN') throw new Error(`${name}: unknown tag "${tag}" at offset ${open}`);
    const inner = source.slice(bar + 1, close);
    if (inner.includes('[[')) throw new Error(`${name}: nested tag at offset ${open}`);
    if (inner.trim() === '') throw new Error(`${name}: empty tag at offset ${open}`);
    text += source.slice(at, open);
    const start = text.length;
    text += inner;
    spans.push({ start, end: text.length, type: tag === 'IGN' ? 'IGNORE' : ANN_TYPES[tag], text: inner });
    at = close + 2;
  }
  text += source.slice(at);
  return { id: name, text, spans };
}

/** Every annotated article of a batch directory: `X.ann.txt` with its `X.txt`. */
export function loadAnnDir(dir: string): Array<AnnDoc & { plain: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ann.txt'))
    .sort()
    .map((f) => {
      const doc = parseAnn(readFileSync(join(dir, f), 'utf8'), f);
      return { ...doc, plain: readFileSync(join(dir, f.replace(/\.ann\.txt$/, '.txt')), 'utf8') };
    });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export interface AnnScore {
  mention: Map<EntityType | 'ALL', Counts>;
  entity: Map<EntityType | 'ALL', Counts>;
  /**
   * summary entries looked at / real names among them (shown name = a gold name) / real names counting an entity
   * shown by a name the text never writes (a gazetteer canonical, "Manchester United") whose written form is a gold
   * name ("M.U")
   */
  top: { shown: number; real: number; realAlias: number; wrong: string[] };
  /** predicted mentions not in gold and gold mentions missed, for --verbose */
  errors: string[];
}

export function emptyScore(): AnnScore {
  const m = (): Map<EntityType | 'ALL', Counts> => new Map([...TYPES, 'ALL' as const].map((t) => [t, zero()]));
  return { mention: m(), entity: m(), top: { shown: 0, real: 0, realAlias: 0, wrong: [] }, errors: [] };
}

export function addScore(into: AnnScore, s: AnnScore): void {
  for (const key of ['mention', 'entity'] as const) {
    for (const [t, c] of s[key]) {
      const d = into[key].get(t) as Counts;
      d.tp += c.tp;
      d.fp += c.fp;
      d.fn += c.fn;
    }
  }
  into.top.shown += s.top.shown;
  into.top.real += s.top.real;
  into.top.realAlias += s.top.realAlias;
  into.top.wrong.push(...s.top.wrong);
  into.errors.push(...s.errors);
}

/**
 * Scores the recogniser's entities on one annotated article. `summary` is the order a reader sees (defaults to the
 * entities' own order); `topN` entries of it are judged.
 */
export function scoreAnn(doc: AnnDoc, predicted: readonly Entity[], summary: readonly Entity[] = predicted, topN = 10): AnnScore {
  const out = emptyScore();
  const ignored = doc.spans.filter((s) => s.type === 'IGNORE');
  const inIgnored = (a: number, b: number): boolean => ignored.some((s) => a < s.end && b > s.start);
  const gold = doc.spans.filter((s) => s.type !== 'IGNORE');
  const goldKeys = new Map(gold.map((s) => [`${s.start}:${s.end}:${s.type}`, s]));
  const predKeys = new Map<string, string>();
  for (const e of predicted) for (const m of e.mentions) if (!inIgnored(m.start, m.end)) predKeys.set(`${m.start}:${m.end}:${e.type}`, m.text);
  const bump = (map: AnnScore['mention'], type: string, k: keyof Counts): void => {
    (map.get(type as EntityType) as Counts)[k]++;
    (map.get('ALL') as Counts)[k]++;
  };
  for (const [k, text] of predKeys) {
    const type = k.split(':')[2] as string;
    if (goldKeys.has(k)) bump(out.mention, type, 'tp');
    else {
      bump(out.mention, type, 'fp');
      out.errors.push(`${doc.id} +${type}:${text}`);
    }
  }
  for (const [k, s] of goldKeys) {
    if (predKeys.has(k)) continue;
    bump(out.mention, s.type, 'fn');
    out.errors.push(`${doc.id} -${s.type}:${s.text}`);
  }
  // entity level over distinct (type, string)
  const goldNames = new Map<string, EntityType>();
  for (const s of gold) goldNames.set(`${s.type}\u0000${fold(s.text)}`, s.type as EntityType);
  const recalled = new Set<string>();
  for (const e of predicted) {
    if (e.mentions.length > 0 && e.mentions.every((m) => inIgnored(m.start, m.end))) continue;
    const keys = [e.name, ...e.aliases].map((n) => `${e.type}\u0000${fold(n)}`);
    const hits = keys.filter((k) => goldNames.has(k));
    if (hits.length > 0) bump(out.entity, e.type, 'tp');
    else bump(out.entity, e.type, 'fp');
    for (const k of hits) recalled.add(k);
  }
  for (const [k, type] of goldNames) if (!recalled.has(k)) bump(out.entity, type, 'fn');
  // the summary a reader sees
  for (const e of summary.slice(0, topN)) {
    out.top.shown++;
    if (goldNames.has(`${e.type}\u0000${fold(e.name)}`)) {
      out.top.real++;
      out.top.realAlias++;
      continue;
    }
    const written = e.mentions.map((m) => fold(m.text));
    if (!written.includes(fold(e.name)) && written.some((w) => goldNames.has(`${e.type}\u0000${w}`))) out.top.realAlias++;
    out.top.wrong.push(`${doc.id}: ${e.type} "${e.name}" ×${e.count} [${wrongKind(e, gold, summary)}]`);
  }
  return out;
}

/**
 * Why a top-10 entry is not a real name (for --verbose listings), judged against the article's gold spans:
 *  - "wrong type": its name is a gold name of another type;
 *  - "canonical": shown by a name the text never writes, a written form of it is gold (the alias-aware case);
 *  - "alias not merged": its name is a part of a longer gold name that is also an entry of the summary;
 *  - "cut name": its name is a part of a longer gold name that is not in the summary;
 *  - "too long": a gold name of the same type lies inside its name;
 *  - "not a name": none of these (a common word, a role, a name the annotators did not tag).
 */
export function wrongKind(e: Entity, gold: readonly AnnSpan[], summary: readonly Entity[]): string {
  const name = fold(e.name);
  const written = e.mentions.map((m) => fold(m.text));
  const padded = (s: string): string => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  if (gold.some((s) => fold(s.text) === name)) return 'wrong type';
  if (!written.includes(name) && gold.some((s) => s.type === e.type && written.includes(fold(s.text)))) return 'canonical';
  const longer = gold.filter((s) => fold(s.text) !== name && padded(fold(s.text)).includes(padded(name)));
  if (longer.length > 0) {
    const shown = summary.some((x) => x !== e && longer.some((s) => fold(x.name) === fold(s.text) || x.aliases.some((a) => fold(a) === fold(s.text))));
    return shown ? 'alias not merged' : 'cut name';
  }
  if (gold.some((s) => s.type === e.type && padded(name).includes(padded(fold(s.text))))) return 'too long';
  return 'not a name';
}

export const prf = (c: Counts): [number, number, number] => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
};

/**
 * One annotation read as if a recogniser had written it: one entity per distinct (type, string), its mentions the
 * spans (IGN spans left out). Scoring a second, independent annotation of the same articles with `scoreAnn` against
 * the first gives the annotators' agreement — the ceiling a recogniser scored against either can be expected to reach.
 */
export function annAsEntities(doc: AnnDoc): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const s of doc.spans) {
    if (s.type === 'IGNORE') continue;
    const key = `${s.type}\u0000${fold(s.text)}`;
    let e = byKey.get(key);
    if (e === undefined) {
      e = { name: s.text, type: s.type, count: 0, aliases: [], firstSentence: '', mentions: [] };
      byKey.set(key, e);
    }
    e.count++;
    e.mentions.push({ start: s.start, end: s.end, text: s.text });
  }
  return [...byKey.values()];
}
