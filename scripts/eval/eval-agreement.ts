/**
 * `npx tsx scripts/eval/eval-agreement.ts GOLD_DIR OTHER_DIR`: how far two independent annotations of the same
 * articles agree (inter-annotator agreement), scored exactly as the recogniser is scored (src/offline/entity-ann.ts:
 * typed exact-span mentions, per type; the second annotation read as predictions through annAsEntities). Only articles
 * annotated in both directories count, and both must be of the same plain text. The result is about the ceiling
 * for a recogniser judged against one annotator: what two careful readers of the same guidelines share.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addScore, annAsEntities, emptyScore, loadAnnDir, parseAnn, prf, scoreAnn } from '../../src/offline/entity-ann';

const [goldDir, otherDir] = process.argv.slice(2);
if (goldDir === undefined || otherDir === undefined) {
  console.error('usage: npx tsx scripts/eval/eval-agreement.ts GOLD_DIR OTHER_DIR');
  process.exit(2);
}
const total = emptyScore();
let articles = 0;
for (const gold of loadAnnDir(goldDir)) {
  const otherFile = join(otherDir, gold.id);
  if (!existsSync(otherFile)) continue;
  const other = parseAnn(readFileSync(otherFile, 'utf8'), gold.id);
  if (other.text !== gold.text) throw new Error(`${gold.id}: the two annotations are not of the same text`);
  addScore(total, scoreAnn(gold, annAsEntities(other)));
  articles++;
}
const line = (label: string, key: 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'ALL'): string => {
  const c = total.mention.get(key);
  if (c === undefined) return '';
  const [p, r, f] = prf(c);
  return `${label.padEnd(13)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}  (${c.tp + c.fn} in ${goldDir}, ${c.tp + c.fp} in ${otherDir})`;
};
console.log(`${articles} articles annotated in both; typed exact-span mention agreement, ${otherDir} scored against ${goldDir}:`);
for (const [label, key] of [['all', 'ALL'], ['PERSON', 'PERSON'], ['LOCATION', 'LOCATION'], ['ORGANIZATION', 'ORGANIZATION']] as const) console.log(line(label, key));
if (process.argv.includes('--verbose')) for (const e of total.errors) console.log(`  ${e}`);
