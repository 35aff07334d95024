/**
 * Where the recogniser's recall is lost (issue 14): for every gold mention of the given annotated batches, whether a
 * candidate the mention model may choose (a rule proposal, a merged mention or a boundary variant, mention-model.ts)
 * covers it exactly, and whether the shipped pipeline outputs it with the right type.
 *   npx tsx scripts/eval/entity-misses.ts [--type ORG] [--list unproposed|lost|wrongtype|fp] [BATCH…]
 * Without batches: the training and dev batches (train-*, dev-*). Counts per type:
 *   proposed (some candidate has the exact span) · found (output, exact span and type) · wrong type · unproposed.
 * `--list` prints the mentions of one kind with a little context, to read the errors class by class.
 */
import { readdirSync } from 'node:fs';
import { extractEntities } from '../../src/entities/index';
import { Merger } from '../../src/entities/merge';
import { candidatesOf, variantsOf } from '../../src/entities/mention-model';
import { normalizeWithMap } from '../../src/entities/normalize';
import { Recogniser } from '../../src/entities/recognise';
import { tokenize } from '../../src/entities/tokenize';
import { loadAnnDir } from '../../src/offline/entity-ann';

const DIR = 'fixtures/entities';
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const only = opt('--type');
const list = opt('--list');
const batches = args.length > 0 ? args : readdirSync(DIR).filter((b) => /^(train|dev)-/.test(b)).sort();
const TYPE = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' } as Record<string, string>;
const want = only === undefined ? null : (TYPE[only] ?? only);

const counts = new Map<string, { gold: number; proposed: number; found: number; wrongType: number; fp: number }>();
const row = (t: string): { gold: number; proposed: number; found: number; wrongType: number; fp: number } => {
  let r = counts.get(t);
  if (r === undefined) counts.set(t, (r = { gold: 0, proposed: 0, found: 0, wrongType: 0, fp: 0 }));
  return r;
};
for (const b of batches) {
  for (const doc of loadAnnDir(`${DIR}/${b}`)) {
    const norm = normalizeWithMap(doc.text);
    const tokens = tokenize(norm.text);
    const raw = new Recogniser(tokens, norm.text).run();
    const base = candidatesOf(raw, new Merger(tokens, norm.text).merge(raw));
    const spanOf = (from: number, to: number): string => {
      const a = tokens[from];
      const z = tokens[to - 1];
      return a === undefined || z === undefined ? '' : `${norm.toOriginal[a.start] ?? a.start}:${norm.toOriginal[z.end] ?? z.end}`;
    };
    const all = base.concat(variantsOf(base, tokens));
    const cands = new Set(all.map((c) => spanOf(c.m.from, c.m.to)));
    /** the rules' mentions overlapping a span, as "TYPE:text" (what the candidates offered instead) */
    const near = (start: number, end: number): string => base.filter((c) => {
      const [a, z] = spanOf(c.m.from, c.m.to).split(':').map(Number) as [number, number];
      return a < end && z > start;
    }).map((c) => `${c.m.type ?? 'N'}:${doc.text.slice(...(spanOf(c.m.from, c.m.to).split(':').map(Number) as [number, number]))}`).join(' | ');
    const out = new Map<string, string>();
    for (const e of extractEntities(doc.text)) for (const m of e.mentions) out.set(`${m.start}:${m.end}`, e.type);
    const ignored = doc.spans.filter((s) => s.type === 'IGNORE');
    const gold = new Map<string, string>();
    const ctx = (start: number, end: number): string => `${doc.text.slice(Math.max(0, start - 40), start)}⟦${doc.text.slice(start, end)}⟧${doc.text.slice(end, end + 40)}`.replace(/\s+/g, ' ');
    for (const s of doc.spans) {
      if (s.type === 'IGNORE') continue;
      const key = `${s.start}:${s.end}`;
      gold.set(key, s.type);
      const r = row(s.type);
      r.gold++;
      const got = out.get(key);
      const kind = got === s.type ? 'found' : got !== undefined ? 'wrongtype' : cands.has(key) ? 'lost' : 'unproposed';
      if (cands.has(key)) r.proposed++;
      if (kind === 'found') r.found++;
      if (kind === 'wrongtype') r.wrongType++;
      if (list === kind && (want === null || want === s.type)) console.log(`${b}/${doc.id} ${kind}${got !== undefined ? `(${got})` : ''}: ${ctx(s.start, s.end)}   «${near(s.start, s.end)}»`);
    }
    for (const [key, type] of out) {
      if (gold.has(key)) continue;
      const [a, z] = key.split(':').map(Number) as [number, number];
      if (ignored.some((s) => a < s.end && z > s.start)) continue;
      row(type).fp++;
      if (list === 'fp' && (want === null || want === type)) console.log(`${b}/${doc.id} fp(${type}): ${ctx(a, z)}`);
    }
  }
}
console.log(`batches: ${batches.join(' ')}`);
console.log('type          |  gold  proposed  found  wrong-type  unproposed  spurious');
for (const [t, r] of [...counts].sort()) {
  console.log(`${t.padEnd(13)} | ${String(r.gold).padStart(5)}  ${String(r.proposed).padStart(8)}  ${String(r.found).padStart(5)}  ${String(r.wrongType).padStart(10)}  ${String(r.gold - r.proposed).padStart(10)}  ${String(r.fp).padStart(8)}`);
}
