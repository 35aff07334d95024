/**
 * Recogniser speed per article: `npx tsx scripts/bench/bench-entities.ts [ROUNDS]` — median and p90 ms of extractEntities
 * over the fixture articles (seeds, the text of each fixture page, the blind batch), warm (after one pass), and the
 * time on a 1 MB text made of them (bounded: linear, see merge.ts). Numbers on a shared machine are noisy: repeat.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../src/entities/index';
import { articleTextOf } from '../../src/offline/entity-eval';
import { cases, caseSource, pageFile } from '../../src/offline/fixtures';

const rounds = Number(process.argv[2] ?? 5);
const texts: string[] = [];
for (const c of cases('seed')) texts.push(caseSource(c));
for (const c of cases('train')) texts.push(articleTextOf(pageFile(c)));
const blind = 'fixtures/entities/blind-2026-12-05';
for (const f of readdirSync(blind).filter((x) => /^\d+_\d+\.txt$/.test(x)).sort()) texts.push(readFileSync(join(blind, f), 'utf8'));
for (const t of texts) extractEntities(t);
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const t of texts) {
    const t0 = performance.now();
    extractEntities(t);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const q = (p: number): string => (times[Math.floor(p * (times.length - 1))] ?? 0).toFixed(2);
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`${texts.length} articles (median ${Math.round(chars / texts.length)} characters avg), ${rounds} rounds: median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms per article`);
let big = '';
while (big.length < 1_000_000) big += `${texts.join('\n')}\n`;
const t0 = performance.now();
extractEntities(big);
console.log(`one ${big.length}-character text: ${(performance.now() - t0).toFixed(0)} ms`);
